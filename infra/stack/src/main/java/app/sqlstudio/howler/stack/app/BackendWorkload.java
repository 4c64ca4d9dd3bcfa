package app.sqlstudio.howler.stack.app;

import static app.sqlstudio.howler.stack.kubernetes.PodHardening.containerSecurity;
import static app.sqlstudio.howler.stack.kubernetes.PodHardening.httpProbe;
import static app.sqlstudio.howler.stack.kubernetes.PodHardening.podSecurity;
import static app.sqlstudio.howler.stack.kubernetes.PodHardening.port;
import static app.sqlstudio.howler.stack.kubernetes.PodHardening.resources;
import static app.sqlstudio.howler.stack.kubernetes.PodHardening.scratch;

import app.sqlstudio.howler.stack.config.StackConfig;
import app.sqlstudio.howler.stack.data.DatabaseConnection;
import app.sqlstudio.howler.stack.kubernetes.Availability;
import app.sqlstudio.howler.stack.kubernetes.FieldOwnership;
import app.sqlstudio.howler.stack.kubernetes.Labels;
import com.pulumi.core.Either;
import com.pulumi.core.Output;
import com.pulumi.kubernetes.apps.v1.Deployment;
import com.pulumi.kubernetes.apps.v1.DeploymentArgs;
import com.pulumi.kubernetes.apps.v1.inputs.DeploymentSpecArgs;
import com.pulumi.kubernetes.autoscaling.v2.HorizontalPodAutoscaler;
import com.pulumi.kubernetes.autoscaling.v2.HorizontalPodAutoscalerArgs;
import com.pulumi.kubernetes.autoscaling.v2.inputs.CrossVersionObjectReferenceArgs;
import com.pulumi.kubernetes.autoscaling.v2.inputs.HPAScalingPolicyArgs;
import com.pulumi.kubernetes.autoscaling.v2.inputs.HPAScalingRulesArgs;
import com.pulumi.kubernetes.autoscaling.v2.inputs.HorizontalPodAutoscalerBehaviorArgs;
import com.pulumi.kubernetes.autoscaling.v2.inputs.HorizontalPodAutoscalerSpecArgs;
import com.pulumi.kubernetes.autoscaling.v2.inputs.MetricSpecArgs;
import com.pulumi.kubernetes.autoscaling.v2.inputs.MetricTargetArgs;
import com.pulumi.kubernetes.autoscaling.v2.inputs.ResourceMetricSourceArgs;
import com.pulumi.kubernetes.batch.v1.Job;
import com.pulumi.kubernetes.batch.v1.JobArgs;
import com.pulumi.kubernetes.batch.v1.inputs.JobSpecArgs;
import com.pulumi.kubernetes.core.v1.Service;
import com.pulumi.kubernetes.core.v1.ServiceArgs;
import com.pulumi.kubernetes.core.v1.inputs.AffinityArgs;
import com.pulumi.kubernetes.core.v1.inputs.ContainerArgs;
import com.pulumi.kubernetes.core.v1.inputs.EnvVarArgs;
import com.pulumi.kubernetes.core.v1.inputs.ExecActionArgs;
import com.pulumi.kubernetes.core.v1.inputs.LifecycleArgs;
import com.pulumi.kubernetes.core.v1.inputs.LifecycleHandlerArgs;
import com.pulumi.kubernetes.core.v1.inputs.PersistentVolumeClaimVolumeSourceArgs;
import com.pulumi.kubernetes.core.v1.inputs.PodAffinityArgs;
import com.pulumi.kubernetes.core.v1.inputs.PodAffinityTermArgs;
import com.pulumi.kubernetes.core.v1.inputs.PodAntiAffinityArgs;
import com.pulumi.kubernetes.core.v1.inputs.PodSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.PodTemplateSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.SecretVolumeSourceArgs;
import com.pulumi.kubernetes.core.v1.inputs.ServicePortArgs;
import com.pulumi.kubernetes.core.v1.inputs.ServiceSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.TopologySpreadConstraintArgs;
import com.pulumi.kubernetes.core.v1.inputs.VolumeArgs;
import com.pulumi.kubernetes.core.v1.inputs.VolumeMountArgs;
import com.pulumi.kubernetes.core.v1.inputs.WeightedPodAffinityTermArgs;
import com.pulumi.kubernetes.meta.v1.inputs.LabelSelectorArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.kubernetes.policy.v1.PodDisruptionBudget;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed's "Backend Service" and "Backend Deployment": the Javalin API behind a ClusterIP Service, scaled 2–10 by
 * an HPA with the seed's behaviour, kept available through node drains by a PDB, and preceded on every release by a
 * Job that runs the service's own {@code migrate} command (unless {@code howler:runMigrations} is false).
 */
