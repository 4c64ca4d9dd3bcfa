package app.sqlstudio.howler.stack.app;

import app.sqlstudio.howler.stack.config.StackConfig;
import com.pulumi.core.Output;
import java.util.Objects;

/**
 * What {@link BackendWorkload} needs: where it runs, which image, its sizing and scaling from config, the address
 * range its requests come through (the cluster's pod range, so the service trusts ingress-nginx's forwarded client
 * IP), and the Turso URL.
 */
public record BackendWorkloadArgs(String namespace, String environment, String domain, Output<String> image,
                                  StackConfig.Backend backend, StackConfig.Migration migration,
                                  StackConfig.App app, Output<String> trustedProxies, Output<String> tursoUrl,
                                  boolean hasPreviousJwtSecret, boolean hasResendApiKey) {
    public BackendWorkloadArgs {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(migration, "migration");
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(trustedProxies, "trustedProxies");
        Objects.requireNonNull(tursoUrl, "tursoUrl");
    }
}
