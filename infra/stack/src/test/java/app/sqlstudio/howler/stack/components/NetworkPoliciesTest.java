package app.sqlstudio.howler.stack.components;

import static app.sqlstudio.howler.stack.components.PlanAssertions.k8s;
import static org.assertj.core.api.Assertions.assertThat;

import app.sqlstudio.howler.stack.TestStacks;
import app.sqlstudio.howler.stack.plan.Plan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NetworkPoliciesTest {

    private final Plan plan = TestStacks.prod();
    private static final Map<String, Object> BACKEND = Map.of("matchLabels", Map.of("app", "sql-studio", "component", "backend"));
    private static final Map<String, Object> FRONTEND = Map.of("matchLabels", Map.of("app", "sql-studio", "component", "frontend"));

    private static Map<String, Object> ns(String name) {
        return Map.of("namespaceSelector", Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", name)));
    }

    private static Map<String, Object> tcp(int port) {
        return Map.of("protocol", "TCP", "port", port);
    }

    @Test
    void exactly_the_policies_of_the_architecture_exist_and_nothing_more() {
        assertThat(plan.kubernetesObjects("NetworkPolicy")).extracting(r -> r.metadataName()).containsExactlyInAnyOrder(
                "default-deny-all", "allow-dns-egress", "backend-ingress", "backend-egress-internet", "frontend-ingress",
                "frontend-egress-backend");
        assertThat(plan.kubernetesObjects("NetworkPolicy")).allMatch(r -> "sql-studio".equals(r.metadataNamespace()));
    }

    @Test
    void everything_is_denied_by_default_in_both_directions() {
        assertThat(k8s(plan, "NetworkPolicy", "default-deny-all").mapAt("spec"))
                .isEqualTo(Map.of("podSelector", Map.of(), "policyTypes", List.of("Ingress", "Egress")));
    }

    @Test
    void dns_is_allowed_over_udp_and_tcp_to_kube_dns_only() {
        assertThat(k8s(plan, "NetworkPolicy", "allow-dns-egress").mapAt("spec")).isEqualTo(Map.of(
                "podSelector", Map.of(), "policyTypes", List.of("Egress"),
                "egress", List.of(Map.of(
                        "to", List.of(Map.of("namespaceSelector", Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", "kube-system")),
                                "podSelector", Map.of("matchLabels", Map.of("k8s-app", "kube-dns")))),
                        "ports", List.of(Map.of("protocol", "UDP", "port", 53), tcp(53))))));
    }

    @Test
    void backend_accepts_ingress_nginx_and_frontend_on_8500_and_prometheus_on_9100() {
        assertThat(k8s(plan, "NetworkPolicy", "backend-ingress").mapAt("spec")).isEqualTo(Map.of(
                "podSelector", BACKEND, "policyTypes", List.of("Ingress"),
                "ingress", List.of(
                        Map.of("from", List.of(ns("ingress-nginx")), "ports", List.of(tcp(8500))),
                        Map.of("from", List.of(Map.of("podSelector", FRONTEND)), "ports", List.of(tcp(8500))),
                        Map.of("from", List.of(ns("monitoring")), "ports", List.of(tcp(9100))))));
    }

    @Test
    void backend_reaches_the_internet_on_443_but_no_private_range() {
        var spec = k8s(plan, "NetworkPolicy", "backend-egress-internet").mapAt("spec");
        assertThat(spec).containsEntry("podSelector", BACKEND).containsEntry("policyTypes", List.of("Egress"));
        var rule = PlanAssertions.map(PlanAssertions.list(spec.get("egress")).get(0));
        assertThat(rule.get("ports")).isEqualTo(List.of(tcp(443)));
        var block = PlanAssertions.map(PlanAssertions.map(PlanAssertions.list(rule.get("to")).get(0)).get("ipBlock"));
        assertThat(block).containsEntry("cidr", "0.0.0.0/0");
        assertThat(PlanAssertions.list(block.get("except"))).contains("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16");
    }

    @Test
    void frontend_accepts_ingress_nginx_on_8080_and_may_only_call_the_backend() {
        assertThat(k8s(plan, "NetworkPolicy", "frontend-ingress").mapAt("spec")).isEqualTo(Map.of(
                "podSelector", FRONTEND, "policyTypes", List.of("Ingress"),
                "ingress", List.of(Map.of("from", List.of(ns("ingress-nginx")), "ports", List.of(tcp(8080))))));
        assertThat(k8s(plan, "NetworkPolicy", "frontend-egress-backend").mapAt("spec")).isEqualTo(Map.of(
                "podSelector", FRONTEND, "policyTypes", List.of("Egress"),
                "egress", List.of(Map.of("to", List.of(Map.of("podSelector", BACKEND)), "ports", List.of(tcp(8500))))));
    }
}
