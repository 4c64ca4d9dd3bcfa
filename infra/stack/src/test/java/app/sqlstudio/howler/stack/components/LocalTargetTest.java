package app.sqlstudio.howler.stack.components;

import static app.sqlstudio.howler.stack.components.PlanAssertions.component;
import static app.sqlstudio.howler.stack.components.PlanAssertions.container;
import static app.sqlstudio.howler.stack.components.PlanAssertions.k8s;
import static app.sqlstudio.howler.stack.components.PlanAssertions.list;
import static app.sqlstudio.howler.stack.components.PlanAssertions.map;
import static app.sqlstudio.howler.stack.components.PlanAssertions.one;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.sqlstudio.howler.stack.TestStacks;
import app.sqlstudio.howler.stack.config.ConfigSource;
import app.sqlstudio.howler.stack.config.StackConfig;
import app.sqlstudio.howler.stack.config.StackConfigException;
import app.sqlstudio.howler.stack.cost.CostEstimator;
import app.sqlstudio.howler.stack.cost.PriceTable;
import app.sqlstudio.howler.stack.plan.Plan;
import app.sqlstudio.howler.stack.plan.PlanRunner;
import app.sqlstudio.howler.stack.plan.PlannedResource;
import app.sqlstudio.howler.stack.plan.PlannedStack;
import app.sqlstudio.howler.stack.policy.PolicyContext;
import app.sqlstudio.howler.stack.policy.PolicyEngine;
import app.sqlstudio.howler.stack.policy.Severity;
import com.pulumi.test.PulumiTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A stack on an existing cluster ({@code howler:target: local}), as {@code howler stack init local --kubeconfig PATH}
 * makes it from prod: the same app and policies, nothing outside the cluster, SQLite on a claim.
 */
class LocalTargetTest {

    static final String NAMESPACE = "sql-studio-local";

    private static PlannedStack planned;

    static synchronized PlannedStack local() {
        if (planned == null) {
            planned = PlanRunner.plan(TestStacks.local("local", Map.of()));
        }
        return planned;
    }

    static Plan plan(Map<String, String> changes) {
        return PlanRunner.plan(TestStacks.local("local", changes)).plan();
    }

    private final Plan plan = local().plan();

    @AfterEach
    void cleanUpTheMockEngine() {
        PulumiTest.cleanup();
    }

    @Test
    void nothing_outside_the_cluster_is_declared_and_no_helm_release_or_custom_resource() {
        assertThat(plan.where(r -> r.type().startsWith("gcp:") || r.type().startsWith("cloudflare:")
                || r.type().startsWith("turso:") || r.type().startsWith("pulumi:providers:gcp")
                || r.type().startsWith("pulumi:providers:cloudflare") || r.type().startsWith("pulumi:providers:turso")))
                .isEmpty();
        assertThat(plan.ofType("kubernetes:helm.sh/v3:Release")).isEmpty();
        // only the API groups every cluster serves: no cert-manager, no Prometheus operator kinds
        Set<String> apiVersions = plan.where(PlannedResource::isKubernetesObject).stream()
                .map(r -> String.valueOf(r.inputs().get("apiVersion"))).collect(Collectors.toCollection(TreeSet::new));
        assertThat(apiVersions).containsExactlyInAnyOrder("v1", "apps/v1", "batch/v1", "autoscaling/v2", "policy/v1",
                "networking.k8s.io/v1");
        assertThat(plan.where(r -> r.type().startsWith("howler:infra:")).stream().map(PlannedResource::type))
                .doesNotContain("howler:infra:GkeCluster", "howler:infra:SharedCluster", "howler:infra:EdgeRules",
                        "howler:infra:TursoDatabase", "howler:infra:IngressController", "howler:infra:CertManager",
                        "howler:infra:Monitoring");
    }

    @Test
    void the_app_in_the_namespace_is_prods_app_object_for_object() {
        Set<String> prodApp = kindsAndNames(TestStacks.prod(), "sql-studio");
        // custom resources of prod's add-ons: cert-manager's (a local cluster serves plain http) and the Prometheus
        // operator's (no monitoring stack is installed); every other object is the same
        assertThat(prodApp.removeAll(Set.of("Certificate sql-studio-cert", "PrometheusRule sql-studio-alerts",
                "ServiceMonitor sql-studio-backend"))).isTrue();
        Set<String> localApp = kindsAndNames(plan, NAMESPACE);
        localApp.remove("PersistentVolumeClaim sql-studio-data");
        assertThat(localApp).isEqualTo(prodApp);
    }

