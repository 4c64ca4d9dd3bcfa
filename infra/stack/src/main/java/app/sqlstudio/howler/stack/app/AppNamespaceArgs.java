package app.sqlstudio.howler.stack.app;

import app.sqlstudio.howler.stack.config.StackConfig;
import com.pulumi.core.Output;
import java.util.Objects;

/** What {@link AppNamespace} needs: the namespace settings, its limits and the values of the app's Secret. */
public record AppNamespaceArgs(String name, String environment, StackConfig.NamespaceLimits limits,
                               StackConfig.Secrets secrets, Output<String> tursoUrl,
                               Output<String> tursoAuthToken) {
    public AppNamespaceArgs {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(tursoUrl, "tursoUrl");
        Objects.requireNonNull(tursoAuthToken, "tursoAuthToken");
    }

    /** The namespace from config; the Turso URL and token from the database the stack creates (TursoDatabase). */
    public static AppNamespaceArgs from(StackConfig config, Output<String> tursoUrl, Output<String> tursoAuthToken) {
        return new AppNamespaceArgs(config.app().namespace(), config.environment(), config.limits(),
                config.secrets(), tursoUrl, tursoAuthToken);
    }
}
