package app.sqlstudio.howler.stack.app;

import app.sqlstudio.howler.stack.config.StackConfig;
import java.util.Objects;

/** What {@link AppIngress} needs: the domain, the controller settings and the two Services to route to. */
public record AppIngressArgs(String namespace, String domain, String environment, StackConfig.Ingress ingress,
                             int backendPort, String tlsSecretName) {
    public AppIngressArgs {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(ingress, "ingress");
        Objects.requireNonNull(tlsSecretName, "tlsSecretName");
    }
}
