package app.sqlstudio.howler.stack.app;

import java.util.Objects;

/** The namespace to protect, the namespaces of the ingress controller and Prometheus, and the workloads' ports. */
public record NetworkPoliciesArgs(String namespace, String ingressNamespace, String monitoringNamespace,
                                  NetworkPolicyRules.Ports ports) {
    public NetworkPoliciesArgs {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(ingressNamespace, "ingressNamespace");
        Objects.requireNonNull(monitoringNamespace, "monitoringNamespace");
        Objects.requireNonNull(ports, "ports");
    }
}
