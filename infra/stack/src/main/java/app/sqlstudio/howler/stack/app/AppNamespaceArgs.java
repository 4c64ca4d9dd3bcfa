package app.sqlstudio.howler.stack.app;

import app.sqlstudio.howler.stack.config.StackConfig;
import app.sqlstudio.howler.stack.data.DatabaseConnection;
import java.util.Objects;

/**
 * What {@link AppNamespace} needs: the namespace settings, its limits, the values of the app's Secret and the
 * database the backend connects to (Turso's URL and token go into the Secret; an SQLite file needs neither).
 */
public record AppNamespaceArgs(String name, String environment, StackConfig.NamespaceLimits limits,
                               StackConfig.Secrets secrets, DatabaseConnection database) {
    public AppNamespaceArgs {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(database, "database");
    }

    public static AppNamespaceArgs from(StackConfig config, DatabaseConnection database) {
        return new AppNamespaceArgs(config.app().namespace(), config.environment(), config.limits(),
                config.secrets(), database);
    }
}
