package app.sqlstudio.howler.stack.addons;

import static org.assertj.core.api.Assertions.assertThat;

import app.sqlstudio.howler.stack.config.StackConfig;
import com.pulumi.core.Output;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HelmValuesTest {

    private static final StackConfig.Ingress INGRESS = new StackConfig.Ingress(31_536_000, 20, 10, 100, "10m", 10, 300, 300, 2);

    @Test
    void ingress_nginx_trusts_cf_connecting_ip_only_from_cloudflare_ranges() {
        @SuppressWarnings("unchecked")
        var config = (Map<String, Object>) ((Map<String, Object>) HelmValues.ingressNginx(Output.of("35.1.2.3"), INGRESS, true)
                .get("controller")).get("config");
        assertThat(config.get("proxy-real-ip-cidr").toString()).contains("173.245.48.0/20").contains("2606:4700::/32");
        assertThat(config).containsEntry("forwarded-for-header", "CF-Connecting-IP").containsEntry("enable-real-ip", "true");
    }

    @Test
    void ingress_nginx_service_monitor_follows_the_monitoring_switch() {
        @SuppressWarnings("unchecked")
        var metrics = (Map<String, Object>) ((Map<String, Object>) HelmValues.ingressNginx(Output.of("35.1.2.3"), INGRESS, false)
                .get("controller")).get("metrics");
        assertThat(metrics).containsEntry("serviceMonitor", Map.of("enabled", false)).containsEntry("enabled", true);
    }

    @Test
    void kube_prometheus_stack_keeps_the_configured_retention_and_selects_every_rule() {
        var values = HelmValues.kubePrometheusStack("30d", "50Gi");
        @SuppressWarnings("unchecked")
        var spec = (Map<String, Object>) ((Map<String, Object>) values.get("prometheus")).get("prometheusSpec");
        assertThat(spec).containsEntry("retention", "30d").containsEntry("ruleSelectorNilUsesHelmValues", false)
                .containsEntry("serviceMonitorSelectorNilUsesHelmValues", false);
        // 30 days of data survive a restart of the Prometheus pod only on a volume
        assertThat(spec.get("storageSpec")).isEqualTo(Map.of("volumeClaimTemplate", Map.of("spec", Map.of(
                "accessModes", java.util.List.of("ReadWriteOnce"), "resources", Map.of("requests", Map.of("storage", "50Gi"))))));
    }

    @Test
    void certificates_use_dns01_with_the_token_secret_and_ecdsa_keys() {
        var spec = CertificateSpecs.certificate("tls", java.util.List.of("a.example", "www.a.example"), "letsencrypt-prod", "2160h", "360h");
        assertThat(spec).containsEntry("commonName", "a.example")
                .containsEntry("privateKey", Map.of("algorithm", "ECDSA", "size", 256, "rotationPolicy", "Always"));
    }
}
