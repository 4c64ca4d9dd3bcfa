package app.sqlstudio.howler.stack.components;

import static app.sqlstudio.howler.stack.components.PlanAssertions.container;
import static app.sqlstudio.howler.stack.components.PlanAssertions.k8s;
import static app.sqlstudio.howler.stack.components.PlanAssertions.list;
import static app.sqlstudio.howler.stack.components.PlanAssertions.map;
import static org.assertj.core.api.Assertions.assertThat;

import app.sqlstudio.howler.stack.TestStacks;
import app.sqlstudio.howler.stack.plan.Plan;
import app.sqlstudio.howler.stack.plan.PlannedResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApplicationTest {

    private final Plan plan = TestStacks.prod();

    @Test
    void namespace_enforces_pod_security_restricted() {
        var ns = k8s(plan, "Namespace", "sql-studio");
        assertThat(ns.mapAt("metadata", "labels"))
                .containsEntry("pod-security.kubernetes.io/enforce", "restricted")
                .containsEntry("pod-security.kubernetes.io/audit", "restricted")
                .containsEntry("pod-security.kubernetes.io/warn", "restricted")
                .containsEntry("environment", "production").containsEntry("team", "platform");
    }

    @Test
    void quota_and_limit_range_come_from_config_with_a_cpu_ratio_that_admits_the_backend() {
        var quota = k8s(plan, "ResourceQuota", "sql-studio-quota");
        // the original's quota, every value from Pulumi.prod.yaml
        assertThat(quota.mapAt("spec", "hard")).isEqualTo(Map.ofEntries(
                Map.entry("requests.cpu", "4"), Map.entry("requests.memory", "8Gi"), Map.entry("limits.cpu", "8"),
                Map.entry("limits.memory", "16Gi"), Map.entry("requests.storage", "50Gi"), Map.entry("persistentvolumeclaims", "10"),
                Map.entry("pods", "50"), Map.entry("services", "20"), Map.entry("configmaps", "20"), Map.entry("secrets", "20"),
                Map.entry("replicationcontrollers", "10"), Map.entry("services.loadbalancers", "2"), Map.entry("services.nodeports", "0")));
        var items = list(k8s(plan, "LimitRange", "sql-studio-limits").mapAt("spec").get("limits"));
        var limits = map(items.get(0));
        assertThat(limits).containsEntry("type", "Container");
        assertThat(map(limits.get("maxLimitRequestRatio"))).containsEntry("cpu", "5").containsEntry("memory", "4");
        assertThat(map(limits.get("min"))).containsEntry("cpu", "50m");
        assertThat(map(items.get(1))).containsEntry("type", "Pod")
                .containsEntry("max", Map.of("cpu", "4", "memory", "4Gi")).containsEntry("min", Map.of("cpu", "50m", "memory", "64Mi"));
        assertThat(map(items.get(2))).containsEntry("type", "PersistentVolumeClaim")
                .containsEntry("max", Map.of("storage", "10Gi")).containsEntry("min", Map.of("storage", "1Gi"));
    }

    @Test
    void service_accounts_never_mount_an_api_token_and_no_roles_exist() {
        for (String sa : List.of("sql-studio-backend", "sql-studio-frontend")) {
            assertThat(k8s(plan, "ServiceAccount", sa).inputs()).containsEntry("automountServiceAccountToken", false);
        }
        assertThat(plan.where(r -> r.isKubernetesObject() && (r.kind().equals("Role") || r.kind().equals("RoleBinding")))).isEmpty();
    }

    @Test
    void app_secret_holds_the_four_keys_as_a_pulumi_secret() {
        var secret = k8s(plan, "Secret", "sql-studio-secrets");
        assertThat(secret.inputs()).containsEntry("type", "Opaque");
        // the Turso URL and token exist once up creates the database: unknown in the plan, every key still listed
        assertThat(secret.mapAt("stringData")).isEqualTo(Map.of("turso-url", "[unknown]", "turso-auth-token", "[unknown]",
                "jwt-secret", "[secret]"));
        assertThat(secret.mapAt("metadata", "annotations")).containsKeys(
                "howler.sql-studio.app/jwt-secret-rotated-at", "howler.sql-studio.app/turso-token-rotated-at");
    }

    @Test
    void backend_deployment_matches_the_architecture() {
        var d = k8s(plan, "Deployment", "sql-studio-backend");
        assertThat(d.mapAt("metadata", "labels")).containsEntry("app", "sql-studio").containsEntry("component", "backend")
                .containsEntry("tier", "api");
        assertThat(d.mapAt("spec", "strategy", "rollingUpdate")).containsEntry("maxSurge", 1).containsEntry("maxUnavailable", 0);
        var pod = d.mapAt("spec", "template", "spec");
        assertThat(pod).containsEntry("serviceAccountName", "sql-studio-backend").containsEntry("automountServiceAccountToken", false)
                .containsEntry("terminationGracePeriodSeconds", 30);
        assertThat(map(pod.get("securityContext"))).containsEntry("runAsNonRoot", true).containsEntry("runAsUser", 1001)
                .containsEntry("runAsGroup", 1001).containsEntry("fsGroup", 1001)
                .containsEntry("seccompProfile", Map.of("type", "RuntimeDefault"));
        assertThat(map(list(pod.get("topologySpreadConstraints")).get(0))).containsEntry("topologyKey", "topology.kubernetes.io/zone");
        var anti = map(list(map(map(pod.get("affinity")).get("podAntiAffinity"))
                .get("preferredDuringSchedulingIgnoredDuringExecution")).get(0));
        assertThat(map(anti.get("podAffinityTerm"))).containsEntry("topologyKey", "kubernetes.io/hostname");

        var c = container(d, "backend");
        assertThat(list(c.get("ports"))).containsExactly(
                Map.of("name", "http", "containerPort", 8500, "protocol", "TCP"),
                Map.of("name", "metrics", "containerPort", 9100, "protocol", "TCP"));
        assertThat(map(c.get("resources"))).isEqualTo(Map.of(
                "requests", Map.of("cpu", "100m", "memory", "256Mi"), "limits", Map.of("cpu", "500m", "memory", "1Gi")));
        assertThat(map(map(c.get("startupProbe")).get("httpGet"))).containsEntry("path", "/health");
        assertThat(map(map(c.get("livenessProbe")).get("httpGet"))).containsEntry("path", "/health").containsEntry("port", "http");
        assertThat(map(map(c.get("readinessProbe")).get("httpGet"))).containsEntry("path", "/health/ready");
        assertThat(map(c.get("securityContext"))).containsEntry("readOnlyRootFilesystem", true)
                .containsEntry("allowPrivilegeEscalation", false).containsEntry("capabilities", Map.of("drop", List.of("ALL")));
        assertThat(map(map(map(c.get("lifecycle")).get("preStop")).get("exec"))).containsEntry("command", List.of("sleep", "5"));
        assertThat(c.get("image")).isEqualTo("us-central1-docker.pkg.dev/howlerops-prod/sql-studio/sql-studio-backend:0.1.0");
    }

    @Test
    void backend_reads_secrets_from_mounted_files_never_from_env() {
        var d = k8s(plan, "Deployment", "sql-studio-backend");
        var c = container(d, "backend");
        var env = list(c.get("env")).stream().map(PlanAssertions::map)
                .collect(java.util.stream.Collectors.toMap(e -> (String) e.get("name"), e -> e));
        assertThat(env).containsKeys("JWT_SECRET_FILE", "TURSO_AUTH_TOKEN_FILE", "TURSO_URL", "CORS_ALLOWED_ORIGINS",
                "TRUSTED_PROXIES", "SERVER_HTTP_PORT", "SERVER_METRICS_PORT", "ENVIRONMENT");
        assertThat(env).doesNotContainKeys("JWT_SECRET", "TURSO_AUTH_TOKEN");
        assertThat(env.values()).noneMatch(e -> e.containsKey("valueFrom"));
        assertThat(env.get("JWT_SECRET_FILE")).containsEntry("value", "/var/run/secrets/sql-studio/jwt-secret");
        // the pods' range is the cluster's, assigned by GKE when it creates the cluster
        assertThat(env.get("TRUSTED_PROXIES")).containsEntry("value", PlannedResource.UNKNOWN);
        // grace 30 s − preStop 5 s leaves 25 s after SIGTERM: 3 s of 503s, 20 s of drain, 2 s to close and exit
        assertThat(env.get("SHUTDOWN_DELAY")).containsEntry("value", "3s");
        assertThat(env.get("SHUTDOWN_TIMEOUT")).containsEntry("value", "20s");
        assertThat(env.get("CORS_ALLOWED_ORIGINS")).containsEntry("value", "https://sql-studio.app,https://www.sql-studio.app");
        var volumes = list(d.mapAt("spec", "template", "spec").get("volumes")).stream().map(PlanAssertions::map).toList();
        assertThat(volumes).anySatisfy(v -> assertThat(map(v.get("secret"))).containsEntry("secretName", "sql-studio-secrets"));
        assertThat(volumes).anySatisfy(v -> assertThat(map(v.get("emptyDir"))).containsEntry("sizeLimit", "100Mi"));
    }

    @Test
    void backend_selectors_agree_across_service_pdb_hpa_and_pods() {
        var d = k8s(plan, "Deployment", "sql-studio-backend");
        var selector = d.mapAt("spec", "selector", "matchLabels");
        assertThat(selector).isEqualTo(Map.of("app", "sql-studio", "component", "backend", "tier", "api"));
        assertThat(d.mapAt("spec", "template", "metadata", "labels")).containsAllEntriesOf(selector);
        var svc = k8s(plan, "Service", "sql-studio-backend");
        assertThat(svc.mapAt("spec")).containsEntry("type", "ClusterIP").containsEntry("selector", selector);
        assertThat(list(svc.mapAt("spec").get("ports"))).extracting(p -> map(p).get("name") + ":" + map(p).get("port"))
                .containsExactly("http:8500", "metrics:9100");
        var pdb = k8s(plan, "PodDisruptionBudget", "sql-studio-backend");
        assertThat(pdb.mapAt("spec")).containsEntry("minAvailable", 1);
        assertThat(pdb.mapAt("spec", "selector", "matchLabels")).isEqualTo(selector);
    }

    @Test
    void backend_hpa_scales_2_to_10_on_cpu_70_and_memory_80_with_the_seed_behaviour() {
        var hpa = k8s(plan, "HorizontalPodAutoscaler", "sql-studio-backend");
        assertThat(hpa.inputs()).containsEntry("apiVersion", "autoscaling/v2");
        assertThat(hpa.mapAt("spec")).containsEntry("minReplicas", 2).containsEntry("maxReplicas", 10);
        assertThat(hpa.mapAt("spec", "scaleTargetRef")).containsEntry("kind", "Deployment").containsEntry("name", "sql-studio-backend");
        assertThat(list(hpa.mapAt("spec").get("metrics"))).extracting(m -> map(map(m).get("resource")).get("name") + "="
                + map(map(map(m).get("resource")).get("target")).get("averageUtilization")).containsExactly("cpu=70", "memory=80");
        var up = hpa.mapAt("spec", "behavior", "scaleUp");
        assertThat(up).containsEntry("stabilizationWindowSeconds", 0).containsEntry("selectPolicy", "Max");
        assertThat(list(up.get("policies"))).containsExactly(
                Map.of("type", "Percent", "value", 100, "periodSeconds", 30), Map.of("type", "Pods", "value", 2, "periodSeconds", 30));
        var down = hpa.mapAt("spec", "behavior", "scaleDown");
        assertThat(down).containsEntry("stabilizationWindowSeconds", 300).containsEntry("selectPolicy", "Min");
        assertThat(list(down.get("policies"))).containsExactly(
                Map.of("type", "Percent", "value", 50, "periodSeconds", 60), Map.of("type", "Pods", "value", 1, "periodSeconds", 60));
    }

    @Test
    void migration_job_runs_the_service_migrate_command_before_the_rollout() {
        var job = plan.where(r -> r.isKubernetesObject() && r.kind().equals("Job")).get(0);
        assertThat(job.metadataName()).isEqualTo("sql-studio-migrate-0-1-0");
        var c = map(list(job.mapAt("spec", "template", "spec").get("containers")).get(0));
        assertThat(c.get("args")).isEqualTo(List.of("migrate"));
        assertThat(job.mapAt("spec", "template", "spec")).containsEntry("restartPolicy", "Never");
        assertThat(k8s(plan, "Deployment", "sql-studio-backend").dependencies()).contains(job.urn());
    }

    @Test
    void without_migrations_there_is_no_job_and_the_rollout_waits_for_none() {
        var skipped = app.sqlstudio.howler.stack.plan.PlanRunner.plan(
                app.sqlstudio.howler.stack.TestStacks.prodWith(Map.of("howler:runMigrations", "false"))).plan();
        assertThat(skipped.where(r -> r.isKubernetesObject() && r.kind().equals("Job"))).isEmpty();
        var deployment = k8s(skipped, "Deployment", "sql-studio-backend");
        assertThat(deployment.dependencies()).noneMatch(d -> d.contains("Job"));
        // everything else is the same plan
        assertThat(skipped.resources()).hasSize(plan.resources().size() - 1);
        assertThat(deployment.inputs()).isEqualTo(k8s(plan, "Deployment", "sql-studio-backend").inputs());
    }

    @Test
    void the_deployed_image_tag_is_a_stack_output_of_its_own() {
        String tag = TestStacks.prodFile().values().get("howler:imageTag");
        assertThat(plan.outputs()).containsEntry("imageTag", tag);
        assertThat((String) plan.outputs().get("backendImage")).endsWith(":" + tag);
    }

    @Test
    void frontend_runs_two_fixed_unprivileged_nginx_replicas_on_8080_behind_port_80() {
        var d = k8s(plan, "Deployment", "sql-studio-frontend");
        assertThat(d.mapAt("spec")).containsEntry("replicas", 2);
        // the seed: "2 replicas across zones"
        assertThat(map(list(d.mapAt("spec", "template", "spec").get("topologySpreadConstraints")).get(0)))
                .containsEntry("topologyKey", "topology.kubernetes.io/zone").containsEntry("maxSkew", 1);
        assertThat(plan.where(r -> r.isKubernetesObject() && r.kind().equals("HorizontalPodAutoscaler")
                && r.metadataName().contains("frontend"))).isEmpty();
        var c = container(d, "frontend");
        assertThat(list(c.get("ports"))).containsExactly(Map.of("name", "http", "containerPort", 8080, "protocol", "TCP"));
        assertThat(map(map(c.get("livenessProbe")).get("httpGet"))).containsEntry("path", "/health");
        assertThat(map(map(c.get("readinessProbe")).get("httpGet"))).containsEntry("path", "/health");
        assertThat(map(c.get("resources"))).isEqualTo(Map.of(
                "requests", Map.of("cpu", "50m", "memory", "128Mi"), "limits", Map.of("cpu", "200m", "memory", "512Mi")));
        assertThat(map(c.get("securityContext"))).containsEntry("runAsUser", 101).containsEntry("readOnlyRootFilesystem", true);
        assertThat(list(c.get("volumeMounts"))).extracting(m -> map(m).get("mountPath"))
                .containsExactlyInAnyOrder("/var/cache/nginx", "/tmp");
        var svc = k8s(plan, "Service", "sql-studio-frontend");
        assertThat(map(list(svc.mapAt("spec").get("ports")).get(0))).containsEntry("port", 80).containsEntry("targetPort", "http");
        assertThat(k8s(plan, "PodDisruptionBudget", "sql-studio-frontend").mapAt("spec")).containsEntry("minAvailable", 1)
                .containsEntry("unhealthyPodEvictionPolicy", "AlwaysAllow")
                .containsEntry("selector", Map.of("matchLabels", Map.of("app", "sql-studio", "component", "frontend", "tier", "web")));
    }

    @Test
    void ingress_routes_api_and_health_to_the_backend_and_the_rest_to_the_spa_over_tls() {
        var ingress = k8s(plan, "Ingress", "sql-studio");
        assertThat(ingress.mapAt("spec")).containsEntry("ingressClassName", "nginx");
        assertThat(list(ingress.mapAt("spec").get("tls"))).containsExactly(Map.of(
                "hosts", List.of("sql-studio.app", "www.sql-studio.app", "api.sql-studio.app"), "secretName", "sql-studio-tls"));
        var routes = new java.util.ArrayList<String>();
        for (Object rule : list(ingress.mapAt("spec").get("rules"))) {
            var r = map(rule);
            for (Object p : list(map(r.get("http")).get("paths"))) {
                var path = map(p);
                var svc = map(map(path.get("backend")).get("service"));
                routes.add(String.valueOf(r.get("host")) + path.get("path") + " " + path.get("pathType") + " -> " + svc.get("name") + ":"
                        + map(svc.get("port")).get("number"));
            }
        }
        assertThat(routes).containsExactly(
                "api.sql-studio.app/ Prefix -> sql-studio-backend:8500",
                "sql-studio.app/api Prefix -> sql-studio-backend:8500",
                "sql-studio.app/health Exact -> sql-studio-backend:8500",
                "sql-studio.app/ Prefix -> sql-studio-frontend:80");
        assertThat(ingress.mapAt("metadata", "annotations"))
                .containsEntry("nginx.ingress.kubernetes.io/force-ssl-redirect", "true")
                .containsEntry("nginx.ingress.kubernetes.io/proxy-body-size", "10m")
                .containsEntry("nginx.ingress.kubernetes.io/proxy-connect-timeout", "10")
                .containsEntry("nginx.ingress.kubernetes.io/proxy-read-timeout", "300")
                .containsEntry("nginx.ingress.kubernetes.io/proxy-send-timeout", "300")
                // the original's ingress limits: 20 per second, 100 per minute, 10 connections per client IP
                .containsEntry("nginx.ingress.kubernetes.io/limit-rps", "20")
                .containsEntry("nginx.ingress.kubernetes.io/limit-rpm", "100")
                .containsEntry("nginx.ingress.kubernetes.io/limit-connections", "10")
                .containsEntry("nginx.ingress.kubernetes.io/from-to-www-redirect", "true")
                .doesNotContainKeys("nginx.ingress.kubernetes.io/configuration-snippet", "nginx.ingress.kubernetes.io/server-snippet");
    }

    @Test
    void every_kubernetes_object_is_a_child_of_a_component_and_uses_the_cluster_provider() {
        var components = plan.where(PlannedResource::isComponent);
        assertThat(plan.where(PlannedResource::isKubernetesObject))
                .allMatch(r -> components.stream().anyMatch(c -> c.urn().equals(r.parent())));
    }

    @Test
    void rollout_drain_and_grace_numbers_come_from_the_stack_config() {
        var prodDeployment = k8s(plan, "Deployment", "sql-studio-backend");
        assertThat(map(prodDeployment.mapAt("spec", "strategy").get("rollingUpdate"))).isEqualTo(Map.of("maxSurge", 1, "maxUnavailable", 0));

        var tuned = app.sqlstudio.howler.stack.plan.PlanRunner.plan(TestStacks.prodWith(Map.of(
                "howler:rolloutMaxSurge", "2", "howler:rolloutMaxUnavailable", "1", "howler:pdbMinAvailable", "2",
                "howler:frontendTerminationGracePeriodSeconds", "20", "howler:ingressControllerReplicas", "3"))).plan();
        for (String d : List.of("sql-studio-backend", "sql-studio-frontend")) {
            assertThat(map(k8s(tuned, "Deployment", d).mapAt("spec", "strategy").get("rollingUpdate")))
                    .isEqualTo(Map.of("maxSurge", 2, "maxUnavailable", 1));
            assertThat(k8s(tuned, "PodDisruptionBudget", d).mapAt("spec")).containsEntry("minAvailable", 2);
        }
        assertThat(k8s(tuned, "Deployment", "sql-studio-frontend").mapAt("spec", "template", "spec"))
                .containsEntry("terminationGracePeriodSeconds", 20);
        var ingress = PlanAssertions.named(tuned, "kubernetes:helm.sh/v3:Release", "ingress-nginx-release");
        assertThat(ingress.mapAt("values", "controller")).containsEntry("replicaCount", 3);
    }
}
