package app.sqlstudio.howler.cli.support;

import app.sqlstudio.howler.cli.ExitCode;
import app.sqlstudio.howler.cli.HowlerException;
import app.sqlstudio.howler.stack.plan.StackFile;
import java.net.URI;
import java.nio.file.Path;

/** The API a live check is pointed at: an explicit URL, or the stack's own api.DOMAIN from its stack file. */
public final class Targets {

    private Targets() {
    }

    /** {@code https://api.<howler:domain>} of the stack ({@code http} for a local stack). */
    public static URI apiOf(Path projectDir, String stack) {
        String domain = StackFile.load(projectDir, stack).values().get("howler:domain");
        if (domain == null || domain.isBlank()) {
            throw new HowlerException(ExitCode.USAGE, "Pulumi." + stack + ".yaml has no howler:domain: set it, or pass --url.");
        }
        // a local stack serves plain http (no certificate on a developer's cluster)
        String scheme = "local".equals(StackFile.load(projectDir, stack).values().get("howler:target")) ? "http" : "https";
        return URI.create(scheme + "://api." + domain + "/");
    }

    /** Parses an explicit base URL; only http(s), no path beyond "/", no credentials. */
    public static URI url(String text, String option) {
        URI uri;
        try {
            uri = URI.create(text.endsWith("/") ? text : text + "/");
        } catch (IllegalArgumentException e) {
            throw new HowlerException(ExitCode.USAGE, option + " '" + text + "' is not a URL: write it like https://api.sql-studio.app.");
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null || uri.getUserInfo() != null) {
            throw new HowlerException(ExitCode.USAGE, option + " '" + text + "' must be an http(s) URL with a host and no credentials, "
                    + "like https://api.sql-studio.app.");
        }
        return uri;
    }
}