    private static Set<String> kindsAndNames(Plan plan, String namespace) {
        return plan.where(r -> r.isKubernetesObject() && (namespace.equals(r.metadataNamespace())
                        || r.kind().equals("Namespace") && namespace.equals(r.metadataName()))).stream()
                .map(r -> r.kind() + " " + (r.kind().equals("Namespace") ? "sql-studio" : r.metadataName()
                        .replace(namespace + "-", "sql-studio-")))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void the_provider_gets_the_kubeconfig_path_and_the_pinned_context_never_credentials() {
        var cluster = component(plan, "LocalCluster");
        var provider = one(plan, "pulumi:providers:kubernetes");
        assertThat(provider.parent()).isEqualTo(cluster.urn());
        assertThat(provider.inputs()).containsEntry("kubeconfig", TestStacks.KUBECONFIG)
                .containsEntry("context", "kind-howler");
        // every in-cluster object goes through it
        assertThat(plan.where(PlannedResource::isKubernetesObject)).allSatisfy(r ->
                assertThat(plan.componentOf(r)).isPresent());
    }

    @Test
    void the_sqlite_file_lives_on_a_protected_claim_the_provider_does_not_wait_on() {
        var claim = k8s(plan, "PersistentVolumeClaim", "sql-studio-data");
        assertThat(claim.metadataNamespace()).isEqualTo(NAMESPACE);
        assertThat(claim.protect()).as("howler:protectData true").isTrue();
        assertThat(claim.mapAt("spec")).containsEntry("accessModes", List.of("ReadWriteOnce"))
                .doesNotContainKey("storageClassName");
        assertThat(claim.mapAt("spec", "resources", "requests")).containsEntry("storage", "1Gi");
        assertThat(claim.mapAt("metadata", "annotations")).containsEntry("pulumi.com/skipAwait", "true");
        assertThat(plan.componentOf(claim).orElseThrow().type()).isEqualTo("howler:infra:SqliteVolume");

        var other = plan(Map.of("howler:protectData", "false", "howler:dataStorageClass", "standard",
                "howler:dataVolumeSize", "5Gi", "howler:dataAccessMode", "ReadWriteMany"));
        var unprotected = k8s(other, "PersistentVolumeClaim", "sql-studio-data");
        assertThat(unprotected.protect()).isFalse();
        assertThat(unprotected.mapAt("spec")).containsEntry("storageClassName", "standard")
                .containsEntry("accessModes", List.of("ReadWriteMany"));
        assertThat(unprotected.mapAt("spec", "resources", "requests")).containsEntry("storage", "5Gi");
    }

    @Test
    void backend_and_migration_open_the_file_on_the_claim_and_get_no_turso_settings() {
        for (var workload : List.of(k8s(plan, "Deployment", "sql-studio-backend"), migrationJob(plan))) {
            var c = container(workload, workload.kind().equals("Job") ? "migrate" : "backend");
            var env = env(c);
            assertThat(env).containsEntry("TURSO_URL", "file:/data/howler.db")
                    .containsEntry("ENVIRONMENT", "development")
                    .containsEntry("JWT_SECRET_FILE", "/var/run/secrets/sql-studio/jwt-secret")
                    .containsEntry("TRUSTED_PROXIES", "10.244.0.0/16")
                    .doesNotContainKeys("TURSO_AUTH_TOKEN_FILE", "TURSO_AUTH_TOKEN");
            assertThat(list(c.get("volumeMounts"))).contains(Map.of("name", "data", "mountPath", "/data"));
            var volumes = list(workload.mapAt("spec", "template", "spec").get("volumes")).stream().map(PlanAssertions::map).toList();
            assertThat(volumes).anySatisfy(v -> assertThat(v).containsEntry("name", "data")
                    .containsEntry("persistentVolumeClaim", Map.of("claimName", "sql-studio-data")));
        }
        assertThat(env(container(k8s(plan, "Deployment", "sql-studio-backend"), "backend")))
                .containsEntry("CORS_ALLOWED_ORIGINS", "http://local.localhost,http://www.local.localhost");
        var backend = k8s(plan, "Deployment", "sql-studio-backend");
        var claim = k8s(plan, "PersistentVolumeClaim", "sql-studio-data");
        assertThat(backend.dependencies()).as("the claim exists before the pods mount it").isNotEmpty();
        assertThat(plan.componentOf(claim)).isPresent();
    }

    @Test
    void on_a_read_write_once_claim_every_pod_opening_the_file_is_held_on_one_node() {
        for (var workload : List.of(k8s(plan, "Deployment", "sql-studio-backend"), migrationJob(plan))) {
            var pod = workload.mapAt("spec", "template");
            assertThat(map(pod.get("metadata")).get("labels")).satisfies(l ->
                    assertThat(map(l)).containsEntry("howler.sql-studio.app/data", "sql-studio-data"));
            var terms = list(map(map(map(pod.get("spec")).get("affinity")).get("podAffinity"))
                    .get("requiredDuringSchedulingIgnoredDuringExecution"));
            assertThat(terms).containsExactly(Map.of("topologyKey", "kubernetes.io/hostname",
                    "labelSelector", Map.of("matchLabels", Map.of("howler.sql-studio.app/data", "sql-studio-data"))));
        }
        // a ReadWriteMany claim lets the replicas spread as in prod
        var shared = k8s(plan(Map.of("howler:dataAccessMode", "ReadWriteMany")), "Deployment", "sql-studio-backend");
        var affinity = map(shared.mapAt("spec", "template", "spec").get("affinity"));
        assertThat(affinity).containsKey("podAntiAffinity").doesNotContainKey("podAffinity");
    }

    @Test
    void the_secret_holds_the_jwt_key_and_nothing_of_turso() {
        var secret = k8s(plan, "Secret", "sql-studio-secrets");
        assertThat(secret.mapAt("stringData")).isEqualTo(Map.of("jwt-secret", "[secret]"));
        assertThat(secret.mapAt("metadata", "annotations")).containsOnlyKeys("howler.sql-studio.app/jwt-secret-rotated-at",
                app.sqlstudio.howler.stack.kubernetes.FieldOwnership.FORCE);
    }

    @Test
    void the_ingress_serves_plain_http_through_the_clusters_default_class_unless_one_is_named() {
        var ingress = k8s(plan, "Ingress", "sql-studio");
        assertThat(ingress.mapAt("spec")).doesNotContainKeys("tls", "ingressClassName");
        assertThat(ingress.mapAt("metadata", "annotations"))
                .doesNotContainKeys("nginx.ingress.kubernetes.io/force-ssl-redirect", "nginx.ingress.kubernetes.io/ssl-redirect")
                .containsEntry("pulumi.com/skipAwait", "true");
        var hosts = ingress.listAt("spec", "rules").stream().map(r -> map(r).get("host")).toList();
        assertThat(hosts).containsExactly("api.local.localhost", "local.localhost");

        var named = k8s(plan(Map.of("howler:ingressClass", "traefik", "howler:ingressNamespace", "kube-system")), "Ingress", "sql-studio");
        assertThat(named.mapAt("spec")).containsEntry("ingressClassName", "traefik");
    }

    @Test
    void the_ingress_controllers_namespace_is_the_one_allowed_in() {
        var other = plan(Map.of("howler:ingressNamespace", "kube-system"));
        var policy = k8s(other, "NetworkPolicy", "backend-ingress");
        assertThat(policy.listAt("spec", "ingress").toString()).contains("kubernetes.io/metadata.name=kube-system")
                .doesNotContain("ingress-nginx");
    }

    @Test
    void same_hardening_and_every_mandatory_policy_holds() {
        var config = local().config();
        var violations = PolicyEngine.standard().evaluate(new PolicyContext(plan, config, LocalDate.parse("2026-11-25"),
                Optional.of(BigDecimal.ZERO)));
        assertThat(violations).filteredOn(v -> v.severity() == Severity.MANDATORY).isEmpty();
        for (var workload : List.of(k8s(plan, "Deployment", "sql-studio-backend"), k8s(plan, "Deployment", "sql-studio-frontend"),
                migrationJob(plan))) {
            var c = map(list(workload.mapAt("spec", "template", "spec").get("containers")).get(0));
            assertThat(map(c.get("securityContext"))).containsEntry("readOnlyRootFilesystem", true)
                    .containsEntry("allowPrivilegeEscalation", false).containsEntry("runAsNonRoot", true);
        }
        assertThat(plan.kubernetesObjects("HorizontalPodAutoscaler")).hasSize(1);
        assertThat(plan.kubernetesObjects("PodDisruptionBudget")).hasSize(2);
        assertThat(plan.kubernetesObjects("NetworkPolicy")).hasSize(6);
    }

    @Test
    void a_broken_local_plan_fails_the_same_policies_as_prod() {
        var broken = app.sqlstudio.howler.stack.PlanEdits.without(plan, r -> r.isKubernetesObject()
                && r.kind().equals("NetworkPolicy") && r.metadataName().equals("default-deny-all"));
        var violations = PolicyEngine.standard().evaluate(new PolicyContext(broken, local().config(),
                LocalDate.parse("2026-11-25"), Optional.empty()));
        assertThat(violations).anySatisfy(v -> assertThat(v.policy()).isEqualTo("namespace-default-deny"));
    }

    @Test
    void outputs_name_the_target_and_http_urls_and_no_cloud_values() {
        assertThat(plan.outputs()).containsEntry("appUrl", "http://local.localhost")
                .containsEntry("apiUrl", "http://api.local.localhost")
                .containsEntry("target", "local")
                .containsEntry("kubeContext", "kind-howler")
                .containsEntry("namespace", NAMESPACE)
                .containsEntry("dataVolumeClaim", "sql-studio-data")
                .containsEntry("backendImage", "howler.local/sql-studio-backend:" + local().config().app().imageTag())
                .doesNotContainKeys("kubeconfig", "ingressIp", "clusterName", "tursoDatabaseUrl");
    }

    @Test
    void it_costs_nothing_and_needs_only_the_jwt_secret() {
        var cost = new CostEstimator(PriceTable.standard()).estimate(plan, null, null);
        assertThat(cost.high()).isEqualByComparingTo("0");
        assertThat(plan.notices()).hasSize(1).allSatisfy(n -> assertThat(n).startsWith("howler:jwtSecret is not set"));
    }

    @Test
    void with_howler_database_turso_the_data_is_at_turso_and_there_is_no_claim() {
        // prod's Turso keys come back (stack init does the same after --set database=turso), the database its own
        Map<String, String> changes = new HashMap<>();
        TestStacks.prodFile().values().forEach((k, v) -> {
            if (StackConfig.tursoKeys().contains(k)) {
                changes.put(k, v);
            }
        });
        changes.put("howler:database", "turso");
        changes.put("howler:tursoDatabaseName", "sql-studio-local");
        changes.put("howler:tursoSharedGroup", "dev");
        changes.put("howler:dataVolumeSize", null);
        changes.put("howler:dataAccessMode", null);
        changes.put("howler:protectData", null);
        var tursoPlan = PlanRunner.plan(TestStacks.local("local", changes)).plan();
        assertThat(tursoPlan.kubernetesObjects("PersistentVolumeClaim")).isEmpty();
        assertThat(tursoPlan.ofType("turso:index:Database")).hasSize(1);
        var env = env(container(k8s(tursoPlan, "Deployment", "sql-studio-backend"), "backend"));
        assertThat(env).containsKey("TURSO_AUTH_TOKEN_FILE");
        // the database's URL comes from Turso when it is created: unknown until then, as on gke
        assertThat(env).containsEntry("TURSO_URL", PlannedResource.UNKNOWN);
        assertThat(tursoPlan.notices()).anySatisfy(n -> assertThat(n).startsWith("turso:apiToken is not set"));
    }

    @Test
    void monitoring_is_installed_only_when_asked() {
        Map<String, String> changes = new HashMap<>();
        TestStacks.prodFile().values().forEach((k, v) -> {
            if (StackConfig.monitoringKeys().contains(k)) {
                changes.put(k, v);
            }
        });
        changes.put("howler:monitoring", "true");
        var monitored = PlanRunner.plan(TestStacks.local("local", changes));
        var release = one(monitored.plan(), "kubernetes:helm.sh/v3:Release");
        assertThat(release.inputs()).containsEntry("chart", "kube-prometheus-stack").containsEntry("version", "70.4.2");
        assertThat(monitored.plan().where(r -> r.isKubernetesObject() && NAMESPACE.equals(r.metadataNamespace())).stream()
                .map(PlannedResource::kind)).contains("ServiceMonitor", "PrometheusRule");
        assertThat(PolicyEngine.standard().evaluate(new PolicyContext(monitored.plan(), monitored.config(),
                LocalDate.parse("2026-11-25"), Optional.empty()))).filteredOn(v -> v.severity() == Severity.MANDATORY).isEmpty();

        // its settings without it are named, not ignored
        Map<String, String> stray = new LinkedHashMap<>(TestStacks.local("local", Map.of()).values());
        stray.put("howler:jwtSecret", "a-test-secret-that-is-long-enough-for-hs256-0000");
        stray.put("howler:prometheusRetention", "30d");
        assertThatThrownBy(() -> StackConfig.load(ConfigSource.of(stray), "local"))
                .hasMessageContaining("howler:prometheusRetention: is read only with howler:monitoring: true");
    }

    @Test
    void keys_of_the_other_target_are_named_with_the_reason() {
        Map<String, String> values = new LinkedHashMap<>(TestStacks.local("local", Map.of()).values());
        values.put("howler:jwtSecret", "a-test-secret-that-is-long-enough-for-hs256-0000");
        values.put("howler:clusterName", "sql-studio-cluster");
        values.put("gcp:project", "howlerops-prod");
        values.put("howler:tursoDatabaseName", "sql-studio-local");
        assertThatThrownBy(() -> StackConfig.load(ConfigSource.of(values), "local"))
                .isInstanceOf(StackConfigException.class)
                .hasMessageContaining("howler:clusterName: is read only on howler:target gke")
                .hasMessageContaining("gcp:project: is read only on howler:target gke")
                .hasMessageContaining("howler:tursoDatabaseName: is read only when the data is at Turso (howler:database: turso)")
                .hasMessageNotContaining("unknown key");

        Map<String, String> prod = new HashMap<>(TestStacks.prodFile().values());
        prod.put("howler:jwtSecret", "a-test-secret-that-is-long-enough-for-hs256-0000");
        prod.put("cloudflare:apiToken", "cf");
        prod.put("turso:apiToken", "t");
        prod.put("howler:kubeconfig", "/home/dev/.kube/config");
        assertThatThrownBy(() -> StackConfig.load(ConfigSource.of(prod), "prod"))
                .hasMessageContaining("howler:kubeconfig: is read only on howler:target local");
    }

    @Test
    void local_keys_are_validated_with_the_fix() {
        Map<String, String> values = new LinkedHashMap<>(TestStacks.local("local", Map.of(
                "howler:kubeconfig", "kube/config",
                "howler:dataVolumeSize", "100Gi",
                "howler:dataAccessMode", "ReadOnlyMany",
                "howler:podCidr", "everything")).values());
        values.put("howler:jwtSecret", "a-test-secret-that-is-long-enough-for-hs256-0000");
        values.remove("howler:imageRegistry");
        assertThatThrownBy(() -> StackConfig.load(ConfigSource.of(values), "local"))
                .hasMessageContaining("howler:kubeconfig: 'kube/config' is not an absolute path")
                .hasMessageContaining("howler:dataVolumeSize: 100Gi is outside the namespace's LimitRange")
                .hasMessageContaining("howler:dataAccessMode: 'ReadOnlyMany' is not allowed")
                .hasMessageContaining("howler:podCidr: 'everything' is not the cluster's pod address range")
                .hasMessageContaining("howler:imageRegistry: missing");
    }

    @Test
    void the_keys_each_target_alone_reads() {
        assertThat(StackConfig.keysOnlyReadBy(StackConfig.Target.LOCAL)).contains("howler:kubeconfig", "howler:kubeContext",
                "howler:imageRegistry", "howler:database", "howler:protectData").doesNotContain("howler:imageTag");
        assertThat(StackConfig.keysOnlyReadBy(StackConfig.Target.GKE)).contains("gcp:project", "howler:clusterName",
                "howler:ingressNginxChartVersion", "cloudflare:apiToken", "howler:tursoDatabaseName")
                .doesNotContain("howler:backendReplicasMin", "howler:monitoring");
    }

    private static PlannedResource migrationJob(Plan plan) {
        return one(plan, "kubernetes:batch/v1:Job");
    }

    private static Map<String, Object> env(Map<String, Object> container) {
        Map<String, Object> env = new LinkedHashMap<>();
        list(container.get("env")).forEach(e -> env.put(String.valueOf(map(e).get("name")), map(e).get("value")));
        return env;
    }
}
