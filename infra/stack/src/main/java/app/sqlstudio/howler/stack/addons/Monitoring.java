package app.sqlstudio.howler.stack.addons;

import app.sqlstudio.howler.stack.kubernetes.FieldOwnership;
import app.sqlstudio.howler.stack.kubernetes.KubernetesObject;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.core.Output;
import com.pulumi.kubernetes.core.v1.ConfigMap;
import com.pulumi.kubernetes.core.v1.ConfigMapArgs;
import com.pulumi.kubernetes.helm.v3.Release;
import com.pulumi.kubernetes.helm.v3.ReleaseArgs;
import com.pulumi.kubernetes.helm.v3.inputs.RepositoryOptsArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import java.util.Map;

/**
 * The seed's "Monitoring and Observability": kube-prometheus-stack (Prometheus, Alertmanager, Grafana,
 * kube-state-metrics) with the seed's retention, a ServiceMonitor on the backend's metrics port, the seed's alerts as
 * a PrometheusRule, and the service's dashboard as a ConfigMap Grafana's sidecar loads.
 */
public final class Monitoring extends ComponentResource {

    public static final String NAMESPACE = "monitoring";
    static final String REPOSITORY = "https://prometheus-community.github.io/helm-charts";
    /** Keys sorted: the dashboard JSON must be the same text on every run, or every `up` would show a diff. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    public final Output<String> namespace;
    public final Output<String> ruleName;
    /**
     * The kube-prometheus-stack release: it installs the ServiceMonitor CRD that the ingress-nginx and cert-manager
     * charts render when their metrics are on, so those releases wait for it.
     */
    public final Release release;

    public Monitoring(String name, MonitoringArgs args, ComponentResourceOptions opts) {
        super("howler:infra:Monitoring", name, opts);
        this.release = new Release(name + "-release", ReleaseArgs.builder()
                .name("prometheus")
                .chart("kube-prometheus-stack")
                .version(args.chartVersion())
                .namespace(NAMESPACE)
                .createNamespace(true)
                .repositoryOpts(RepositoryOptsArgs.builder().repo(REPOSITORY).build())
                .values(HelmValues.kubePrometheusStack(args.retention(), args.storage()))
                .atomic(true)
                .timeout(900)
                .build(), CustomResourceOptions.builder().parent(this).build());
        var afterRelease = CustomResourceOptions.builder().parent(this).dependsOn(release).build();
        var labels = Map.of("app", "sql-studio", "component", "monitoring");

        new KubernetesObject(name + "-service-monitor", new KubernetesObject.Args("monitoring.coreos.com/v1",
                "ServiceMonitor",
                Map.of("name", args.backendService(), "namespace", args.appNamespace(), "labels", labels),
                Map.of("selector", Map.of("matchLabels", Map.of("app", "sql-studio", "component", "backend", "tier", "api")),
                        "endpoints", List.of(Map.of("port", "metrics", "path", "/metrics", "interval", "30s")))),
                afterRelease);

        String rule = "sql-studio-alerts";
        new KubernetesObject(name + "-alerts", new KubernetesObject.Args("monitoring.coreos.com/v1", "PrometheusRule",
                Map.of("name", rule, "namespace", args.appNamespace(), "labels", labels),
                AlertRules.spec(args.appNamespace(), args.backendService(), args.alerts())), afterRelease);

        new ConfigMap(name + "-dashboard", ConfigMapArgs.builder()
                .metadata(ObjectMetaArgs.builder()
                        .name("sql-studio-dashboard")
                        .namespace(NAMESPACE)
                        .labels(Map.of("app", "sql-studio", "component", "monitoring", "grafana_dashboard", "1"))
                        .annotations(FieldOwnership.annotations())
                        .build())
                .data(Map.of("sql-studio-backend.json", json(GrafanaDashboard.of(args.appNamespace(), args.backendService()))))
                .build(), afterRelease);

        this.namespace = Output.of(NAMESPACE);
        this.ruleName = Output.of(rule);
        registerOutputs(Map.of("namespace", namespace, "ruleName", ruleName));
    }

    private static String json(Map<String, Object> value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("dashboard could not be serialised", e);
        }
    }
}
