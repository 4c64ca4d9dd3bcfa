package app.sqlstudio.howler.stack.app;

import app.sqlstudio.howler.stack.config.StackConfig;
import app.sqlstudio.howler.stack.data.DatabaseConnection;
import com.pulumi.core.Output;
import java.util.Objects;

/**
 * What {@link BackendWorkload} needs: where it runs, which image, its sizing and scaling from config, the address
 * range its requests come through (the cluster's pod range, so the service trusts ingress-nginx's forwarded client
 * IP), the database it connects to, and the scheme its origins are served with ({@code https}, or {@code http} on a
 * local cluster without certificates).
 */
public record BackendWorkloadArgs(String namespace, String environment, String domain, Output<String> image,
                                  StackConfig.Backend backend, StackConfig.Migration migration,
                                  StackConfig.App app, Output<String> trustedProxies, DatabaseConnection database,
                                  String scheme, boolean hasPreviousJwtSecret, boolean hasResendApiKey) {
    public BackendWorkloadArgs {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(migration, "migration");
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(trustedProxies, "trustedProxies");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(scheme, "scheme");
    }
}
