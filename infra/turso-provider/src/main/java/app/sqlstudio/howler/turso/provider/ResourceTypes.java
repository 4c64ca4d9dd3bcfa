package app.sqlstudio.howler.turso.provider;

/** The type token of a request: the {@code type} field, or (older engines) the last type in the URN. */
final class ResourceTypes {
    private ResourceTypes() {
    }

    static String of(String type, String urn) {
        if (type != null && !type.isEmpty()) {
            return type;
        }
        // urn:pulumi:<stack>::<project>::<parent$type>::<name>
        var parts = urn.split("::");
        if (parts.length < 4) {
            throw new IllegalArgumentException("cannot read a resource type from URN " + urn);
        }
        var types = parts[2].split("\\$");
        return types[types.length - 1];
    }
}
