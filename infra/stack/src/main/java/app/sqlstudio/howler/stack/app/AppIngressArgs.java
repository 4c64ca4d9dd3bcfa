package app.sqlstudio.howler.stack.app;

import app.sqlstudio.howler.stack.config.StackConfig;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link AppIngress} needs: the domain, the controller settings and the two Services to route to.
 *
 * @param ingressClass  the IngressClass to use; the cluster's default class when empty
 * @param tlsSecretName the Secret cert-manager keeps the certificate in; empty on a local cluster, which serves plain
 *                      http (it has neither cert-manager nor a public name to validate)
 */
public record AppIngressArgs(String namespace, String domain, String environment, StackConfig.Ingress ingress,
                             int backendPort, Optional<String> ingressClass, Optional<String> tlsSecretName) {
    public AppIngressArgs {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(ingress, "ingress");
        Objects.requireNonNull(ingressClass, "ingressClass");
        Objects.requireNonNull(tlsSecretName, "tlsSecretName");
    }
}
