package app.sqlstudio.howler.stack.config;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The whole configuration of one stack, typed and validated. Every number the program uses comes from here, and
 * every value here comes from {@code Pulumi.<stack>.yaml} (namespace {@code howler:}, plus the providers' keys);
 * nothing has a default buried in code.
 */
public record StackConfig(
        String stackName,
        Target target,
        String environment,
        String domain,
        boolean protect,
        Optional<Instant> expiresAt,
        BigDecimal monthlyBudget,
        Optional<String> tursoPlan,
        Optional<String> cloudflarePlan,
        Optional<Gcp> gcp,
        Optional<Cluster> cluster,
        Optional<Addons> addons,
        Ingress ingress,
        App app,
        Backend backend,
        Frontend frontend,
        Migration migration,
        NamespaceLimits limits,
        Optional<Edge> edge,
        Optional<Turso> turso,
        Secrets secrets,
        Optional<String> sharedCluster,
        Optional<Local> local) {

    /**
     * Where the stack runs ({@code howler:target}). {@code gke}: a GKE cluster of its own (or a namespace of another
     * stack's, {@code howler:sharedCluster}) behind Cloudflare, with the database at Turso. {@code local}: an existing
     * cluster reached through a kubeconfig (kind, minikube, k3d, a shared dev cluster), with no cloud resource at all.
     * A stack file without the key is a {@code gke} stack, as every stack was before the key existed.
     */
    public enum Target {
        GKE, LOCAL;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Target read(ConfigReader r) {
            return r.optionalOneOf("target", Set.of("gke", "local"), "local")
                    .map(t -> Target.valueOf(t.toUpperCase(java.util.Locale.ROOT))).orElse(GKE);
        }
    }

    /** Where a local stack's data lives ({@code howler:database}). */
    public enum Database { SQLITE, TURSO }

    /**
     * A stack on an existing cluster ({@code howler:target: local}).
     *
     * @param kubeconfig       absolute path of the kubeconfig file the Kubernetes provider reads at run time; its
     *                         contents never enter the stack's config or state
     * @param kubeContext      the context of that file to use; its current context when empty
     * @param imageRegistry    prefix of both images ({@code <registry>/sql-studio-backend:<tag>})
     * @param podCidr          the cluster's pod range: the ingress controller's peers the backend trusts for client IPs
     * @param ingressClass     the IngressClass of the app's Ingress; the cluster's default class when empty
     * @param ingressNamespace namespace of the ingress controller, the only one allowed to reach the workloads
     * @param database         SQLite on a volume, or Turso ({@code turso*} keys then apply as on gke)
     * @param dataVolume       the SQLite file's volume (present with {@link Database#SQLITE})
     * @param monitoring       kube-prometheus-stack with the app's ServiceMonitor, alerts and dashboard, when
     *                         {@code howler:monitoring} is true (a Helm release: the cluster needs internet access)
     */
    public record Local(String kubeconfig, Optional<String> kubeContext, String imageRegistry, String podCidr,
                        Optional<String> ingressClass, String ingressNamespace, Database database,
                        Optional<DataVolume> dataVolume, Optional<MonitoringStack> monitoring) { }

    /** kube-prometheus-stack and the app's alerts: part of a gke stack's add-ons, on a local stack only when asked. */
    public record MonitoringStack(String chartVersion, String retention, Quantity storage, Alerts alerts) { }

    /**
     * The PersistentVolumeClaim holding the embedded SQLite file.
     *
     * @param storageClass the claim's StorageClass; the cluster's default class when empty
     * @param accessMode   {@code ReadWriteOnce}: every pod using the file is scheduled on one node (pod affinity);
     *                     {@code ReadWriteMany}: the pods may spread, the storage must support shared files with locks
     * @param protect      Pulumi {@code protect} on the claim: a destroy stops before deleting the data
     */
    public record DataVolume(Optional<String> storageClass, Quantity size, String accessMode, boolean protect) {
        public boolean singleNode() {
            return accessMode.equals("ReadWriteOnce");
        }
    }

    /** Keys whose values are secrets: the plan shows them as {@code [secret]} and never needs their real values. */
    public static final List<String> SECRET_KEYS = List.of(
            "howler:jwtSecret", "howler:jwtSecretPrevious", "howler:resendApiKey", "cloudflare:apiToken",
            "turso:apiToken");

    /** Keys that must be set as secrets for a gke stack to validate. */
    public static final List<String> REQUIRED_SECRET_KEYS = List.of(
            "howler:jwtSecret", "cloudflare:apiToken", "turso:apiToken");

    /**
     * The secrets {@code target} requires: a local stack has no Cloudflare provider, and needs Turso's token only when
     * its database is at Turso ({@code howler:database: turso}).
     */
    public static List<String> requiredSecretKeys(Map<String, String> values) {
        if (!"local".equals(values.get("howler:target"))) {
            return REQUIRED_SECRET_KEYS;
        }
        return "turso".equals(values.get("howler:database"))
                ? List.of("howler:jwtSecret", "turso:apiToken") : List.of("howler:jwtSecret");
    }

    /** Counting periods and mitigation timeouts Cloudflare accepts for a rate limiting rule, in seconds. */
    public static final SortedSet<Integer> CLOUDFLARE_RATE_LIMIT_PERIODS = new TreeSet<>(List.of(
            10, 15, 20, 30, 40, 45, 60, 90, 120, 180, 240, 300, 480, 600, 900, 1200, 1800, 2400, 3600, 65535, 86400));

    public record Gcp(String project, String region) { }

    /** GKE cluster and its node pool. A location that is a region makes a regional (multi-zone) cluster. */
    public record Cluster(String name, String location, String releaseChannel, String machineType, int nodeMinCount,
                          int nodeMaxCount, int nodeDiskSizeGb, int kmsKeyRotationDays, String artifactRepository) {
        public boolean regional() {
            return !location.matches(".*-[a-z]$");
        }
    }

    /** Helm chart versions and add-on settings. */
    public record Addons(String ingressNginxChartVersion, String certManagerChartVersion,
                         String kubePrometheusStackChartVersion, String acmeEmail, String certificateIssuer,
                         String certificateDuration, String certificateRenewBefore, boolean monitoring,
                         String prometheusRetention, Quantity prometheusStorage, Alerts alerts) { }

    /** Thresholds of the seed's alerts ("Critical Alerts" and "Warning Alerts"). */
    public record Alerts(int podNotReadyMinutes, BigDecimal errorRatePercent, BigDecimal latencyP95Seconds,
                         int certificateExpiryDays, int cpuPercent, int memoryPercent,
                         BigDecimal slowQuerySeconds) { }

    /** ingress-nginx controller settings and the app Ingress' annotations. */
    public record Ingress(int hstsMaxAgeSeconds, int rateLimitRps, int rateLimitConnections, int rateLimitRpm, String proxyBodySize,
                          int connectTimeoutSeconds, int readTimeoutSeconds, int sendTimeoutSeconds, int controllerReplicas) { }

    /** The app's namespace and image, and how both workloads roll out and survive drains (seed: surge 1, unavailable 0). */
    public record App(String namespace, String imageTag, int terminationGracePeriodSeconds, int preStopSeconds,
                      int rolloutMaxSurge, int rolloutMaxUnavailable, int pdbMinAvailable) { }

    public record Resources(Quantity cpuRequest, Quantity memoryRequest, Quantity cpuLimit, Quantity memoryLimit) { }

    /** The API Deployment and its HPA: replicas, targets and scaling behaviour. */
    public record Backend(Resources resources, int httpPort, int metricsPort, int replicasMin, int replicasMax,
                          int cpuTargetPercent, int memoryTargetPercent, int scaleUpPercent, int scaleUpPods,
                          int scaleUpPeriodSeconds, int scaleDownWindowSeconds, int scaleDownPercent,
                          int scaleDownPods, int scaleDownPeriodSeconds, Quantity tmpSizeLimit) { }

    public record Frontend(Resources resources, int port, int replicas, int terminationGracePeriodSeconds) { }

    /**
     * The Job that runs the service's {@code migrate} command before each rollout. {@code run} false leaves it out
     * (a deploy that must not touch the schema: the deploy workflow's {@code skip_migrations}).
     */
    public record Migration(boolean run, Resources resources, int backoffLimit, int ttlSecondsAfterFinished) { }

    /** ResourceQuota and LimitRange of the application namespace. */
    public record NamespaceLimits(Quantity quotaRequestsCpu, Quantity quotaRequestsMemory, Quantity quotaLimitsCpu,
                                  Quantity quotaLimitsMemory, int quotaPods, Quantity minCpu, Quantity minMemory,
                                  Quantity maxCpu, Quantity maxMemory, Quantity defaultCpuRequest,
                                  Quantity defaultMemoryRequest, Quantity defaultCpuLimit,
                                  Quantity defaultMemoryLimit, BigDecimal maxCpuLimitRequestRatio,
                                  BigDecimal maxMemoryLimitRequestRatio, Quantity quotaRequestsStorage,
                                  int quotaPersistentVolumeClaims, int quotaServices, int quotaConfigMaps, int quotaSecrets,
                                  int quotaReplicationControllers, int quotaLoadBalancers, int quotaNodePorts,
                                  Quantity podMaxCpu, Quantity podMaxMemory, Quantity podMinCpu, Quantity podMinMemory,
                                  Quantity pvcMaxStorage, Quantity pvcMinStorage) { }

    /**
     * The Cloudflare zone in front of the stack and every number of its edge rules (docs/architecture.md "Edge"). The HSTS
     * max-age is not here: the edge and ingress-nginx send the same one, {@link Ingress#hstsMaxAgeSeconds()}.
     *
     * @param zone                  name of the Cloudflare zone: howler:domain itself, or a parent of it for stacks
     *                              that only publish records in another stack's zone (ephemeral ones)
     * @param zoneId                that zone's id (32 hex digits)
     * @param dnsTtl                TTL of the records; 1 means automatic (what Cloudflare uses for proxied records)
     * @param minTlsVersion         lowest TLS version the edge accepts, "1.2" or "1.3"
     * @param assetsCacheSeconds    edge and browser TTL of {@code /assets/*} and fonts (content-hashed, so long)
     * @param imagesCacheSeconds    edge and browser TTL of images
     * @param loginRateLimit        POSTs to the login path per client IP before it is blocked
     * @param loginBlockSeconds     how long a client over the login limit stays blocked
     * @param apiRateLimit          mutating API requests per client IP before a managed challenge
     * @param redirectStatusCode    status of the www → apex redirect
     */
    public record Edge(String zone, String zoneId, int dnsTtl, String minTlsVersion, int assetsCacheSeconds,
                       int imagesCacheSeconds, RateLimit loginRateLimit, int loginBlockSeconds, RateLimit apiRateLimit,
                       int redirectStatusCode) { }

    /** A request budget per client: {@code requests} within {@code periodSeconds}. */
    public record RateLimit(int requests, int periodSeconds) { }

    /**
     * The Turso organization, the stack's group and database, and its auth token's lifetime. With
     * {@code sharedGroup} set (ephemeral stacks: {@code dev}) the stack creates no group and puts its database in
     * that existing one, so short-lived stacks never create or destroy a group; {@code group}, the locations and the
     * replicas then describe prod's group and are not used.
     *
     * <p>After {@code howler db restore}, {@code databaseName} is the restored database (created outside Pulumi, so
     * the program imports it) and {@code restoredFrom} the one it replaced, still declared and protected so nothing
     * deletes it before {@code howler db restore --finalize}. {@code finalizingRestore} is set by that command alone,
     * between its two updates: the replaced database is then declared unprotected so the second update may delete it.
     */
    public record Turso(String organization, String group, String primaryLocation, List<String> replicaLocations,
                        String databaseName, int tokenExpirationDays, Optional<String> sharedGroup,
                        Optional<String> restoredFrom, boolean finalizingRestore, Optional<String> seedFrom) { }

    /**
     * Application and provider secrets, and the rotation dates of the two the seed rotates every 90 days (the JWT
     * secret and the Turso database token, which the stack mints itself).
     */
    public record Secrets(SecretValue jwtSecret, Optional<SecretValue> jwtSecretPrevious, LocalDate jwtSecretRotatedAt,
                          Optional<LocalDate> tursoTokenRotatedAt, Optional<SecretValue> resendApiKey,
                          Optional<SecretValue> cloudflareApiToken, Optional<SecretValue> tursoApiToken, int maxAgeDays) { }

    private static final Pattern DOMAIN = Pattern.compile("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");
    private static final Pattern DNS_LABEL = Pattern.compile("^[a-z]([a-z0-9-]{0,38}[a-z0-9])?$");
    /** A Pulumi stack name, optionally qualified by organization and project. */
    private static final Pattern STACK_REFERENCE = Pattern.compile("^([A-Za-z0-9_.-]{1,100}/){0,2}[a-z][a-z0-9-]{0,29}$");
    private static final Pattern KUBE_CONTEXT = Pattern.compile("^[A-Za-z0-9@_.:/-]{1,253}$");
    private static final Pattern IMAGE_REGISTRY = Pattern.compile("^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]{1,5})?(/[a-z0-9._-]+)*$");
    private static final Pattern CIDR = Pattern.compile("^([0-9]{1,3}\\.){3}[0-9]{1,3}/[0-9]{1,2}$");
    private static final Pattern DNS_SUBDOMAIN = Pattern.compile("^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$");
    private static final Pattern GCP_PROJECT = Pattern.compile("^[a-z][a-z0-9-]{4,28}[a-z0-9]$");
    private static final Pattern GCP_REGION = Pattern.compile("^[a-z]+-[a-z]+[0-9]$");
    private static final Pattern GCP_LOCATION = Pattern.compile("^[a-z]+-[a-z]+[0-9](-[a-z])?$");
    private static final Pattern CHART_VERSION = Pattern.compile("^v?[0-9]+\\.[0-9]+\\.[0-9]+$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern HOURS = Pattern.compile("^[0-9]+h$");
    private static final Pattern DURATION = Pattern.compile("^[0-9]+[smhdwy]$");
    /**
     * Any tag Docker accepts. 'latest' is one: the mandatory policy container-image-pinned refuses it with its own
     * message and exit 1, which it could never do if the config rejected it first.
     */
    private static final Pattern IMAGE_TAG = Pattern.compile("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$");
    /** Every minimum Cloudflare accepts; below 1.2 is left to the mandatory policy cloudflare-min-tls to refuse. */
    private static final Set<String> CLOUDFLARE_TLS_VERSIONS = Set.of("1.0", "1.1", "1.2", "1.3");
    private static final Pattern MACHINE_TYPE = Pattern.compile("^[a-z][a-z0-9]*-[a-z0-9-]+$");
    private static final Pattern BODY_SIZE = Pattern.compile("^[0-9]+[kmgKMG]?$");
    private static final Pattern CLOUDFLARE_ZONE_ID = Pattern.compile("^[0-9a-f]{32}$");
    private static final Pattern TURSO_NAME = Pattern.compile("^[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?$");
    private static final Pattern TURSO_LOCATION = Pattern.compile("^[a-z]{3}$");
    /** One year: Cloudflare's longest edge TTL, and the longest cache any asset gets. */
    private static final int MAX_CACHE_SECONDS = 31_536_000;

    /**
     * Loads and validates the configuration of {@code stackName}. Throws one {@link StackConfigException} listing
     * every problem, each naming the key, the stack file and an example value.
     */
    public static StackConfig load(ConfigSource source, String stackName) {
        String stackFile = "Pulumi." + stackName + ".yaml";
        ConfigReader r = new ConfigReader(source, "howler", stackFile);

        Target target = Target.read(r);
        String environment = r.oneOf("environment", Set.of("production", "staging", "development"), "production");
        String domain = r.matching("domain", DOMAIN, "a lower-case DNS domain", "sql-studio.app");
        boolean protect = r.bool("protect", "true");
        Optional<Instant> expiresAt = r.optionalInstant("expiresAt", "2026-12-01T18:00:00Z");
        BigDecimal budget = r.decimal("monthlyBudget", "400");

        Ingress ingress = new Ingress(
                r.integer("hstsMaxAgeSeconds", 0, 63_072_000, "31536000"),
                r.integer("ingressRateLimitRps", 1, 100_000, "20"),
                r.integer("ingressRateLimitConnections", 1, 100_000, "10"),
                r.integer("ingressRateLimitRpm", 1, 6_000_000, "100"),
                r.matching("ingressProxyBodySize", BODY_SIZE, "an nginx size", "10m"),
                r.integer("ingressConnectTimeoutSeconds", 1, 3600, "10"),
                r.integer("ingressReadTimeoutSeconds", 1, 3600, "300"),
                r.integer("ingressSendTimeoutSeconds", 1, 3600, "300"),
                r.integer("ingressControllerReplicas", 1, 20, "2"));
        App app = app(r);
        Backend backend = backend(r);
        Frontend frontend = new Frontend(
                resources(r, "frontend", "50m", "128Mi", "200m", "512Mi"),
                r.integer("frontendPort", 1024, 65535, "8080"),
                r.integer("frontendReplicas", 1, 20, "2"),
                r.integer("frontendTerminationGracePeriodSeconds", 1, 600, "10"));
        Migration migration = new Migration(
                r.bool("runMigrations", "true"),
                resources(r, "migration", "100m", "128Mi", "500m", "512Mi"),
                r.integer("migrationBackoffLimit", 0, 10, "1"),
                r.integer("migrationTtlSecondsAfterFinished", 0, 604_800, "600"));
        NamespaceLimits limits = limits(r);
        SecretValue jwtSecret = r.secret("jwtSecret", 32, "a random 48-byte base64 string");
        Optional<SecretValue> jwtSecretPrevious = r.optionalSecret("jwtSecretPrevious");
        LocalDate jwtSecretRotatedAt = r.date("jwtSecretRotatedAt", "2026-11-01");
        Optional<SecretValue> resendApiKey = r.optionalSecret("resendApiKey");
        int secretMaxAgeDays = r.integer("secretMaxAgeDays", 1, 3650, "90");

        StackConfig config;
        if (target == Target.GKE) {
            GkeParts gke = gke(r, stackName, domain, expiresAt, app);
            config = new StackConfig(stackName, target, environment, domain, protect, expiresAt, budget,
                    Optional.of(gke.tursoPlan()), Optional.of(gke.cloudflarePlan()), Optional.of(gke.gcp()),
                    Optional.of(gke.cluster()), Optional.of(gke.addons()), ingress, app, backend, frontend, migration,
                    limits, Optional.of(gke.edge()), Optional.of(gke.turso()),
                    new Secrets(jwtSecret, jwtSecretPrevious, jwtSecretRotatedAt, Optional.of(gke.tursoTokenRotatedAt()),
                            resendApiKey, Optional.of(gke.cloudflareApiToken()), Optional.of(gke.tursoApiToken()),
                            secretMaxAgeDays),
                    gke.sharedCluster(), Optional.empty());
            // keys only a local stack reads: named as such rather than as unknown
            ConfigReader other = new ConfigReader(source, "howler", stackFile);
            local(other, stackName, limits);
            r.inapplicable(other.keysRead(), "is read only on howler:target local; remove it from this gke stack");
        } else {
            Local local = local(r, stackName, limits);
            Optional<TursoParts> turso = local.database() == Database.TURSO
                    ? Optional.of(tursoParts(r, stackName, expiresAt.isPresent())) : Optional.empty();
            config = new StackConfig(stackName, target, environment, domain, protect, expiresAt, budget,
                    turso.map(TursoParts::plan), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    ingress, app, backend, frontend, migration, limits, Optional.empty(), turso.map(TursoParts::turso),
                    new Secrets(jwtSecret, jwtSecretPrevious, jwtSecretRotatedAt, turso.map(TursoParts::tokenRotatedAt),
                            resendApiKey, Optional.empty(), turso.map(TursoParts::apiToken), secretMaxAgeDays),
                    Optional.empty(), Optional.of(local));
            // A local stack made from prod's file must not carry GKE, Cloudflare or add-on keys it would silently
            // ignore: each is named with the reason instead of as an unknown key.
            if (turso.isEmpty()) {
                r.inapplicable(tursoKeys(), "is read only when the data is at Turso (howler:database: turso); remove it");
            }
            ConfigReader other = new ConfigReader(source, "howler", stackFile);
            gke(other, stackName, domain, expiresAt, app);
            r.inapplicable(other.keysRead(), "is read only on howler:target gke; a local stack creates no cloud "
                    + "resources: remove it");
        }

        r.reportUnknownKeys();
        r.throwIfProblems();
        return config;
    }

    /**
     * The keys only a stack of {@code target} reads: for gke its cluster, add-on, Cloudflare and Turso keys (and the
     * providers' {@code gcp:}/{@code cloudflare:}/{@code turso:} keys); for local its cluster and volume keys.
     * {@code howler stack init --kubeconfig} drops the gke ones from the copy of prod it makes.
     */
    public static Set<String> keysOnlyReadBy(Target target) {
        Set<String> keys = new TreeSet<>(keysReadBy(target));
        keys.removeAll(keysReadBy(target == Target.GKE ? Target.LOCAL : Target.GKE));
        return keys;
    }

    /** Every key {@code target}'s own part of {@link #load} may read (the common keys excluded). */
    private static Set<String> keysReadBy(Target target) {
        ConfigReader probe = new ConfigReader(key -> Optional.empty(), "howler", "probe");
        NamespaceLimits limits = limits(probe);
        App app = app(probe);
        Set<String> before = probe.keysRead();
        if (target == Target.GKE) {
            gke(probe, "probe", "sql-studio.app", Optional.empty(), app);
        } else {
            local(probe, "probe", limits);
        }
        Set<String> keys = new TreeSet<>(probe.keysRead());
        keys.removeAll(before);
        return keys;
    }

    /** kube-prometheus-stack's chart, retention and volume, and the seed's alert thresholds. */
    private static MonitoringStack monitoringStack(ConfigReader r) {
        return new MonitoringStack(
                r.matching("kubePrometheusStackChartVersion", CHART_VERSION, "a chart version", "65.1.1"),
                r.matching("prometheusRetention", DURATION, "a Prometheus duration", "30d"),
                r.quantity("prometheusStorageSize", "50Gi"),
                new Alerts(
                        r.integer("alertPodNotReadyMinutes", 1, 120, "5"),
                        r.decimal("alertErrorRatePercent", "5"),
                        r.decimal("alertLatencyP95Seconds", "1"),
                        r.integer("alertCertificateExpiryDays", 1, 60, "7"),
                        r.integer("alertCpuPercent", 1, 100, "80"),
                        r.integer("alertMemoryPercent", 1, 100, "90"),
                        r.decimal("alertSlowQuerySeconds", "0.5")));
    }

    /** The keys of the monitoring stack, which a local stack reads only with {@code howler:monitoring: true}. */
    public static Set<String> monitoringKeys() {
        ConfigReader probe = new ConfigReader(key -> Optional.empty(), "howler", "probe");
        monitoringStack(probe);
        return new TreeSet<>(probe.keysRead());
    }

    /** The keys of a database at Turso, which a local stack reads too when {@code howler:database} is {@code turso}. */
    public static Set<String> tursoKeys() {
        ConfigReader probe = new ConfigReader(key -> Optional.empty(), "howler", "probe");
        tursoParts(probe, "probe", false);
        return new TreeSet<>(probe.keysRead());
    }

    /** What only a stack with a GKE cluster of its own (or in a shared one) reads. */
    private record GkeParts(String tursoPlan, String cloudflarePlan, Gcp gcp, Cluster cluster, Addons addons,
                            Edge edge, Turso turso, LocalDate tursoTokenRotatedAt, SecretValue cloudflareApiToken,
                            SecretValue tursoApiToken, Optional<String> sharedCluster) { }

    /** What a stack reads when its database is at Turso. */
    private record TursoParts(String plan, Turso turso, LocalDate tokenRotatedAt, SecretValue apiToken) { }

    private static TursoParts tursoParts(ConfigReader r, String stackName, boolean ephemeral) {
        return new TursoParts(
                r.oneOf("tursoPlan", Set.of("free", "developer", "scaler", "pro"), "scaler"),
                turso(r, stackName, ephemeral),
                r.date("tursoTokenRotatedAt", "2026-11-01"),
                r.secret("turso:apiToken", 1, "a Turso platform API token (`turso auth api-tokens mint howler`)"));
    }

    private static GkeParts gke(ConfigReader r, String stackName, String domain, Optional<Instant> expiresAt, App app) {
        String cloudflarePlan = r.oneOf("cloudflarePlan", Set.of("free", "pro", "business"), "pro");
        Gcp gcp = new Gcp(
                r.matching("gcp:project", GCP_PROJECT, "a GCP project id", "howlerops-prod"),
                r.matching("gcp:region", GCP_REGION, "a GCP region", "us-central1"));

        int nodeMin = r.integer("nodeMinCount", 1, 100, "2");
        int nodeMax = r.integer("nodeMaxCount", 1, 100, "10");
        if (r.valid("nodeMinCount", "nodeMaxCount") && nodeMax < nodeMin) {
            r.problem("nodeMaxCount", "expected an integer ≥ nodeMinCount (" + nodeMin + ")", String.valueOf(Math.max(nodeMin, 10)));
        }
        Cluster cluster = new Cluster(
                r.matching("clusterName", DNS_LABEL, "a cluster name (lower-case letters, digits, dashes)", "sql-studio-cluster"),
                r.matching("clusterLocation", GCP_LOCATION, "a GCP region (regional cluster) or zone", "us-central1"),
                r.oneOf("releaseChannel", Set.of("RAPID", "REGULAR", "STABLE"), "REGULAR"),
                r.matching("nodeMachineType", MACHINE_TYPE, "a Compute Engine machine type", "e2-medium"),
                nodeMin, nodeMax,
                r.integer("nodeDiskSizeGb", 10, 2000, "50"),
                r.integer("kmsKeyRotationDays", 1, 365, "90"),
                r.matching("artifactRepository", DNS_LABEL, "an Artifact Registry repository id", "sql-studio"));
        if (r.valid("clusterLocation", "gcp:region") && !cluster.location().startsWith(gcp.region())) {
            r.problem("clusterLocation", "'" + cluster.location() + "' is not in gcp:region " + gcp.region(), gcp.region());
        }

        MonitoringStack monitoring = monitoringStack(r);
        Addons addons = new Addons(
                r.matching("ingressNginxChartVersion", CHART_VERSION, "a chart version", "4.11.3"),
                r.matching("certManagerChartVersion", CHART_VERSION, "a chart version", "v1.16.2"),
                monitoring.chartVersion(),
                r.matching("acmeEmail", EMAIL, "an e-mail address", "admin@sql-studio.app"),
                r.oneOf("certificateIssuer", Set.of("letsencrypt-prod", "letsencrypt-staging"), "letsencrypt-prod"),
                r.matching("certificateDuration", HOURS, "a duration in hours", "2160h"),
                r.matching("certificateRenewBefore", HOURS, "a duration in hours", "360h"),
                r.bool("monitoring", "true"),
                monitoring.retention(), monitoring.storage(), monitoring.alerts());
        if (r.valid("certificateRenewBefore", "certificateDuration")
                && hours(addons.certificateRenewBefore()) >= hours(addons.certificateDuration())) {
            r.problem("certificateRenewBefore", "must be shorter than certificateDuration (" + addons.certificateDuration() + ")", "360h");
        }

        Edge edge = edge(r, domain);
        TursoParts turso = tursoParts(r, stackName, expiresAt.isPresent());
        SecretValue cloudflareApiToken = r.secret("cloudflare:apiToken", 1, "a Cloudflare API token with Zone:DNS:Edit");

        Optional<String> sharedCluster = r.optionalMatching("sharedCluster", STACK_REFERENCE,
                "the stack that owns the shared dev cluster ([org/project/]stack)", "dev");
        if (sharedCluster.isPresent()) {
            // The app goes into a namespace of another stack's cluster: only a short-lived stack may, never next to
            // that stack's own app, and without installing cluster-wide add-ons (the owner has them).
            if (expiresAt.isEmpty()) {
                r.problem("sharedCluster", "only an ephemeral stack (howler:expiresAt set) may use a shared dev cluster; "
                        + "remove it, or make the stack with `howler stack init dev-<name> --shared-cluster dev`", "dev");
            }
            String owner = sharedCluster.get().substring(sharedCluster.get().lastIndexOf('/') + 1);
            if (owner.equals(stackName)) {
                r.problem("sharedCluster", "names this stack itself; name the stack that owns the shared cluster", "dev");
            }
            if (r.valid("namespace") && app.namespace().equals("sql-studio")) {
                r.problem("namespace", "'sql-studio' is the shared cluster's own app namespace; a stack in a shared "
                        + "cluster needs its own", "sql-studio-" + stackName);
            }
            if (r.valid("monitoring") && addons.monitoring()) {
                r.problem("monitoring", "must be false in a shared cluster: its monitoring belongs to the stack that owns it", "false");
            }
        }
        return new GkeParts(turso.plan(), cloudflarePlan, gcp, cluster, addons, edge, turso.turso(),
                turso.tokenRotatedAt(), cloudflareApiToken, turso.apiToken(), sharedCluster);
    }

    /** The keys of a stack on an existing cluster ({@code howler:target: local}). */
    private static Local local(ConfigReader r, String stackName, NamespaceLimits limits) {
        String kubeconfig = r.string("kubeconfig", "/home/alice/.kube/config");
        if (r.valid("kubeconfig") && !kubeconfig.startsWith("/")) {
            r.problem("kubeconfig", "'" + kubeconfig + "' is not an absolute path: the Kubernetes provider reads it "
                    + "from wherever the engine runs; write it absolute (`howler stack init --kubeconfig` does)",
                    "/home/alice/.kube/config");
        }
        Optional<String> context = r.optionalMatching("kubeContext", KUBE_CONTEXT, "a kubeconfig context name", "kind-howler");
        String registry = r.matching("imageRegistry", IMAGE_REGISTRY,
                "an image registry and path without a trailing slash, e.g. localhost:5001 or howler.local", "howler.local");
        String podCidr = r.matching("podCidr", CIDR, "the cluster's pod address range (CIDR)", "10.244.0.0/16");
        Optional<String> ingressClass = r.optionalMatching("ingressClass", DNS_LABEL, "an IngressClass name", "nginx");
        String ingressNamespace = r.matching("ingressNamespace", DNS_LABEL,
                "the namespace of the cluster's ingress controller (allowed to reach the app)", "ingress-nginx");
        Database database = Database.valueOf(r.oneOf("database", Set.of("sqlite", "turso"), "sqlite").toUpperCase(java.util.Locale.ROOT));
        // No Helm add-on unless asked: the cluster's owner usually has an ingress controller and often monitoring.
        Optional<MonitoringStack> monitoring = Optional.empty();
        if (r.optionalBool("monitoring", "true").orElse(false)) {
            monitoring = Optional.of(monitoringStack(r));
        } else {
            r.inapplicable(monitoringKeys(), "is read only with howler:monitoring: true (a local stack installs no "
                    + "monitoring stack unless asked); remove it");
        }
        Optional<DataVolume> volume = Optional.empty();
        if (database == Database.TURSO) {
            ConfigReader other = new ConfigReader(r.source(), "howler", "probe");
            dataVolume(other, limits);
            r.inapplicable(other.keysRead(), "is read only when the data is an SQLite file (howler:database: sqlite); remove it");
        } else {
            volume = Optional.of(dataVolume(r, limits));
        }
        return new Local(kubeconfig, context, registry, podCidr, ingressClass, ingressNamespace, database, volume, monitoring);
    }

    private static DataVolume dataVolume(ConfigReader r, NamespaceLimits limits) {
        Quantity size = r.quantity("dataVolumeSize", "1Gi");
        if (r.valid("dataVolumeSize", "limitRangePvcMinStorage", "limitRangePvcMaxStorage")
                && (size.compareTo(limits.pvcMinStorage()) < 0 || size.compareTo(limits.pvcMaxStorage()) > 0)) {
            r.problem("dataVolumeSize", size + " is outside the namespace's LimitRange for a claim ("
                    + limits.pvcMinStorage() + " to " + limits.pvcMaxStorage() + "): the claim would be refused",
                    limits.pvcMinStorage().text());
        }
        if (r.valid("dataVolumeSize", "quotaRequestsStorage") && size.compareTo(limits.quotaRequestsStorage()) > 0) {
            r.problem("dataVolumeSize", size + " is more than quotaRequestsStorage (" + limits.quotaRequestsStorage() + ")", "1Gi");
        }
        if (r.valid("quotaPersistentVolumeClaims") && limits.quotaPersistentVolumeClaims() < 1) {
            r.problem("quotaPersistentVolumeClaims", "must be at least 1: the SQLite file lives on a claim", "10");
        }
        return new DataVolume(
                r.optionalMatching("dataStorageClass", DNS_SUBDOMAIN, "a StorageClass name", "standard"),
                size,
                r.oneOf("dataAccessMode", Set.of("ReadWriteOnce", "ReadWriteMany"), "ReadWriteOnce"),
                r.bool("protectData", "true"));
    }

    private static App app(ConfigReader r) {
        App app = new App(
                r.matching("namespace", DNS_LABEL, "a namespace name", "sql-studio"),
                r.matching("imageTag", IMAGE_TAG, "an image tag", "1.4.2"),
                r.integer("terminationGracePeriodSeconds", 1, 600, "30"),
                r.integer("preStopSeconds", 0, 60, "5"),
                r.integer("rolloutMaxSurge", 0, 100, "1"),
                r.integer("rolloutMaxUnavailable", 0, 100, "0"),
                r.integer("pdbMinAvailable", 0, 100, "1"));
        if (r.valid("rolloutMaxSurge", "rolloutMaxUnavailable") && app.rolloutMaxSurge() == 0 && app.rolloutMaxUnavailable() == 0) {
            r.problem("rolloutMaxSurge", "rolloutMaxSurge and rolloutMaxUnavailable cannot both be 0 (a rollout could never "
                    + "make progress)", "1");
        }
        if (r.valid("preStopSeconds", "terminationGracePeriodSeconds")
                && app.preStopSeconds() >= app.terminationGracePeriodSeconds()) {
            r.problem("preStopSeconds", "expected fewer seconds than terminationGracePeriodSeconds ("
                    + app.terminationGracePeriodSeconds() + ")", "5");
        }
        return app;
    }

    private static Backend backend(ConfigReader r) {
        int replicasMin = r.integer("backendReplicasMin", 1, 100, "2");
        int replicasMax = r.integer("backendReplicasMax", 1, 100, "10");
        if (r.valid("backendReplicasMin", "backendReplicasMax") && replicasMax < replicasMin) {
            r.problem("backendReplicasMax", "expected an integer ≥ backendReplicasMin (" + replicasMin + ")", "10");
        }
        Backend backend = new Backend(
                resources(r, "backend", "100m", "256Mi", "500m", "1Gi"),
                r.integer("backendHttpPort", 1024, 65535, "8500"),
                r.integer("backendMetricsPort", 1024, 65535, "9100"),
                replicasMin, replicasMax,
                r.integer("backendCpuTargetPercent", 1, 100, "70"),
                r.integer("backendMemoryTargetPercent", 1, 100, "80"),
                r.integer("backendScaleUpPercent", 1, 1000, "100"),
                r.integer("backendScaleUpPods", 1, 100, "2"),
                r.integer("backendScaleUpPeriodSeconds", 1, 1800, "30"),
                r.integer("backendScaleDownWindowSeconds", 0, 3600, "300"),
                r.integer("backendScaleDownPercent", 1, 100, "50"),
                r.integer("backendScaleDownPods", 1, 100, "1"),
                r.integer("backendScaleDownPeriodSeconds", 1, 1800, "60"),
                r.quantity("backendTmpSizeLimit", "100Mi"));
        if (r.valid("backendHttpPort", "backendMetricsPort") && backend.httpPort() == backend.metricsPort()) {
            r.problem("backendMetricsPort", "must differ from backendHttpPort", "9100");
        }

        return backend;
    }

    private static NamespaceLimits limits(ConfigReader r) {
        return new NamespaceLimits(
                r.quantity("quotaRequestsCpu", "4"), r.quantity("quotaRequestsMemory", "8Gi"),
                r.quantity("quotaLimitsCpu", "8"), r.quantity("quotaLimitsMemory", "16Gi"),
                r.integer("quotaPods", 1, 1000, "50"),
                r.quantity("limitRangeMinCpu", "50m"), r.quantity("limitRangeMinMemory", "64Mi"),
                r.quantity("limitRangeMaxCpu", "2"), r.quantity("limitRangeMaxMemory", "2Gi"),
                r.quantity("limitRangeDefaultCpuRequest", "100m"), r.quantity("limitRangeDefaultMemoryRequest", "128Mi"),
                r.quantity("limitRangeDefaultCpuLimit", "500m"), r.quantity("limitRangeDefaultMemoryLimit", "512Mi"),
                r.decimal("limitRangeMaxCpuRatio", "5"), r.decimal("limitRangeMaxMemoryRatio", "4"),
                r.quantity("quotaRequestsStorage", "50Gi"),
                r.integer("quotaPersistentVolumeClaims", 0, 1000, "10"),
                r.integer("quotaServices", 1, 1000, "20"),
                r.integer("quotaConfigMaps", 1, 1000, "20"),
                r.integer("quotaSecrets", 1, 1000, "20"),
                r.integer("quotaReplicationControllers", 0, 1000, "10"),
                r.integer("quotaLoadBalancers", 0, 100, "2"),
                r.integer("quotaNodePorts", 0, 100, "0"),
                r.quantity("limitRangePodMaxCpu", "4"), r.quantity("limitRangePodMaxMemory", "4Gi"),
                r.quantity("limitRangePodMinCpu", "50m"), r.quantity("limitRangePodMinMemory", "64Mi"),
                r.quantity("limitRangePvcMaxStorage", "10Gi"), r.quantity("limitRangePvcMinStorage", "1Gi"));

    }

    private static Edge edge(ConfigReader r, String domain) {
        int dnsTtl = r.integer("cloudflareDnsTtl", 1, 86_400, "1");
        if (r.valid("cloudflareDnsTtl") && dnsTtl > 1 && dnsTtl < 60) {
            r.problem("cloudflareDnsTtl", dnsTtl + " is not a Cloudflare TTL: expected 1 (automatic) or 60 to 86400", "1");
        }
        String zone = r.matching("cloudflareZone", DOMAIN, "the Cloudflare zone's name (a lower-case DNS domain)",
                "sql-studio.app");
        if (r.valid("cloudflareZone", "domain") && !domain.equals(zone) && !domain.endsWith("." + zone)) {
            r.problem("cloudflareZone", "'" + zone + "' does not contain howler:domain " + domain
                    + ": expected the domain itself or a parent of it", domain);
        }
        return new Edge(zone,
                r.matching("cloudflareZoneId", CLOUDFLARE_ZONE_ID,
                        "a Cloudflare zone id (32 hex digits, dashboard → the zone → Overview → Zone ID)",
                        "023e105f4ecef8ad9ca31a8372d0c353"),
                dnsTtl,
                r.oneOf("cloudflareMinTlsVersion", CLOUDFLARE_TLS_VERSIONS, "1.2"),
                r.integer("cloudflareCacheAssetsSeconds", 0, MAX_CACHE_SECONDS, "31536000"),
                r.integer("cloudflareCacheImagesSeconds", 0, MAX_CACHE_SECONDS, "2592000"),
                new RateLimit(
                        r.integer("cloudflareLoginRateLimitRequests", 1, 1_000_000, "5"),
                        r.integerIn("cloudflareLoginRateLimitPeriodSeconds", CLOUDFLARE_RATE_LIMIT_PERIODS, "300")),
                r.integerIn("cloudflareLoginBlockSeconds", CLOUDFLARE_RATE_LIMIT_PERIODS, "3600"),
                new RateLimit(
                        r.integer("cloudflareApiRateLimitRequests", 1, 1_000_000, "100"),
                        r.integerIn("cloudflareApiRateLimitPeriodSeconds", CLOUDFLARE_RATE_LIMIT_PERIODS, "60")),
                r.integerIn("cloudflareRedirectStatusCode", new TreeSet<>(List.of(301, 302, 307, 308)), "301"));
    }

    private static Turso turso(ConfigReader r, String stackName, boolean ephemeral) {
        String primary = r.matching("tursoPrimaryLocation", TURSO_LOCATION, "a Turso location code", "ord");
        List<String> replicas = r.stringList("tursoReplicaLocations", "[iad, sjc, fra, syd]");
        for (String replica : replicas) {
            if (!TURSO_LOCATION.matcher(replica).matches()) {
                r.problem("tursoReplicaLocations", "'" + replica + "' is not a Turso location code", "[iad, sjc, fra, syd]");
            }
        }
        if (r.valid("tursoPrimaryLocation") && replicas.contains(primary)) {
            r.problem("tursoReplicaLocations", "lists the primary location " + primary
                    + "; replicas are the other locations", "[iad, sjc, fra, syd]");
        }
        if (replicas.size() != Set.copyOf(replicas).size()) {
            r.problem("tursoReplicaLocations", "lists a location twice", "[iad, sjc, fra, syd]");
        }
        String database = r.matching("tursoDatabaseName", TURSO_NAME,
                "a Turso database name (lower-case letters, digits, dashes, at most 64)", "sql-studio-production");
        Optional<String> sharedGroup = r.optionalMatching("tursoSharedGroup", TURSO_NAME, "a Turso group name", "dev");
        Optional<String> restoredFrom = r.optionalMatching("tursoRestoredFrom", TURSO_NAME,
                "the name of the Turso database a restore replaced (written by `howler db restore`)", "sql-studio-production");
        if (restoredFrom.isPresent() && r.valid("tursoDatabaseName") && restoredFrom.get().equals(database)) {
            r.problem("tursoRestoredFrom", "names the current database " + database + ": it must be the database the "
                    + "restore replaced", database.replaceAll("-r[0-9]{8}-[0-9]{4}$", ""));
        }
        boolean finalizing = r.optionalBool("tursoFinalizeRestore", "true").orElse(false);
        if (finalizing && restoredFrom.isEmpty()) {
            r.problem("tursoFinalizeRestore", "is set but howler:tursoRestoredFrom is not: it is only set by "
                    + "`howler db restore --finalize` while the replaced database is being deleted; remove it", "true");
        }
        Optional<String> seedFrom = r.optionalMatching("tursoSeedFrom", TURSO_NAME,
                "the database an ephemeral stack's database starts as a copy of (e.g. the staging database)", "sql-studio-staging");
        if (seedFrom.isPresent() && !ephemeral) {
            r.problem("tursoSeedFrom", "only an ephemeral stack (howler:expiresAt set) starts from a copy; changing the seed "
                    + "of an existing database replaces it, which a long-lived stack must never do", "sql-studio-staging");
        }
        if (seedFrom.isPresent() && r.valid("tursoDatabaseName") && seedFrom.get().equals(database)) {
            r.problem("tursoSeedFrom", "names the stack's own database " + database + "; name the database to copy", "sql-studio-staging");
        }
        if (ephemeral) {
            // An ephemeral stack starts as a copy of prod's config: without these two checks it would try to create
            // prod's group and database under prod's names.
            if (sharedGroup.isEmpty()) {
                r.problem("tursoSharedGroup", "missing: an ephemeral stack (howler:expiresAt set) puts its database in "
                        + "an existing shared group instead of creating one", "dev");
            }
            if (r.valid("tursoDatabaseName") && !database.contains(stackName)) {
                r.problem("tursoDatabaseName", "'" + database + "' does not name stack " + stackName
                        + ": an ephemeral stack's database must be its own", "sql-studio-" + stackName);
            }
            if (restoredFrom.isPresent() && !restoredFrom.get().contains(stackName)) {
                r.problem("tursoRestoredFrom", "'" + restoredFrom.get() + "' does not name stack " + stackName
                        + ": an ephemeral stack only ever restores its own database", "sql-studio-" + stackName);
            }
        }
        return new Turso(
                r.matching("turso:organization", TURSO_NAME, "a Turso organization slug (`turso org list`)", "howlerops"),
                r.matching("tursoGroup", TURSO_NAME, "a Turso group name", "sql-studio"),
                primary, replicas, database,
                r.integer("tursoTokenExpirationDays", 1, 365, "90"),
                sharedGroup, restoredFrom, finalizing, seedFrom);
    }

    private static Resources resources(ConfigReader r, String prefix, String cpuReq, String memReq, String cpuLim,
                                       String memLim) {
        Resources res = new Resources(
                r.quantity(prefix + "CpuRequest", cpuReq), r.quantity(prefix + "MemoryRequest", memReq),
                r.quantity(prefix + "CpuLimit", cpuLim), r.quantity(prefix + "MemoryLimit", memLim));
        if (r.valid(prefix + "CpuLimit", prefix + "CpuRequest") && res.cpuLimit().compareTo(res.cpuRequest()) < 0) {
            r.problem(prefix + "CpuLimit", "must be at least " + prefix + "CpuRequest (" + res.cpuRequest() + ")", cpuLim);
        }
        if (r.valid(prefix + "MemoryLimit", prefix + "MemoryRequest")
                && res.memoryLimit().compareTo(res.memoryRequest()) < 0) {
            r.problem(prefix + "MemoryLimit", "must be at least " + prefix + "MemoryRequest (" + res.memoryRequest() + ")", memLim);
        }
        return res;
    }

    private static long hours(String duration) {
        return Long.parseLong(duration.substring(0, duration.length() - 1));
    }

    /** Host names served by the stack: the apex, {@code www} and {@code api}. */
    public List<String> hostnames() {
        return List.of(domain, "www." + domain, "api." + domain);
    }

    /**
     * True when the stack's domain is its Cloudflare zone: the stack then owns the zone-wide settings and rulesets.
     * A stack under a parent zone (ephemeral {@code <stack>.dev.sql-studio.app}) only publishes its records, so
     * creating or destroying it never touches the zone the production stack configures.
     */
    public boolean managesCloudflareZone() {
        return edge.map(e -> domain.equals(e.zone())).orElse(false);
    }

    /** True when the stack runs on an existing cluster ({@code howler:target: local}) and creates no cloud resource. */
    public boolean isLocal() {
        return target == Target.LOCAL;
    }

    /** {@code https} behind Cloudflare and cert-manager; {@code http} on a local cluster, which has neither. */
    public String scheme() {
        return isLocal() ? "http" : "https";
    }

    /** True when the app goes into a namespace of another stack's cluster ({@code howler:sharedCluster}). */
    public boolean inSharedCluster() {
        return sharedCluster.isPresent();
    }

    public boolean ephemeral() {
        return expiresAt.isPresent();
    }
}