public final class BackendWorkload extends ComponentResource {

    public static final String NAME = "sql-studio-backend";
    public static final int UID = 1001;
    static final String SECRETS_DIR = "/var/run/secrets/sql-studio";

    public final Output<String> deploymentName;
    public final Output<String> serviceName;
    public final Output<Integer> httpPort;
    public final Output<String> image;

    public BackendWorkload(String name, BackendWorkloadArgs args, ComponentResourceOptions opts) {
        super("howler:infra:BackendWorkload", name, opts);
        var cfg = args.backend();
        var selector = Labels.selector("backend", "api");
        var labels = Labels.of("backend", "api", args.environment());

        // Without migrations (howler:runMigrations false) the rollout simply does not wait for a Job.
        Job migrate = !args.migration().run() ? null : new Job(name + "-migrate", JobArgs.builder()
                .metadata(ObjectMetaArgs.builder()
                        // One Job per image: a new release runs its migrations once; the Job of the last release
                        // stays until ttlSecondsAfterFinished so its logs can be read.
                        .name(args.image().applyValue(img -> "sql-studio-migrate-" + jobSuffix(img)))
                        .namespace(args.namespace())
                        .labels(Labels.of("backend", "migration", args.environment()))
                        .annotations(FieldOwnership.annotations())
                        .build())
                .spec(JobSpecArgs.builder()
                        .backoffLimit(args.migration().backoffLimit())
                        .ttlSecondsAfterFinished(args.migration().ttlSecondsAfterFinished())
                        .template(PodTemplateSpecArgs.builder()
                                .metadata(ObjectMetaArgs.builder()
                                        .labels(podLabels(Labels.of("backend", "migration", args.environment()), args)).build())
                                .spec(PodSpecArgs.builder()
                                        .serviceAccountName(AppNamespace.BACKEND_ACCOUNT)
                                        .automountServiceAccountToken(false)
                                        .restartPolicy("Never")
                                        .affinity(onDataNode(args).map(Output::of).orElse(null))
                                        .securityContext(podSecurity(UID))
                                        .containers(ContainerArgs.builder()
                                                .name("migrate")
                                                .image(args.image())
                                                .args("migrate")
                                                .env(environment(args))
                                                .resources(resources(args.migration().resources()))
                                                .securityContext(containerSecurity(UID))
                                                .volumeMounts(mounts(args))
                                                .build())
                                        .volumes(volumes(cfg.tmpSizeLimit().text(), args))
                                        .build())
                                .build())
                        .build())
                .build(), CustomResourceOptions.builder().parent(this).build());

        var deployment = new Deployment(name + "-deployment", DeploymentArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(NAME).namespace(args.namespace()).labels(labels)
                        .annotations(FieldOwnership.annotations()).build())
                .spec(DeploymentSpecArgs.builder()
                        .replicas(cfg.replicasMin())
                        .revisionHistoryLimit(10)
                        .selector(LabelSelectorArgs.builder().matchLabels(selector).build())
                        .strategy(Availability.rollout(args.app()))
                        .template(PodTemplateSpecArgs.builder()
                                .metadata(ObjectMetaArgs.builder()
                                        .labels(podLabels(labels, args))
                                        .annotations(Map.of(
                                                "prometheus.io/scrape", "true",
                                                "prometheus.io/port", String.valueOf(cfg.metricsPort()),
                                                "prometheus.io/path", "/metrics"))
                                        .build())
                                .spec(PodSpecArgs.builder()
                                        .serviceAccountName(AppNamespace.BACKEND_ACCOUNT)
                                        .automountServiceAccountToken(false)
                                        .enableServiceLinks(false)
                                        .securityContext(podSecurity(UID))
                                        .terminationGracePeriodSeconds(args.app().terminationGracePeriodSeconds())
                                        .topologySpreadConstraints(onDataNode(args).isPresent() ? List.of() : List.of(acrossZones(selector)))
                                        .affinity(onDataNode(args).orElseGet(() -> antiAffinity(selector)))
                                        .containers(ContainerArgs.builder()
                                                .name("backend")
                                                .image(args.image())
                                                .imagePullPolicy("IfNotPresent")
                                                .args("serve")
                                                .ports(port("http", cfg.httpPort()), port("metrics", cfg.metricsPort()))
                                                .env(environment(args))
                                                .resources(resources(cfg.resources()))
                                                .startupProbe(httpProbe("/health", "http", 5, 3, 24))
                                                .livenessProbe(httpProbe("/health", "http", 10, 5, 3))
                                                .readinessProbe(httpProbe("/health/ready", "http", 5, 3, 2))
                                                // Endpoints are removed asynchronously: keep serving for a moment
                                                // after SIGTERM is due, so no request reaches a stopped JVM.
                                                .lifecycle(LifecycleArgs.builder().preStop(LifecycleHandlerArgs.builder()
                                                        .exec(ExecActionArgs.builder().command("sleep",
                                                                String.valueOf(args.app().preStopSeconds())).build())
                                                        .build()).build())
                                                .securityContext(containerSecurity(UID))
                                                .volumeMounts(mounts(args))
                                                .build())
                                        .volumes(volumes(cfg.tmpSizeLimit().text(), args))
                                        .build())
                                .build())
                        .build())
                .build(), CustomResourceOptions.builder().parent(this)
                .dependsOn(migrate == null ? List.of() : List.of(migrate))
                // The HPA owns the replica count once it runs; re-applying the minimum would scale a busy service down.
                .ignoreChanges("spec.replicas").build());

