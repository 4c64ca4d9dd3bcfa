package app.sqlstudio.howler.stack;

import app.sqlstudio.howler.stack.addons.AppCertificate;
import app.sqlstudio.howler.stack.addons.CertManager;
import app.sqlstudio.howler.stack.addons.CertManagerArgs;
import app.sqlstudio.howler.stack.addons.IngressController;
import app.sqlstudio.howler.stack.addons.IngressControllerArgs;
import app.sqlstudio.howler.stack.addons.Monitoring;
import app.sqlstudio.howler.stack.addons.MonitoringArgs;
import app.sqlstudio.howler.stack.app.AppIngress;
import app.sqlstudio.howler.stack.app.AppIngressArgs;
import app.sqlstudio.howler.stack.app.AppNamespace;
import app.sqlstudio.howler.stack.app.AppNamespaceArgs;
import app.sqlstudio.howler.stack.app.BackendWorkload;
import app.sqlstudio.howler.stack.app.BackendWorkloadArgs;
import app.sqlstudio.howler.stack.app.FrontendWorkload;
import app.sqlstudio.howler.stack.app.FrontendWorkloadArgs;
import app.sqlstudio.howler.stack.app.NetworkPolicies;
import app.sqlstudio.howler.stack.app.NetworkPoliciesArgs;
import app.sqlstudio.howler.stack.app.NetworkPolicyRules;
import app.sqlstudio.howler.stack.config.ConfigSource;
import app.sqlstudio.howler.stack.config.StackConfig;
import app.sqlstudio.howler.stack.data.TursoDatabase;
import app.sqlstudio.howler.stack.data.TursoDatabaseArgs;
import app.sqlstudio.howler.stack.edge.EdgeRules;
import app.sqlstudio.howler.stack.edge.EdgeRulesArgs;
import app.sqlstudio.howler.stack.gcp.ClusterAccess;
import app.sqlstudio.howler.stack.gcp.GkeCluster;
import app.sqlstudio.howler.stack.gcp.GkeClusterArgs;
import app.sqlstudio.howler.stack.gcp.SharedCluster;
import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole of {@code howler up}: loads and validates the stack's configuration before anything is registered, then
 * creates the seed's components in dependency order and exports the stack's outputs.
 */
public final class HowlerStack {

    public static final String TLS_SECRET = "sql-studio-tls";

    private HowlerStack() {
    }

    public static void define(Context ctx) {
        define(ctx, StackConfig.load(ConfigSource.of(ctx), ctx.stackName()));
    }

