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
import app.sqlstudio.howler.stack.data.DatabaseConnection;
import app.sqlstudio.howler.stack.data.SqliteVolume;
import app.sqlstudio.howler.stack.data.TursoDatabase;
import app.sqlstudio.howler.stack.data.TursoDatabaseArgs;
import app.sqlstudio.howler.stack.edge.EdgeRules;
import app.sqlstudio.howler.stack.edge.EdgeRulesArgs;
import app.sqlstudio.howler.stack.gcp.ClusterAccess;
import app.sqlstudio.howler.stack.gcp.GkeCluster;
import app.sqlstudio.howler.stack.gcp.GkeClusterArgs;
import app.sqlstudio.howler.stack.gcp.SharedCluster;
import app.sqlstudio.howler.stack.local.LocalCluster;
import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.kubernetes.Provider;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        if (config.isLocal()) {
            defineLocal(ctx, config);
        } else {
            defineGke(ctx, config);
        }
    }

    /** The seed's production shape: a cluster (own or shared) with its add-ons, Cloudflare in front, Turso behind. */
    private static void defineGke(Context ctx, StackConfig config) {
        // Either the stack's own cluster with its cluster-wide add-ons, or a namespace in a shared dev cluster whose
        // owner has them (docs/architecture.md "Stacks").
        ClusterAccess cluster = config.inSharedCluster()
                ? new SharedCluster("cluster", config.sharedCluster().orElseThrow(), ComponentResourceOptions.Empty).access
                : new GkeCluster("gke", GkeClusterArgs.from(config), ComponentResourceOptions.Empty).access;
        var inCluster = ComponentResourceOptions.builder().providers(cluster.kubernetesProvider()).build();

        new EdgeRules("edge", EdgeRulesArgs.from(config, cluster.ingressIp()), ComponentResourceOptions.Empty);
        var database = new TursoDatabase("turso", TursoDatabaseArgs.from(config), ComponentResourceOptions.Empty);
        var connection = new DatabaseConnection.Turso(database.url, database.token);

        var namespace = new AppNamespace("app", AppNamespaceArgs.from(config, connection), inCluster);
        var afterNamespace = ComponentResourceOptions.builder()
                .providers(cluster.kubernetesProvider()).dependsOn(namespace).build();
        String ns = config.app().namespace();
        var addons = config.addons().orElseThrow();

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
                    config.hostnames(), config.secrets().cloudflareApiToken().orElseThrow().output(), addons.monitoring()),
                    ComponentResourceOptions.builder().providers(cluster.kubernetesProvider()).dependsOn(afterNamespaceAndCrds).build());
        }

        var app = defineApp(config, cluster.kubernetesProvider(), namespace, connection, cluster.registryUrl(),
                cluster.podCidr(), IngressController.NAMESPACE, Optional.of(IngressController.CLASS), Optional.of(TLS_SECRET));

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
        exportCommon(ctx, config, app);
    }

    /**
     * A stack on an existing cluster: the same namespace, hardening, NetworkPolicies, workloads, HPA, PDBs, migration
     * Job and Ingress as prod, and nothing outside the cluster: no GCP, no Cloudflare, no Helm add-on. The data is an
     * SQLite file on a claim, or a Turso database when the stack asks for one.
     */
    private static void defineLocal(Context ctx, StackConfig config) {
        var local = config.local().orElseThrow();
        var cluster = new LocalCluster("cluster", local, ComponentResourceOptions.Empty);
        var inCluster = ComponentResourceOptions.builder().providers(cluster.kubernetesProvider).build();

        Optional<TursoDatabase> turso = local.database() == StackConfig.Database.TURSO
                ? Optional.of(new TursoDatabase("turso", TursoDatabaseArgs.from(config), ComponentResourceOptions.Empty))
                : Optional.empty();
        // The claim needs its namespace; the namespace's Secret needs to know the database: the connection of the
        // SQLite file is fixed (claim name, mount path), so it is known before the claim exists.
        DatabaseConnection connection = turso.<DatabaseConnection>map(t -> new DatabaseConnection.Turso(t.url, t.token))
                .orElseGet(() -> new DatabaseConnection.Sqlite(SqliteVolume.CLAIM_NAME,
                        local.dataVolume().orElseThrow().singleNode()));

        var namespace = new AppNamespace("app", AppNamespaceArgs.from(config, connection), inCluster);
        var afterNamespace = ComponentResourceOptions.builder()
                .providers(cluster.kubernetesProvider).dependsOn(namespace).build();
        Optional<SqliteVolume> volume = local.dataVolume().map(v -> new SqliteVolume("database",
                new SqliteVolume.Args(config.app().namespace(), config.environment(), v), afterNamespace));
        local.monitoring().ifPresent(m -> new Monitoring("monitoring", new MonitoringArgs(m.chartVersion(),
                m.retention(), m.storage().text(), m.alerts(), config.app().namespace(), BackendWorkload.NAME), afterNamespace));

        var app = defineApp(config, cluster.kubernetesProvider, namespace, connection, Output.of(local.imageRegistry()),
                Output.of(local.podCidr()), local.ingressNamespace(), local.ingressClass(), Optional.empty(),
                volume.map(v -> (Resource) v));

        ctx.export("appUrl", Output.of("http://" + config.domain()));
        ctx.export("apiUrl", Output.of("http://api." + config.domain()));
        ctx.export("target", Output.of(config.target().key()));
        ctx.export("kubeContext", cluster.context);
        ctx.export("namespace", Output.of(config.app().namespace()));
        ctx.export("registryUrl", Output.of(local.imageRegistry()));
        turso.ifPresent(t -> ctx.export("tursoDatabaseUrl", t.url));
        volume.ifPresent(v -> ctx.export("dataVolumeClaim", v.claimName));
        exportCommon(ctx, config, app);
    }

    /** The workloads both targets share. */
    private record App(BackendWorkload backend, FrontendWorkload frontend) { }

    private static App defineApp(StackConfig config, Provider provider, AppNamespace namespace,
                                 DatabaseConnection connection, Output<String> registryUrl, Output<String> podCidr,
                                 String ingressNamespace, Optional<String> ingressClass, Optional<String> tlsSecret,
                                 Optional<Resource> dataVolume) {
        var afterNamespace = ComponentResourceOptions.builder().providers(provider).dependsOn(namespace).build();
        List<Resource> beforeBackend = new ArrayList<>(List.of(namespace));
        dataVolume.ifPresent(beforeBackend::add);
        var afterData = ComponentResourceOptions.builder().providers(provider).dependsOn(beforeBackend).build();
        String ns = config.app().namespace();

        new NetworkPolicies("network-policies", new NetworkPoliciesArgs(ns, ingressNamespace,
                Monitoring.NAMESPACE, new NetworkPolicyRules.Ports(config.backend().httpPort(),
                config.backend().metricsPort(), config.frontend().port())), afterNamespace);

        Output<String> backendImage = registryUrl.applyValue(r -> r + "/sql-studio-backend:" + config.app().imageTag());
        Output<String> frontendImage = registryUrl.applyValue(r -> r + "/sql-studio-frontend:" + config.app().imageTag());
        var secrets = config.secrets();
        var backend = new BackendWorkload("backend", new BackendWorkloadArgs(ns, config.environment(), config.domain(),
                backendImage, config.backend(), config.migration(), config.app(), podCidr, connection,
                config.scheme(), secrets.jwtSecretPrevious().isPresent(), secrets.resendApiKey().isPresent()), afterData);
        var frontend = new FrontendWorkload("frontend", new FrontendWorkloadArgs(ns, config.environment(),
                frontendImage, config.frontend(), config.app()), afterNamespace);

        new AppIngress("routes", new AppIngressArgs(ns, config.domain(), config.environment(), config.ingress(),
                config.backend().httpPort(), ingressClass, tlsSecret), afterNamespace);
        return new App(backend, frontend);
    }

    private static App defineApp(StackConfig config, Provider provider, AppNamespace namespace,
                                 DatabaseConnection connection, Output<String> registryUrl, Output<String> podCidr,
                                 String ingressNamespace, Optional<String> ingressClass, Optional<String> tlsSecret) {
        return defineApp(config, provider, namespace, connection, registryUrl, podCidr, ingressNamespace, ingressClass,
                tlsSecret, Optional.empty());
    }

    private static void exportCommon(Context ctx, StackConfig config, App app) {
        ctx.export("backendImage", app.backend().image);
        ctx.export("frontendImage", app.frontend().image);
        ctx.export("imageTag", Output.of(config.app().imageTag()));
        config.expiresAt().ifPresent(at -> ctx.export("expiresAt", Output.of(at.toString())));
    }
}