        var service = new Service(name + "-service", ServiceArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(NAME).namespace(args.namespace()).labels(labels)
                        .annotations(FieldOwnership.annotations()).build())
                .spec(ServiceSpecArgs.builder()
                        .type("ClusterIP")
                        .selector(selector)
                        .ports(
                                ServicePortArgs.builder().name("http").port(cfg.httpPort())
                                        .targetPort(Either.ofRight("http")).protocol("TCP").build(),
                                ServicePortArgs.builder().name("metrics").port(cfg.metricsPort())
                                        .targetPort(Either.ofRight("metrics")).protocol("TCP").build())
                        .build())
                .build(), CustomResourceOptions.builder().parent(this).build());

        new HorizontalPodAutoscaler(name + "-hpa", HorizontalPodAutoscalerArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(NAME).namespace(args.namespace()).labels(labels)
                        .annotations(FieldOwnership.annotations()).build())
                .spec(HorizontalPodAutoscalerSpecArgs.builder()
                        .scaleTargetRef(CrossVersionObjectReferenceArgs.builder()
                                .apiVersion("apps/v1").kind("Deployment").name(NAME).build())
                        .minReplicas(cfg.replicasMin())
                        .maxReplicas(cfg.replicasMax())
                        .metrics(utilization("cpu", cfg.cpuTargetPercent()),
                                utilization("memory", cfg.memoryTargetPercent()))
                        .behavior(HorizontalPodAutoscalerBehaviorArgs.builder()
                                .scaleUp(HPAScalingRulesArgs.builder()
                                        .stabilizationWindowSeconds(0)
                                        .selectPolicy("Max")
                                        .policies(
                                                policy("Percent", cfg.scaleUpPercent(), cfg.scaleUpPeriodSeconds()),
                                                policy("Pods", cfg.scaleUpPods(), cfg.scaleUpPeriodSeconds()))
                                        .build())
                                .scaleDown(HPAScalingRulesArgs.builder()
                                        .stabilizationWindowSeconds(cfg.scaleDownWindowSeconds())
                                        .selectPolicy("Min")
                                        .policies(
                                                policy("Percent", cfg.scaleDownPercent(), cfg.scaleDownPeriodSeconds()),
                                                policy("Pods", cfg.scaleDownPods(), cfg.scaleDownPeriodSeconds()))
                                        .build())
                                .build())
                        .build())
                .build(), CustomResourceOptions.builder().parent(this).dependsOn(deployment).build());

        new PodDisruptionBudget(name + "-pdb", Availability.disruptionBudget(NAME, args.namespace(), labels, selector, args.app()), CustomResourceOptions.builder().parent(this).build());

        this.deploymentName = deployment.metadata().applyValue(m -> m.name().orElse(NAME));
        this.serviceName = service.metadata().applyValue(m -> m.name().orElse(NAME));
        this.httpPort = Output.of(cfg.httpPort());
        this.image = args.image();
        registerOutputs(Map.of("deploymentName", deploymentName, "serviceName", serviceName,
                "httpPort", httpPort, "image", image));
    }

    /** The service reads every secret from a file (docs/api.md), so the Secret is mounted, never put in env vars. */
    static List<EnvVarArgs> environment(BackendWorkloadArgs args) {
        var cfg = args.backend();
        Map<String, Output<String>> env = new LinkedHashMap<>();
        env.put("ENVIRONMENT", Output.of(args.environment()));
        env.put("SERVER_HTTP_PORT", Output.of(String.valueOf(cfg.httpPort())));
        env.put("SERVER_METRICS_PORT", Output.of(String.valueOf(cfg.metricsPort())));
        env.put("LOG_FORMAT", Output.of("json"));
        if (args.database() instanceof DatabaseConnection.Turso turso) {
            env.put("TURSO_URL", turso.url());
            env.put("TURSO_AUTH_TOKEN_FILE", Output.of(SECRETS_DIR + "/turso-auth-token"));
        } else if (args.database() instanceof DatabaseConnection.Sqlite sqlite) {
            // the service's embedded mode: one file, WAL, shared by every process on the node
            env.put("TURSO_URL", Output.of(sqlite.url()));
        }
        env.put("JWT_SECRET_FILE", Output.of(SECRETS_DIR + "/jwt-secret"));
        if (args.hasPreviousJwtSecret()) {
            env.put("JWT_SECRET_PREVIOUS_FILE", Output.of(SECRETS_DIR + "/jwt-secret-previous"));
        }
        if (args.hasResendApiKey()) {
            env.put("RESEND_API_KEY_FILE", Output.of(SECRETS_DIR + "/resend-api-key"));
        }
        env.put("SHUTDOWN_DELAY", Output.of(SHUTDOWN_DELAY_SECONDS + "s"));
        env.put("SHUTDOWN_TIMEOUT", Output.of(shutdownTimeoutSeconds(args.app()) + "s"));
        String origin = args.scheme() + "://";
        env.put("CORS_ALLOWED_ORIGINS", Output.of(origin + args.domain() + "," + origin + "www." + args.domain()));
        env.put("TRUSTED_PROXIES", args.trustedProxies());
        List<EnvVarArgs> vars = new ArrayList<>();
        env.forEach((k, v) -> vars.add(EnvVarArgs.builder().name(k).value(v).build()));
        return vars;
    }

    /** How long readiness answers 503 after SIGTERM before the listener closes (the service's own default). */
    static final int SHUTDOWN_DELAY_SECONDS = 3;
    /** Left for the JVM to close the database and exit after the in-flight requests are done. */
    static final int EXIT_MARGIN_SECONDS = 2;

    /**
     * The service's graceful-stop budget for in-flight requests. Kubernetes counts the preStop hook against the grace
     * period, so after SIGTERM only grace − preStop is left, and it must hold the readiness delay, the drain and the
     * exit: the service's default (25 s) would overrun prod's 30 − 5 s and the kubelet's SIGKILL would cut the
     * slowest requests and skip closing the database.
     */
    static int shutdownTimeoutSeconds(StackConfig.App app) {
        return Math.max(1, app.terminationGracePeriodSeconds() - app.preStopSeconds() - SHUTDOWN_DELAY_SECONDS
                - EXIT_MARGIN_SECONDS);
    }

    private static List<VolumeMountArgs> mounts(BackendWorkloadArgs args) {
        List<VolumeMountArgs> mounts = new ArrayList<>(List.of(
                VolumeMountArgs.builder().name("secrets").mountPath(SECRETS_DIR).readOnly(true).build(),
                VolumeMountArgs.builder().name("tmp").mountPath("/tmp").build()));
        if (args.database() instanceof DatabaseConnection.Sqlite) {
            mounts.add(VolumeMountArgs.builder().name("data").mountPath(DatabaseConnection.Sqlite.MOUNT_PATH).build());
        }
        return mounts;
    }

    private static List<VolumeArgs> volumes(String tmpSize, BackendWorkloadArgs args) {
        List<VolumeArgs> volumes = new ArrayList<>(List.of(
                VolumeArgs.builder().name("secrets").secret(SecretVolumeSourceArgs.builder()
                        .secretName(AppNamespace.SECRET_NAME).defaultMode(0440).build()).build(),
                scratch("tmp", tmpSize)));
        if (args.database() instanceof DatabaseConnection.Sqlite sqlite) {
            volumes.add(VolumeArgs.builder().name("data").persistentVolumeClaim(
                    PersistentVolumeClaimVolumeSourceArgs.builder().claimName(sqlite.claimName()).build()).build());
        }
        return volumes;
    }

    /** Marks the pods that open the SQLite file, so {@link #onDataNode} can gather them on one node. */
    static final String DATA_LABEL = "howler.sql-studio.app/data";

    private static Map<String, String> podLabels(Map<String, String> labels, BackendWorkloadArgs args) {
        if (!(args.database() instanceof DatabaseConnection.Sqlite sqlite)) {
            return labels;
        }
        Map<String, String> withData = new LinkedHashMap<>(labels);
        withData.put(DATA_LABEL, sqlite.claimName());
        return withData;
    }

    /**
     * A ReadWriteOnce volume is attached to one node at a time, and SQLite's locks only hold within one kernel: every
     * pod that opens the file (the migration Job's and each replica) must run on the same node. A required pod affinity
     * to the other such pods does it; the first of them may go anywhere (a pod matching its own term is exempt while
     * none runs), the rest follow. On a ReadWriteMany volume the replicas spread as usual.
     */
    static java.util.Optional<AffinityArgs> onDataNode(BackendWorkloadArgs args) {
        if (!(args.database() instanceof DatabaseConnection.Sqlite sqlite) || !sqlite.singleNode()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(AffinityArgs.builder().podAffinity(PodAffinityArgs.builder()
                .requiredDuringSchedulingIgnoredDuringExecution(PodAffinityTermArgs.builder()
                        .topologyKey("kubernetes.io/hostname")
                        .labelSelector(LabelSelectorArgs.builder().matchLabels(Map.of(DATA_LABEL, sqlite.claimName())).build())
                        .build())
                .build()).build());
    }

    /** Replicas spread over the zones when the cluster is regional; never blocks scheduling on a one-zone cluster. */
    static TopologySpreadConstraintArgs acrossZones(Map<String, String> selector) {
        return TopologySpreadConstraintArgs.builder()
                .maxSkew(1)
                .topologyKey("topology.kubernetes.io/zone")
                .whenUnsatisfiable("ScheduleAnyway")
                .labelSelector(LabelSelectorArgs.builder().matchLabels(selector).build())
                .build();
    }

    static AffinityArgs antiAffinity(Map<String, String> selector) {
        return AffinityArgs.builder().podAntiAffinity(PodAntiAffinityArgs.builder()
                .preferredDuringSchedulingIgnoredDuringExecution(WeightedPodAffinityTermArgs.builder()
                        .weight(100)
                        .podAffinityTerm(PodAffinityTermArgs.builder()
                                .topologyKey("kubernetes.io/hostname")
                                .labelSelector(LabelSelectorArgs.builder().matchLabels(selector).build())
                                .build())
                        .build())
                .build()).build();
    }

    private static MetricSpecArgs utilization(String resource, int percent) {
        return MetricSpecArgs.builder().type("Resource").resource(ResourceMetricSourceArgs.builder()
                .name(resource)
                .target(MetricTargetArgs.builder().type("Utilization").averageUtilization(percent).build())
                .build()).build();
    }

    private static HPAScalingPolicyArgs policy(String type, int value, int periodSeconds) {
        return HPAScalingPolicyArgs.builder().type(type).value(value).periodSeconds(periodSeconds).build();
    }

    /** A DNS-label-safe suffix naming the image version: the tag, or the start of the digest. */
    static String jobSuffix(String image) {
        String version = image.contains("@sha256:") ? image.substring(image.indexOf("@sha256:") + 8, image.indexOf("@sha256:") + 20)
                : image.substring(image.lastIndexOf(':') + 1);
        String safe = version.toLowerCase().replaceAll("[^a-z0-9-]", "-").replaceAll("^-+|-+$", "");
        return safe.length() > 40 ? safe.substring(0, 40) : safe;
    }
}
