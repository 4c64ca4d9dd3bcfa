package app.sqlstudio.howler.stack.policy;

import static app.sqlstudio.howler.stack.PlanEdits.edit;
import static app.sqlstudio.howler.stack.PlanEdits.firstContainer;
import static app.sqlstudio.howler.stack.PlanEdits.kubernetes;
import static app.sqlstudio.howler.stack.PlanEdits.map;
import static org.assertj.core.api.Assertions.assertThat;

import app.sqlstudio.howler.stack.PlanEdits;
import app.sqlstudio.howler.stack.TestStacks;
import app.sqlstudio.howler.stack.config.ConfigSource;
import app.sqlstudio.howler.stack.config.StackConfig;
import app.sqlstudio.howler.stack.plan.Plan;
import app.sqlstudio.howler.stack.plan.PlanRunner;
import app.sqlstudio.howler.stack.plan.PlannedResource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every policy of docs/plan-json.md: the committed prod plan passes it, and a plan changed on purpose breaks it. */
class PoliciesTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");

    static StackConfig config(Map<String, String> changes) {
        Map<String, String> values = new HashMap<>(TestStacks.prodFile().values());
        values.put("howler:jwtSecret", "a-test-secret-that-is-long-enough-for-hs256-0000");
        values.put("turso:apiToken", "turso-platform-token");
        values.put("cloudflare:apiToken", "cf-token");
        values.putAll(changes);
        return StackConfig.load(ConfigSource.of(values), "prod");
    }

    static List<Violation> evaluate(Plan plan, StackConfig config, Optional<BigDecimal> cost, String policy) {
        return PolicyEngine.standard().evaluate(new PolicyContext(plan, config, TODAY, cost)).stream()
                .filter(v -> v.policy().equals(policy)).toList();
    }

    static List<Violation> evaluate(Plan plan, String policy) {
        return evaluate(plan, config(Map.of()), Optional.of(new BigDecimal("300")), policy);
    }

    static Plan backend(Consumer<Map<String, Object>> change) {
        return edit(TestStacks.prod(), kubernetes("Deployment", "sql-studio-backend"), change);
    }

    static Plan backendContainer(Consumer<Map<String, Object>> change) {
        return backend(inputs -> change.accept(firstContainer(inputs)));
    }

    static List<Object[]> containerCases() {
        return List.of(
                new Object[] {"container-runs-as-non-root", (Consumer<Map<String, Object>>) c -> {
                    map(c, "securityContext").put("runAsUser", 0);
                }},
                new Object[] {"container-read-only-root-filesystem", (Consumer<Map<String, Object>>) c ->
                        map(c, "securityContext").put("readOnlyRootFilesystem", false)},
                new Object[] {"container-no-privilege-escalation", (Consumer<Map<String, Object>>) c ->
                        map(c, "securityContext").remove("allowPrivilegeEscalation")},
                new Object[] {"container-drops-all-capabilities", (Consumer<Map<String, Object>>) c ->
                        map(c, "securityContext").put("capabilities", Map.of("drop", List.of("NET_RAW")))},
                new Object[] {"container-requests-and-limits", (Consumer<Map<String, Object>>) c ->
                        map(c, "resources").put("limits", Map.of("cpu", "500m"))},
                new Object[] {"container-probes", (Consumer<Map<String, Object>>) c -> c.remove("readinessProbe")},
                new Object[] {"container-image-pinned", (Consumer<Map<String, Object>>) c ->
                        c.put("image", "us-central1-docker.pkg.dev/howlerops-prod/sql-studio/sql-studio-backend:latest")});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("containerCases")
    void container_policies_pass_on_prod_and_fail_on_a_changed_container(String policy, Consumer<Map<String, Object>> change) {
        assertThat(evaluate(TestStacks.prod(), policy)).isEmpty();
        var violations = evaluate(backendContainer(change), policy);
        assertThat(violations).hasSize(1);
        assertThat(violations.get(0).severity()).isEqualTo(Severity.MANDATORY);
        assertThat(violations.get(0).message()).startsWith("Deployment sql-studio-backend container backend: ");
    }

    @Test
    void non_root_is_also_required_when_only_the_pod_level_context_is_missing() {
        var plan = backend(inputs -> {
            map(inputs, "spec", "template", "spec").remove("securityContext");
            map(firstContainer(inputs), "securityContext").remove("runAsNonRoot");
        });
        assertThat(evaluate(plan, "container-runs-as-non-root")).hasSize(1);
    }

    @Test
    void seccomp_runtime_default_is_required_on_the_pod_or_container() {
        assertThat(evaluate(TestStacks.prod(), "container-seccomp-runtime-default")).isEmpty();
        var plan = backend(inputs -> {
            map(inputs, "spec", "template", "spec", "securityContext").remove("seccompProfile");
            map(firstContainer(inputs), "securityContext").put("seccompProfile", Map.of("type", "Unconfined"));
        });
        assertThat(evaluate(plan, "container-seccomp-runtime-default")).hasSize(1);
    }

    @Test
    void an_image_without_a_tag_is_not_pinned_but_a_digest_is() {
        assertThat(ImageReference.problem("registry.example/app")).isPresent();
        assertThat(ImageReference.problem("registry.example:5000/app")).isPresent();
        assertThat(ImageReference.problem("registry.example/app@sha256:" + "a".repeat(64))).isEmpty();
        assertThat(ImageReference.problem("registry.example:5000/app:1.2.3")).isEmpty();
    }

    @Test
    void a_namespace_without_default_deny_is_reported() {
        assertThat(evaluate(TestStacks.prod(), "namespace-default-deny")).isEmpty();
        var plan = PlanEdits.without(TestStacks.prod(), kubernetes("NetworkPolicy", "default-deny-all"));
        assertThat(evaluate(plan, "namespace-default-deny")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("namespace sql-studio runs workloads"));
        var allowing = edit(TestStacks.prod(), kubernetes("NetworkPolicy", "default-deny-all"),
                inputs -> map(inputs, "spec").put("ingress", List.of(Map.of())));
        assertThat(evaluate(allowing, "namespace-default-deny")).hasSize(1);
    }

    @Test
    void a_replicated_deployment_without_a_matching_pdb_is_reported() {
        assertThat(evaluate(TestStacks.prod(), "pdb-for-replicated-deployments")).isEmpty();
        var plan = edit(TestStacks.prod(), kubernetes("PodDisruptionBudget", "sql-studio-frontend"),
                inputs -> map(inputs, "spec", "selector").put("matchLabels", Map.of("app", "sql-studio", "component", "other")));
        assertThat(evaluate(plan, "pdb-for-replicated-deployments")).singleElement()
                .satisfies(v -> assertThat(v.message()).startsWith("Deployment sql-studio-frontend"));
    }

    @Test
    void the_original_cpu_ratio_of_4_is_reported_because_it_refuses_the_backend() {
        var planned = PlanRunner.plan(TestStacks.prodWith(Map.of("howler:limitRangeMaxCpuRatio", "4")));
        var violations = evaluate(planned.plan(), planned.config(), Optional.empty(), "namespace-limits-admit-containers");
        assertThat(violations).isNotEmpty();
        assertThat(violations.get(0).message()).contains("cpu limit/request ratio 5 exceeds maxLimitRequestRatio 4");
        assertThat(evaluate(TestStacks.prod(), "namespace-limits-admit-containers")).isEmpty();
    }

    @Test
    void a_quota_too_small_for_maximum_scale_is_reported() {
        var planned = PlanRunner.plan(TestStacks.prodWith(Map.of("howler:quotaLimitsMemory", "8Gi")));
        assertThat(evaluate(planned.plan(), planned.config(), Optional.empty(), "namespace-limits-admit-containers"))
                .anySatisfy(v -> assertThat(v.message()).contains("allows limits.memory 8Gi"));
    }

    @Test
    void certificate_names_that_differ_from_the_ingress_are_reported() {
        assertThat(evaluate(TestStacks.prod(), "tls-names-agree")).isEmpty();
        var plan = edit(TestStacks.prod(), kubernetes("Certificate", "sql-studio-cert"),
                inputs -> map(inputs, "spec").put("dnsNames", List.of("sql-studio.app", "api.sql-studio.app")));
        assertThat(evaluate(plan, "tls-names-agree")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("but Ingress sql-studio serves"));
    }

    @Test
    void an_ingress_host_without_a_cloudflare_record_is_reported() {
        assertThat(evaluate(TestStacks.prod(), "tls-names-agree")).isEmpty();
        var withoutWww = PlanEdits.without(TestStacks.prod(), r -> r.type().equals(TlsNamesAgree.DNS_RECORD)
                && "www.sql-studio.app".equals(r.inputs().get("name")));
        assertThat(evaluate(withoutWww, "tls-names-agree")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("[www.sql-studio.app]"));
        var relative = PlanEdits.plus(withoutWww, record("www", "www", true));
        assertThat(evaluate(relative, "tls-names-agree")).isEmpty();
    }

    @Test
    void cloudflare_ssl_must_be_strict_tls_at_least_12_and_records_proxied() {
        for (String policy : List.of("cloudflare-ssl-strict", "cloudflare-min-tls", "cloudflare-records-proxied")) {
            assertThat(evaluate(TestStacks.prod(), policy)).as(policy).isEmpty();
        }
        var bad = edit(edit(edit(TestStacks.prod(), setting("ssl"), inputs -> inputs.put("value", "flexible")),
                setting("min_tls_version"), inputs -> inputs.put("value", "1.0")),
                r -> r.type().equals(TlsNamesAgree.DNS_RECORD) && "api.sql-studio.app".equals(r.inputs().get("name")),
                inputs -> inputs.put("proxied", false));
        assertThat(evaluate(bad, "cloudflare-ssl-strict")).singleElement().satisfies(v -> assertThat(v.message()).contains("flexible"));
        assertThat(evaluate(bad, "cloudflare-min-tls")).singleElement().satisfies(v -> assertThat(v.message()).contains("1.0"));
        assertThat(evaluate(bad, "cloudflare-records-proxied")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("api.sql-studio.app is not proxied"));
        var noSsl = PlanEdits.without(TestStacks.prod(), setting("ssl"));
        assertThat(evaluate(noSsl, "cloudflare-ssl-strict")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("no ZoneSetting 'ssl'"));
    }

    @Test
    void prod_reports_an_unprotected_cluster_node_pool_ingress_ip_or_database() {
        assertThat(evaluate(TestStacks.prod(), "prod-resources-protected")).isEmpty();
        var plan = PlanEdits.unprotect(TestStacks.prod(), "gcp:container/nodePool:NodePool");
        assertThat(evaluate(plan, "prod-resources-protected")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("gcp:container/nodePool:NodePool"));
        var unprotectedDb = PlanEdits.unprotect(TestStacks.prod(), "turso:index:Database");
        assertThat(evaluate(unprotectedDb, "prod-resources-protected")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("turso:index:Database turso-database-sql-studio-production is not protected"));
        var unprotectedIp = PlanEdits.unprotect(TestStacks.prod(), "gcp:compute/address:Address");
        assertThat(evaluate(unprotectedIp, "prod-resources-protected")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("gcp:compute/address:Address"));
    }

    @Test
    void prod_reports_an_hpa_that_may_scale_to_one() {
        assertThat(evaluate(TestStacks.prod(), "prod-hpa-minimum")).isEmpty();
        var plan = edit(TestStacks.prod(), kubernetes("HorizontalPodAutoscaler", "sql-studio-backend"),
                inputs -> map(inputs, "spec").put("minReplicas", 1));
        assertThat(evaluate(plan, "prod-hpa-minimum")).hasSize(1);
        var dev = new Plan("howlerops", "dev-alice", plan.resources(), plan.outputs(), List.of());
        assertThat(evaluate(dev, "prod-hpa-minimum")).isEmpty();
    }

    @Test
    void objects_without_app_and_component_labels_get_advice() {
        var plan = edit(TestStacks.prod(), kubernetes("Service", "sql-studio-frontend"),
                inputs -> map(inputs, "metadata").put("labels", Map.of("app", "sql-studio")));
        var violations = evaluate(plan, "labels-app-component");
        assertThat(violations).anySatisfy(v -> {
            assertThat(v.severity()).isEqualTo(Severity.ADVISORY);
            assertThat(v.message()).isEqualTo("Service sql-studio-frontend lacks the app/component labels");
        });
        assertThat(evaluate(TestStacks.prod(), "labels-app-component")).noneMatch(v -> v.message().contains("Service"));
    }

    @Test
    void a_cost_over_the_monthly_budget_gets_advice() {
        assertThat(evaluate(TestStacks.prod(), config(Map.of()), Optional.of(new BigDecimal("390")), "monthly-budget")).isEmpty();
        assertThat(evaluate(TestStacks.prod(), config(Map.of()), Optional.of(new BigDecimal("401.50")), "monthly-budget"))
                .singleElement().satisfies(v -> assertThat(v.message()).contains("$401.50/month, over howler:monthlyBudget $400"));
    }

    @Test
    void a_secret_older_than_90_days_gets_advice() {
        assertThat(evaluate(TestStacks.prod(), "secret-rotation-age")).isEmpty();
        var old = config(Map.of("howler:jwtSecretRotatedAt", "2026-08-01"));
        assertThat(evaluate(TestStacks.prod(), old, Optional.empty(), "secret-rotation-age")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("rotated 116 days ago").contains("howler:jwtSecretPrevious"));
    }

    @Test
    void the_committed_prod_stack_has_no_mandatory_violation() {
        var violations = PolicyEngine.standard().evaluate(new PolicyContext(TestStacks.prod(), config(Map.of()), TODAY,
                Optional.of(new BigDecimal("300"))));
        assertThat(violations).noneMatch(v -> v.severity() == Severity.MANDATORY);
    }

    private static Predicate<PlannedResource> setting(String id) {
        return r -> r.type().equals(CloudflareEdgePolicies.ZONE_SETTING) && id.equals(r.inputs().get("settingId"));
    }

    private static PlannedResource record(String name, String recordName, boolean proxied) {
        return new PlannedResource("urn:record:" + name, TlsNamesAgree.DNS_RECORD, name, null, false,
                Map.of("zoneId", "zone", "name", recordName, "type", "A", "proxied", proxied, "ttl", 1), List.of());
    }
}
