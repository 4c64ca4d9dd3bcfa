package app.sqlstudio.howler.stack.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.sqlstudio.howler.stack.TestStacks;
import app.sqlstudio.howler.stack.plan.PlanRunner;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackConfigTest {

    private static Map<String, String> prodValues() {
        Map<String, String> values = new HashMap<>(TestStacks.prodFile().values());
        values.put("howler:jwtSecret", "a-test-secret-that-is-long-enough-for-hs256-0000");
        values.put("howler:tursoAuthToken", "token");
        values.put("cloudflare:apiToken", "cf-token");
        return values;
    }

    private static StackConfig load(Map<String, String> values) {
        return StackConfig.load(ConfigSource.of(values), "prod");
    }

    @Test
    void the_committed_prod_stack_file_holds_every_value_of_infra_md() {
        StackConfig config = load(prodValues());
        assertThat(config.domain()).isEqualTo("sql-studio.app");
        assertThat(config.gcp().region()).isEqualTo("us-central1");
        assertThat(config.cluster().name()).isEqualTo("sql-studio-cluster");
        assertThat(config.cluster().machineType()).isEqualTo("e2-medium");
        assertThat(config.cluster().nodeMinCount()).isEqualTo(2);
        assertThat(config.cluster().nodeMaxCount()).isEqualTo(10);
        assertThat(config.backend().replicasMin()).isEqualTo(2);
        assertThat(config.backend().replicasMax()).isEqualTo(10);
        assertThat(config.backend().cpuTargetPercent()).isEqualTo(70);
        assertThat(config.backend().memoryTargetPercent()).isEqualTo(80);
        assertThat(config.backend().resources().cpuRequest().text()).isEqualTo("100m");
        assertThat(config.backend().resources().memoryLimit().text()).isEqualTo("1Gi");
        assertThat(config.frontend().replicas()).isEqualTo(2);
        assertThat(config.addons().certificateDuration()).isEqualTo("2160h");
        assertThat(config.addons().certificateRenewBefore()).isEqualTo("360h");
        assertThat(config.addons().prometheusRetention()).isEqualTo("30d");
        assertThat(config.protect()).isTrue();
        assertThat(config.hostnames()).containsExactly("sql-studio.app", "www.sql-studio.app", "api.sql-studio.app");
    }

    @Test
    void a_missing_key_is_named_with_the_stack_file_and_an_example() {
        Map<String, String> values = prodValues();
        values.remove("howler:nodeMaxCount");
        assertThatThrownBy(() -> load(values))
                .isInstanceOf(StackConfigException.class)
                .hasMessageContaining("howler:nodeMaxCount: missing: expected an integer from 1 to 100, e.g. 10 (Pulumi.prod.yaml)");
    }

    @Test
    void a_value_of_the_wrong_type_is_named_with_the_expected_type() {
        Map<String, String> values = prodValues();
        values.put("howler:backendReplicasMin", "two");
        values.put("howler:protect", "yes");
        assertThatThrownBy(() -> load(values))
                .hasMessageContaining("howler:backendReplicasMin: 'two' is not a whole number")
                .hasMessageContaining("howler:protect: 'yes' is not true or false, e.g. true (Pulumi.prod.yaml)");
    }

    @Test
    void malformed_values_are_rejected_with_the_form_they_should_take() {
        Map<String, String> values = prodValues();
        values.put("howler:domain", "Not A Domain");
        values.put("howler:backendCpuLimit", "half a core");
        values.put("howler:imageTag", "latest");
        values.put("howler:jwtSecretRotatedAt", "last tuesday");
        assertThatThrownBy(() -> load(values))
                .hasMessageContaining("howler:domain: 'Not A Domain' is not a lower-case DNS domain, e.g. sql-studio.app")
                .hasMessageContaining("howler:backendCpuLimit: 'half a core' is not a Kubernetes quantity")
                .hasMessageContaining("howler:imageTag: 'latest' is not an image tag other than 'latest'")
                .hasMessageContaining("howler:jwtSecretRotatedAt: 'last tuesday' is not a date YYYY-MM-DD");
    }

    @Test
    void every_problem_is_reported_in_one_error() {
        Map<String, String> values = prodValues();
        values.remove("howler:domain");
        values.put("howler:nodeMinCount", "5");
        values.put("howler:nodeMaxCount", "3");
        values.put("howler:backendMemoryLimit", "128Mi");
        var error = org.junit.jupiter.api.Assertions.assertThrows(StackConfigException.class, () -> load(values));
        assertThat(error.problems()).extracting(ConfigProblem::key)
                .contains("howler:domain", "howler:nodeMaxCount", "howler:backendMemoryLimit");
        assertThat(error.getMessage()).contains("has 3 problems").contains("expected an integer ≥ nodeMinCount (5)");
    }

    @Test
    void a_malformed_value_is_reported_once_not_again_by_the_checks_that_depend_on_it() {
        Map<String, String> values = prodValues();
        values.put("howler:nodeMaxCount", "many");
        var error = org.junit.jupiter.api.Assertions.assertThrows(StackConfigException.class, () -> load(values));
        assertThat(error.problems()).singleElement().satisfies(p -> assertThat(p.problem()).contains("'many' is not a whole number"));
    }

    @Test
    void a_short_jwt_secret_is_refused() {
        Map<String, String> values = prodValues();
        values.put("howler:jwtSecret", "short");
        assertThatThrownBy(() -> load(values)).hasMessageContaining("howler:jwtSecret: too short: expected at least 32 characters");
    }

    @Test
    void secret_values_never_print() {
        StackConfig config = load(prodValues());
        assertThat(config.secrets().toString()).doesNotContain("a-test-secret").contains("[secret]");
    }

    @Test
    void an_invalid_stack_file_stops_the_plan_before_any_resource_is_registered() {
        var broken = TestStacks.prodWith(Map.of("howler:clusterLocation", "europe-west1"));
        assertThatThrownBy(() -> PlanRunner.plan(broken))
                .isInstanceOf(StackConfigException.class)
                .hasMessageContaining("howler:clusterLocation: 'europe-west1' is not in gcp:region us-central1");
    }
}