    public static void define(Context ctx, StackConfig config) {
        // Either the stack's own cluster with its cluster-wide add-ons, or a namespace in a shared dev cluster whose
        // owner has them (docs/architecture.md "Stacks").
        ClusterAccess cluster = config.inSharedCluster()
                ? new SharedCluster("cluster", config.sharedCluster().orElseThrow(), ComponentResourceOptions.Empty).access
                : new GkeCluster("gke", GkeClusterArgs.from(config), ComponentResourceOptions.Empty).access;
        var inCluster = ComponentResourceOptions.builder().providers(cluster.kubernetesProvider()).build();

        new EdgeRules("edge", EdgeRulesArgs.from(config, cluster.ingressIp()), ComponentResourceOptions.Empty);
        var database = new TursoDatabase("turso", TursoDatabaseArgs.from(config), ComponentResourceOptions.Empty);

        var namespace = new AppNamespace("app", AppNamespaceArgs.from(config, database.url, database.token), inCluster);
        var afterNamespace = ComponentResourceOptions.builder()
                .providers(cluster.kubernetesProvider()).dependsOn(namespace).build();
        String ns = config.app().namespace();
        var addons = config.addons();

        if (config.inSharedCluster()) {
            new AppCertificate("certificate", ns, TLS_SECRET, config.hostnames(), addons.certificateIssuer(),
                    addons.certificateDuration(), addons.certificateRenewBefore(), afterNamespace);
        } else {
            // With monitoring on, the ingress-nginx and cert-manager charts render ServiceMonitors: their releases
            // wait for kube-prometheus-stack, which installs that CRD, or a first `up` fails on an unknown kind.
            List<Resource> crds = new ArrayList<>();
            if (addons.monitoring()) {
                crds.add(new Monitoring("monitoring", new MonitoringArgs(addons.kubePrometheusStackChartVersion(),
                        addons.prometheusRetention(), addons.prometheusStorage().text(), addons.alerts(), ns,
                        BackendWorkload.NAME), afterNamespace).release);
            }
            new IngressController("ingress-nginx", new IngressControllerArgs(addons.ingressNginxChartVersion(),
                    config.ingress(), cluster.ingressIp(), addons.monitoring()),
                    ComponentResourceOptions.builder().providers(cluster.kubernetesProvider()).dependsOn(crds).build());
            List<Resource> afterNamespaceAndCrds = new ArrayList<>(crds);
            afterNamespaceAndCrds.add(namespace);
            new CertManager("cert-manager", new CertManagerArgs(addons.certManagerChartVersion(),
                    addons.acmeEmail(), config.domain(), addons.certificateIssuer(),
                    addons.certificateDuration(), addons.certificateRenewBefore(), ns, TLS_SECRET,
                    config.hostnames(), config.secrets().cloudflareApiToken().output(), addons.monitoring()),
                    ComponentResourceOptions.builder().providers(cluster.kubernetesProvider()).dependsOn(afterNamespaceAndCrds).build());
        }

        new NetworkPolicies("network-policies", new NetworkPoliciesArgs(ns, IngressController.NAMESPACE,
                Monitoring.NAMESPACE, new NetworkPolicyRules.Ports(config.backend().httpPort(),
                config.backend().metricsPort(), config.frontend().port())), afterNamespace);

        Output<String> backendImage = cluster.registryUrl().applyValue(r -> r + "/sql-studio-backend:" + config.app().imageTag());
        Output<String> frontendImage = cluster.registryUrl().applyValue(r -> r + "/sql-studio-frontend:" + config.app().imageTag());
        var secrets = config.secrets();
        var backend = new BackendWorkload("backend", new BackendWorkloadArgs(ns, config.environment(), config.domain(),
                backendImage, config.backend(), config.migration(), config.app(), cluster.podCidr(),
                database.url, secrets.jwtSecretPrevious().isPresent(),
                secrets.resendApiKey().isPresent()), afterNamespace);
        var frontend = new FrontendWorkload("frontend", new FrontendWorkloadArgs(ns, config.environment(),
                frontendImage, config.frontend(), config.app()), afterNamespace);

        new AppIngress("routes", new AppIngressArgs(ns, config.domain(), config.environment(), config.ingress(),
                config.backend().httpPort(), TLS_SECRET), afterNamespace);

        ctx.export("appUrl", Output.of("https://" + config.domain()));
        ctx.export("apiUrl", Output.of("https://api." + config.domain()));
        // what a stack in a shared dev cluster reads of this one (SharedCluster.OWNER_OUTPUTS)
        ctx.export("ingressIp", cluster.ingressIp());
        ctx.export("clusterName", cluster.clusterName());
        ctx.export("clusterLocation", cluster.location());
        ctx.export("kubeconfig", cluster.kubeconfig());
        ctx.export("registryUrl", cluster.registryUrl());
        ctx.export("podCidr", cluster.podCidr());
        ctx.export("tursoDatabaseUrl", database.url);
        ctx.export("backendImage", backend.image);
        ctx.export("frontendImage", frontend.image);
        ctx.export("imageTag", Output.of(config.app().imageTag()));
        config.expiresAt().ifPresent(at -> ctx.export("expiresAt", Output.of(at.toString())));
    }
}
