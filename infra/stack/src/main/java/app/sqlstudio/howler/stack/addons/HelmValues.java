package app.sqlstudio.howler.stack.addons;

import app.sqlstudio.howler.stack.config.StackConfig;
import com.pulumi.core.Output;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Values of the three Helm releases, as data built by pure functions (no YAML templates). */
public final class HelmValues {

    private HelmValues() {
    }

    /**
     * ingress-nginx: a LoadBalancer on the reserved IP, TLS 1.2/1.3 only, HSTS, the client address taken from
     * Cloudflare's header only when the peer is a Cloudflare edge, snippets off, metrics on.
     */
    public static Map<String, Object> ingressNginx(Output<String> loadBalancerIp, StackConfig.Ingress ingress, boolean monitoring) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("ssl-protocols", "TLSv1.2 TLSv1.3");
        config.put("hsts", "true");
        config.put("hsts-max-age", String.valueOf(ingress.hstsMaxAgeSeconds()));
        config.put("hsts-include-subdomains", "true");
        config.put("use-forwarded-headers", "true");
        config.put("enable-real-ip", "true");
        config.put("forwarded-for-header", "CF-Connecting-IP");
        config.put("proxy-real-ip-cidr", String.join(",", CloudflareNetworks.RANGES));
        config.put("server-tokens", "false");
        config.put("allow-snippet-annotations", "false");

        Map<String, Object> controller = new LinkedHashMap<>();
        controller.put("replicaCount", ingress.controllerReplicas());
        controller.put("allowSnippetAnnotations", false);
        controller.put("config", config);
        controller.put("service", Map.of(
                "type", "LoadBalancer",
                // an Output in place: until the address is reserved only this value is unknown, not all the values
                "loadBalancerIP", loadBalancerIp,
                // Local keeps the client's source address and skips a second hop between nodes.
                "externalTrafficPolicy", "Local"));
        controller.put("metrics", Map.of("enabled", true, "serviceMonitor", Map.of("enabled", monitoring)));
        controller.put("podDisruptionBudget", Map.of("enabled", true, "minAvailable", 1));
        controller.put("resources", Map.of("requests", Map.of("cpu", "100m", "memory", "128Mi")));
        return Map.of("controller", controller);
    }

    /** cert-manager with its CRDs, kept when the release is removed so certificates are never deleted with it. */
    public static Map<String, Object> certManager(boolean monitoring) {
        return Map.of(
                "crds", Map.of("enabled", true, "keep", true),
                // honorLabels keeps the metrics' own namespace label (the Certificate's) instead of renaming it
                // exported_namespace, which the CertificateExpiringSoon alert selects on
                "prometheus", Map.of("enabled", true, "servicemonitor", Map.of("enabled", monitoring, "honorLabels", true)),
                "global", Map.of("leaderElection", Map.of("namespace", "cert-manager")));
    }

    /**
     * kube-prometheus-stack: retention and a persistent volume of the configured size (without one the retention
     * would end at the next restart of the Prometheus pod), and selectors opened so the ServiceMonitor,
     * PrometheusRule and dashboard ConfigMap of this stack are picked up without the chart's release label.
     */
    public static Map<String, Object> kubePrometheusStack(String retention, String storage) {
        return Map.of(
                "prometheus", Map.of("prometheusSpec", Map.of(
                        "retention", retention,
                        "storageSpec", Map.of("volumeClaimTemplate", Map.of("spec", Map.of(
                                "accessModes", List.of("ReadWriteOnce"),
                                "resources", Map.of("requests", Map.of("storage", storage))))),
                        "serviceMonitorSelectorNilUsesHelmValues", false,
                        "ruleSelectorNilUsesHelmValues", false,
                        "podMonitorSelectorNilUsesHelmValues", false)),
                "grafana", Map.of("sidecar", Map.of("dashboards", Map.of(
                        "enabled", true, "label", "grafana_dashboard", "labelValue", "1", "searchNamespace", "ALL"))),
                "alertmanager", Map.of("enabled", true));
    }

    static List<String> chartRepositories() {
        return List.of(IngressController.REPOSITORY, CertManager.REPOSITORY, Monitoring.REPOSITORY);
    }
}
