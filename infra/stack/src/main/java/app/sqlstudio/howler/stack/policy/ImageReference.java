package app.sqlstudio.howler.stack.policy;

import java.util.Optional;

/** Decides whether an image reference names one immutable build. */
final class ImageReference {

    private ImageReference() {
    }

    static Optional<String> problem(String image) {
        if (image == null || image.isBlank() || image.equals("null")) {
            return Optional.of("has no image");
        }
        if (image.contains("@sha256:")) {
            return Optional.empty();
        }
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        if (colon <= slash) {
            return Optional.of("image " + image + " has no tag; pin a version tag or a digest");
        }
        String tag = image.substring(colon + 1);
        if (tag.equals("latest")) {
            return Optional.of("image " + image + " uses 'latest'; pin a version tag or a digest");
        }
        return Optional.empty();
    }
}
