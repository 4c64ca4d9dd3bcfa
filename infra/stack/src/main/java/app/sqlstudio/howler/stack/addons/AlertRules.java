package app.sqlstudio.howler.stack.addons;

import app.sqlstudio.howler.stack.config.StackConfig;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The seed's alerts ("Monitoring and Observability → Alerts") as a PrometheusRule spec. */
public final class AlertRules {

    private AlertRules() {
    }

    public static Map<String, Object> spec(String namespace, String deployment, StackConfig.Alerts t) {
        String ns = "namespace=\"" + namespace + "\"";
        String job = "namespace=\"" + namespace + "\", service=\"" + deployment + "\"";
        BigDecimal errorRatio = t.errorRatePercent().movePointLeft(2);
        List<Map<String, Object>> critical = List.of(
                rule("PodNotReady",
                        // only Running pods: a finished migration Job's pod is never ready and lives on for its TTL
                        "sum by (pod) (kube_pod_status_ready{" + ns + ", condition=\"false\"}"
                                + " * on (namespace, pod) group_left () (kube_pod_status_phase{" + ns + ", phase=\"Running\"} == 1)) > 0",
                        t.podNotReadyMinutes() + "m", "critical",
                        "Pod {{ $labels.pod }} has not been ready for " + t.podNotReadyMinutes() + " minutes"),
                rule("HighErrorRate",
                        "sum(rate(" + ServiceMetrics.HTTP_REQUESTS + "_count{" + job + ", status=~\"5..\"}[5m]))"
                                + " / sum(rate(" + ServiceMetrics.HTTP_REQUESTS + "_count{" + job + "}[5m])) > " + errorRatio.toPlainString(),
                        "5m", "critical",
                        "More than " + t.errorRatePercent().toPlainString() + "% of API requests fail with 5xx"),
                rule("HighLatency",
                        "histogram_quantile(0.95, sum by (le) (rate(" + ServiceMetrics.HTTP_REQUESTS + "_bucket{" + job
                                + "}[5m]))) > " + t.latencyP95Seconds().toPlainString(),
                        "5m", "critical",
                        "API p95 latency is above " + t.latencyP95Seconds().toPlainString() + "s"),
                rule("DatabaseConnectionFailures",
                        "sum(increase(" + ServiceMetrics.DB_CONNECTION_FAILURES + "{" + job + "}[5m])) > 0",
                        "1m", "critical",
                        "The backend cannot reach the database"),
                rule("CertificateExpiringSoon",
                        "(certmanager_certificate_expiration_timestamp_seconds{" + ns + "} - time()) < "
                                + t.certificateExpiryDays() * 86_400L,
                        "1h", "critical",
                        "Certificate {{ $labels.name }} expires in less than " + t.certificateExpiryDays() + " days"));
        List<Map<String, Object>> warning = List.of(
                rule("HighCpuUsage",
                        "sum by (pod) (rate(container_cpu_usage_seconds_total{" + ns + ", container!=\"\"}[5m]))"
                                + " / sum by (pod) (kube_pod_container_resource_limits{" + ns + ", resource=\"cpu\"}) > "
                                + BigDecimal.valueOf(t.cpuPercent()).movePointLeft(2).toPlainString(),
                        "5m", "warning", "Pod {{ $labels.pod }} uses more than " + t.cpuPercent() + "% of its CPU limit"),
                rule("HighMemoryUsage",
                        "sum by (pod) (container_memory_working_set_bytes{" + ns + ", container!=\"\"})"
                                + " / sum by (pod) (kube_pod_container_resource_limits{" + ns + ", resource=\"memory\"}) > "
                                + BigDecimal.valueOf(t.memoryPercent()).movePointLeft(2).toPlainString(),
                        "5m", "warning", "Pod {{ $labels.pod }} uses more than " + t.memoryPercent() + "% of its memory limit"),
                rule("ScalingAtMaxCapacity",
                        "kube_horizontalpodautoscaler_status_current_replicas{" + ns + "}"
                                + " >= kube_horizontalpodautoscaler_spec_max_replicas{" + ns + "}",
                        "15m", "warning", "The backend HPA has been at its maximum replicas for 15 minutes"),
                rule("SlowQueries",
                        "histogram_quantile(0.95, sum by (le) (rate(" + ServiceMetrics.DB_QUERIES + "_bucket{" + job
                                + "}[5m]))) > " + t.slowQuerySeconds().toPlainString(),
                        "10m", "warning", "Database p95 query time is above " + t.slowQuerySeconds().toPlainString() + "s"));
        return Map.of("groups", List.of(
                Map.of("name", "sql-studio.critical", "interval", "30s", "rules", critical),
                Map.of("name", "sql-studio.warning", "interval", "30s", "rules", warning)));
    }

    private static Map<String, Object> rule(String alert, String expr, String forDuration, String severity, String summary) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("alert", alert);
        rule.put("expr", expr);
        rule.put("for", forDuration);
        rule.put("labels", Map.of("severity", severity, "team", "platform"));
        rule.put("annotations", Map.of("summary", summary));
        return rule;
    }
}
