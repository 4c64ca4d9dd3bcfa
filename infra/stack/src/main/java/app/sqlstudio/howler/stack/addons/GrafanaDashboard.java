package app.sqlstudio.howler.stack.addons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The service's Grafana dashboard as data: traffic, errors, latency, database, scaling and resources. */
public final class GrafanaDashboard {

    private GrafanaDashboard() {
    }

    public static Map<String, Object> of(String namespace, String service) {
        String sel = "namespace=\"" + namespace + "\", service=\"" + service + "\"";
        List<Map<String, Object>> panels = new ArrayList<>();
        panels.add(panel(1, "Requests per second by route", 0, 0,
                "sum by (route) (rate(" + ServiceMetrics.HTTP_REQUESTS + "_count{" + sel + "}[5m]))", "reqps"));
        panels.add(panel(2, "5xx error ratio", 12, 0,
                "sum(rate(" + ServiceMetrics.HTTP_REQUESTS + "_count{" + sel + ", status=~\"5..\"}[5m])) / sum(rate("
                        + ServiceMetrics.HTTP_REQUESTS + "_count{" + sel + "}[5m]))", "percentunit"));
        panels.add(panel(3, "p95 latency by route", 0, 8,
                "histogram_quantile(0.95, sum by (le, route) (rate(" + ServiceMetrics.HTTP_REQUESTS + "_bucket{" + sel + "}[5m])))", "s"));
        panels.add(panel(4, "Database p95 query time", 12, 8,
                "histogram_quantile(0.95, sum by (le) (rate(" + ServiceMetrics.DB_QUERIES + "_bucket{" + sel + "}[5m])))", "s"));
        panels.add(panel(5, "Backend replicas (HPA)", 0, 16,
                "kube_horizontalpodautoscaler_status_current_replicas{namespace=\"" + namespace + "\"}", "short"));
        panels.add(panel(6, "CPU by pod", 12, 16,
                "sum by (pod) (rate(container_cpu_usage_seconds_total{namespace=\"" + namespace + "\", container!=\"\"}[5m]))", "cores"));
        Map<String, Object> dashboard = new LinkedHashMap<>();
        dashboard.put("uid", "sql-studio-backend");
        dashboard.put("title", "sql-studio backend");
        dashboard.put("tags", List.of("sql-studio", "howler"));
        dashboard.put("timezone", "utc");
        dashboard.put("schemaVersion", 39);
        dashboard.put("refresh", "30s");
        dashboard.put("time", Map.of("from", "now-6h", "to", "now"));
        dashboard.put("panels", panels);
        return dashboard;
    }

    private static Map<String, Object> panel(int id, String title, int x, int y, String expr, String unit) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", id);
        p.put("type", "timeseries");
        p.put("title", title);
        p.put("gridPos", Map.of("x", x, "y", y, "w", 12, "h", 8));
        p.put("fieldConfig", Map.of("defaults", Map.of("unit", unit), "overrides", List.of()));
        p.put("targets", List.of(Map.of("refId", "A", "expr", expr, "datasource", Map.of("type", "prometheus"))));
        return p;
    }
}
