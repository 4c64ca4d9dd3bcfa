package app.sqlstudio.howler.stack.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The NetworkPolicies of the application namespace as plain Kubernetes objects (maps), one pure function, so the
 * rules can be read and tested as data. Peers in other namespaces are matched by {@code kubernetes.io/metadata.name},
 * which Kubernetes sets on every namespace (the original matched a hand-made {@code name} label nobody set).
 */
public final class NetworkPolicyRules {

    /** Private and special ranges the backend's internet egress must not reach. */
    static final List<String> PRIVATE_RANGES = List.of(
            "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "169.254.0.0/16", "127.0.0.0/8");

    /** Where the peers live and which ports the workloads listen on. */
    public record Ports(int backendHttp, int backendMetrics, int frontendHttp) { }

    private NetworkPolicyRules() {
    }

    /** name → NetworkPolicy spec. Order is stable so plans and rendered manifests diff cleanly. */
    public static Map<String, Map<String, Object>> specs(Ports ports, String ingressNamespace, String monitoringNamespace) {
        Map<String, Object> backend = Map.of("matchLabels", Map.of("app", "sql-studio", "component", "backend"));
        Map<String, Object> frontend = Map.of("matchLabels", Map.of("app", "sql-studio", "component", "frontend"));

        Map<String, Map<String, Object>> specs = new LinkedHashMap<>();
        specs.put("default-deny-all", Map.of(
                "podSelector", Map.of(),
                "policyTypes", List.of("Ingress", "Egress")));
        specs.put("allow-dns-egress", Map.of(
                "podSelector", Map.of(),
                "policyTypes", List.of("Egress"),
                "egress", List.of(Map.of(
                        "to", List.of(Map.of(
                                "namespaceSelector", namespace("kube-system"),
                                "podSelector", Map.of("matchLabels", Map.of("k8s-app", "kube-dns")))),
                        "ports", List.of(port("UDP", 53), port("TCP", 53))))));
        specs.put("backend-ingress", Map.of(
                "podSelector", backend,
                "policyTypes", List.of("Ingress"),
                "ingress", List.of(
                        Map.of("from", List.of(Map.of("namespaceSelector", namespace(ingressNamespace))),
                                "ports", List.of(port("TCP", ports.backendHttp()))),
                        Map.of("from", List.of(Map.of("podSelector", frontend)),
                                "ports", List.of(port("TCP", ports.backendHttp()))),
                        Map.of("from", List.of(Map.of("namespaceSelector", namespace(monitoringNamespace))),
                                "ports", List.of(port("TCP", ports.backendMetrics()))))));
        specs.put("backend-egress-internet", Map.of(
                "podSelector", backend,
                "policyTypes", List.of("Egress"),
                "egress", List.of(Map.of(
                        "to", List.of(Map.of("ipBlock", Map.of("cidr", "0.0.0.0/0", "except", PRIVATE_RANGES))),
                        "ports", List.of(port("TCP", 443))))));
        specs.put("frontend-ingress", Map.of(
                "podSelector", frontend,
                "policyTypes", List.of("Ingress"),
                "ingress", List.of(Map.of(
                        "from", List.of(Map.of("namespaceSelector", namespace(ingressNamespace))),
                        "ports", List.of(port("TCP", ports.frontendHttp()))))));
        specs.put("frontend-egress-backend", Map.of(
                "podSelector", frontend,
                "policyTypes", List.of("Egress"),
                "egress", List.of(Map.of(
                        "to", List.of(Map.of("podSelector", backend)),
                        "ports", List.of(port("TCP", ports.backendHttp()))))));
        return specs;
    }

    private static Map<String, Object> namespace(String name) {
        return Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", name));
    }

    private static Map<String, Object> port(String protocol, int port) {
        return Map.of("protocol", protocol, "port", port);
    }
}
