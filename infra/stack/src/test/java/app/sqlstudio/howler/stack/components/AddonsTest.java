package app.sqlstudio.howler.stack.components;

import static app.sqlstudio.howler.stack.components.PlanAssertions.component;
import static app.sqlstudio.howler.stack.components.PlanAssertions.k8s;
import static app.sqlstudio.howler.stack.components.PlanAssertions.list;
import static app.sqlstudio.howler.stack.components.PlanAssertions.map;
import static app.sqlstudio.howler.stack.components.PlanAssertions.one;
import static org.assertj.core.api.Assertions.assertThat;

import app.sqlstudio.howler.stack.TestStacks;
import app.sqlstudio.howler.stack.addons.CloudflareNetworks;
import app.sqlstudio.howler.stack.plan.Plan;
import app.sqlstudio.howler.stack.plan.PlanRunner;
import app.sqlstudio.howler.stack.plan.PlannedResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddonsTest {

    private final Plan plan = TestStacks.prod();

    private PlannedResource release(String chart) {
        return plan.ofType("kubernetes:helm.sh/v3:Release").stream().filter(r -> chart.equals(r.inputs().get("chart")))
                .findFirst().orElseThrow(() -> new AssertionError("no release of " + chart));
    }

    @Test
    void ingress_nginx_listens_on_the_reserved_ip_with_tls_12_13_hsts_and_cloudflare_client_ips() {
        var release = release("ingress-nginx");
        assertThat(release.inputs()).containsEntry("version", "4.12.1").containsEntry("namespace", "ingress-nginx")
                .containsEntry("createNamespace", true);
        assertThat(release.mapAt("repositoryOpts")).containsEntry("repo", "https://kubernetes.github.io/ingress-nginx");
        var controller = release.mapAt("values", "controller");
        var service = map(controller.get("service"));
        assertThat(service).containsEntry("type", "LoadBalancer")
                .containsEntry("loadBalancerIP", PlannedResource.UNKNOWN); // reserved by up; only this value is unknown
        var config = map(controller.get("config"));
        assertThat(config).containsEntry("ssl-protocols", "TLSv1.2 TLSv1.3")
                .containsEntry("hsts", "true").containsEntry("hsts-max-age", "31536000")
                .containsEntry("hsts-include-subdomains", "true")
                .containsEntry("use-forwarded-headers", "true")
                .containsEntry("forwarded-for-header", "CF-Connecting-IP")
                .containsEntry("proxy-real-ip-cidr", String.join(",", CloudflareNetworks.RANGES))
                .containsEntry("allow-snippet-annotations", "false");
        assertThat(controller).containsEntry("allowSnippetAnnotations", false);
        assertThat(map(controller.get("metrics"))).containsEntry("enabled", true);
    }

    @Test
    void cert_manager_installs_its_crds_and_issuers_solve_dns01_through_cloudflare() {
        var release = release("cert-manager");
        assertThat(release.inputs()).containsEntry("version", "v1.17.2").containsEntry("namespace", "cert-manager");
        assertThat(release.mapAt("values", "crds")).containsEntry("enabled", true);
        // the expiry alert selects the Certificate's namespace, which the scrape must not rename
        assertThat(release.mapAt("values", "prometheus", "servicemonitor")).containsEntry("enabled", true).containsEntry("honorLabels", true);
        var prod = k8s(plan, "ClusterIssuer", "letsencrypt-prod");
        var staging = k8s(plan, "ClusterIssuer", "letsencrypt-staging");
        assertThat(prod.mapAt("spec", "acme")).containsEntry("server", "https://acme-v02.api.letsencrypt.org/directory")
                .containsEntry("email", "admin@sql-studio.app");
        assertThat(staging.mapAt("spec", "acme")).containsEntry("server", "https://acme-staging-v02.api.letsencrypt.org/directory");
        var solver = map(list(prod.mapAt("spec", "acme").get("solvers")).get(0));
        assertThat(map(map(solver.get("dns01")).get("cloudflare")).get("apiTokenSecretRef"))
                .isEqualTo(Map.of("name", "cloudflare-api-token", "key", "api-token"));
        assertThat(prod.dependencies()).contains(release.urn());
        var token = k8s(plan, "Secret", "cloudflare-api-token");
        assertThat(token.metadataNamespace()).isEqualTo("cert-manager");
        assertThat(token.mapAt("stringData")).isEqualTo(Map.of("api-token", "[secret]"));
    }

    @Test
    void certificate_covers_apex_www_and_api_for_90_days_renewed_15_days_ahead() {
        var cert = k8s(plan, "Certificate", "sql-studio-cert");
        assertThat(cert.metadataNamespace()).isEqualTo("sql-studio");
        assertThat(cert.mapAt("spec")).containsEntry("secretName", "sql-studio-tls")
                .containsEntry("duration", "2160h").containsEntry("renewBefore", "360h")
                .containsEntry("dnsNames", List.of("sql-studio.app", "www.sql-studio.app", "api.sql-studio.app"));
        assertThat(cert.mapAt("spec", "issuerRef")).containsEntry("name", "letsencrypt-prod").containsEntry("kind", "ClusterIssuer");
    }

    @Test
    void monitoring_scrapes_the_metrics_port_and_alerts_on_the_seeds_conditions() {
        var release = release("kube-prometheus-stack");
        assertThat(release.inputs()).containsEntry("namespace", "monitoring").containsEntry("version", "70.4.2");
        assertThat(release.mapAt("values", "prometheus", "prometheusSpec")).containsEntry("retention", "30d");
        var monitor = k8s(plan, "ServiceMonitor", "sql-studio-backend");
        assertThat(monitor.metadataNamespace()).isEqualTo("sql-studio");
        assertThat(list(monitor.mapAt("spec").get("endpoints"))).containsExactly(
                Map.of("port", "metrics", "path", "/metrics", "interval", "30s"));
        assertThat(monitor.mapAt("spec", "selector", "matchLabels"))
                .isEqualTo(k8s(plan, "Service", "sql-studio-backend").mapAt("spec", "selector"));

        var rule = k8s(plan, "PrometheusRule", "sql-studio-alerts");
        var alerts = list(rule.mapAt("spec").get("groups")).stream()
                .flatMap(g -> list(map(g).get("rules")).stream()).map(PlanAssertions::map).toList();
        assertThat(alerts).extracting(a -> a.get("alert")).containsExactlyInAnyOrder(
                "PodNotReady", "HighErrorRate", "HighLatency", "DatabaseConnectionFailures", "CertificateExpiringSoon",
                "HighCpuUsage", "HighMemoryUsage", "ScalingAtMaxCapacity", "SlowQueries");
        var byName = alerts.stream().collect(java.util.stream.Collectors.toMap(a -> a.get("alert"), a -> a));
        assertThat(byName.get("PodNotReady")).containsEntry("for", "5m");
        // a finished migration Job's pod is never ready: only Running pods count, or every deploy would page
        assertThat((String) byName.get("PodNotReady").get("expr")).contains("kube_pod_status_phase{", "phase=\"Running\"");
        assertThat((String) byName.get("HighErrorRate").get("expr")).contains("http_server_requests_seconds_count").endsWith("> 0.05");
        assertThat((String) byName.get("HighLatency").get("expr")).contains("histogram_quantile(0.95").endsWith("> 1");
        assertThat((String) byName.get("CertificateExpiringSoon").get("expr")).endsWith("< 604800");
        assertThat((String) byName.get("HighMemoryUsage").get("expr")).endsWith("> 0.90");
        assertThat((String) byName.get("SlowQueries").get("expr")).endsWith("> 0.5");
        assertThat(map(byName.get("DatabaseConnectionFailures").get("labels"))).containsEntry("severity", "critical");
        assertThat(map(byName.get("HighCpuUsage").get("labels"))).containsEntry("severity", "warning");

        var dashboard = k8s(plan, "ConfigMap", "sql-studio-dashboard");
        assertThat(dashboard.mapAt("metadata", "labels")).containsEntry("grafana_dashboard", "1");
        assertThat(dashboard.mapAt("data")).containsKey("sql-studio-backend.json");
    }

    @Test
    void monitoring_off_creates_no_prometheus_stack() {
        var quiet = PlanRunner.plan(TestStacks.prodWith(Map.of("howler:monitoring", "false"))).plan();
        assertThat(quiet.ofType("howler:infra:Monitoring")).isEmpty();
        assertThat(quiet.where(r -> r.isKubernetesObject() && r.kind().equals("PrometheusRule"))).isEmpty();
    }

    @Test
    void charts_that_render_service_monitors_wait_for_the_release_that_installs_the_crd() {
        String prometheus = PlanAssertions.named(plan, "kubernetes:helm.sh/v3:Release", "monitoring-release").urn();
        for (String c : List.of("IngressController", "CertManager")) {
            assertThat(component(plan, c).dependencies()).as(c).contains(prometheus);
        }
        var quiet = PlanRunner.plan(TestStacks.prodWith(Map.of("howler:monitoring", "false"))).plan();
        assertThat(component(quiet, "IngressController").dependencies()).isEmpty();
    }

    @Test
    void add_on_children_are_parented_to_their_components() {
        for (String c : List.of("IngressController", "CertManager", "Monitoring")) {
            var comp = component(plan, c);
            assertThat(PlanAssertions.childrenOf(plan, comp)).isNotEmpty();
            assertThat(comp.parent()).isEqualTo(one(plan, "pulumi:pulumi:Stack").urn());
        }
    }
}
