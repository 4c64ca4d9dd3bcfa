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
        values.put("turso:apiToken", "turso-platform-token");
        values.put("cloudflare:apiToken", "cf-token");
        return values;
    }

    private static StackConfig load(Map<String, String> values) {
        return StackConfig.load(ConfigSource.of(values), "prod");
    }

    @Test
    void the_committed_prod_stack_file_holds_every_value_of_the_architecture() {
        StackConfig config = load(prodValues());
        assertThat(config.domain()).isEqualTo("sql-studio.app");
        assertThat(config.gcp().orElseThrow().region()).isEqualTo("us-central1");
        assertThat(config.cluster().orElseThrow().name()).isEqualTo("sql-studio-cluster");
        assertThat(config.cluster().orElseThrow().machineType()).isEqualTo("e2-medium");
        assertThat(config.cluster().orElseThrow().nodeMinCount()).isEqualTo(2);
        assertThat(config.cluster().orElseThrow().nodeMaxCount()).isEqualTo(10);
        assertThat(config.backend().replicasMin()).isEqualTo(2);
        assertThat(config.backend().replicasMax()).isEqualTo(10);
        assertThat(config.backend().cpuTargetPercent()).isEqualTo(70);
        assertThat(config.backend().memoryTargetPercent()).isEqualTo(80);
        assertThat(config.backend().resources().cpuRequest().text()).isEqualTo("100m");
        assertThat(config.backend().resources().memoryLimit().text()).isEqualTo("1Gi");
        assertThat(config.frontend().replicas()).isEqualTo(2);
        assertThat(config.addons().orElseThrow().certificateDuration()).isEqualTo("2160h");
        assertThat(config.addons().orElseThrow().certificateRenewBefore()).isEqualTo("360h");
        assertThat(config.addons().orElseThrow().prometheusRetention()).isEqualTo("30d");
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
        values.put("howler:imageTag", "1.4.2:latest");
        values.put("howler:jwtSecretRotatedAt", "last tuesday");
        assertThatThrownBy(() -> load(values))
                .hasMessageContaining("howler:domain: 'Not A Domain' is not a lower-case DNS domain, e.g. sql-studio.app")
                .hasMessageContaining("howler:backendCpuLimit: 'half a core' is not a Kubernetes quantity")
                .hasMessageContaining("howler:imageTag: '1.4.2:latest' is not an image tag")
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
    void the_committed_prod_stack_file_holds_the_edge_and_database_of_the_architecture() {
        StackConfig config = load(prodValues());
        var edge = config.edge().orElseThrow();
        assertThat(edge.zoneId()).matches("[0-9a-f]{32}");
        assertThat(edge.dnsTtl()).isEqualTo(1);
        assertThat(edge.minTlsVersion()).isEqualTo("1.2");
        assertThat(edge.assetsCacheSeconds()).isEqualTo(31_536_000);
        assertThat(edge.imagesCacheSeconds()).isEqualTo(2_592_000);
        assertThat(edge.loginRateLimit()).isEqualTo(new StackConfig.RateLimit(5, 300));
        assertThat(edge.loginBlockSeconds()).isEqualTo(3600);
        assertThat(edge.apiRateLimit()).isEqualTo(new StackConfig.RateLimit(100, 60));
        assertThat(edge.redirectStatusCode()).isEqualTo(301);
        var turso = config.turso().orElseThrow();
        assertThat(turso.organization()).isEqualTo("howlerops");
        assertThat(turso.primaryLocation()).isEqualTo("ord");
        assertThat(turso.replicaLocations()).containsExactly("iad", "sjc", "fra", "syd");
        assertThat(turso.databaseName()).isEqualTo("sql-studio-production");
        assertThat(turso.tokenExpirationDays()).isEqualTo(90);
        assertThat(turso.sharedGroup()).isEmpty();
    }

    @Test
    void the_cloudflare_zone_id_is_required_and_must_be_32_hex_digits() {
        Map<String, String> values = prodValues();
        values.remove("howler:cloudflareZoneId");
        assertThatThrownBy(() -> load(values)).hasMessageContaining("howler:cloudflareZoneId: missing: expected a "
                + "Cloudflare zone id (32 hex digits, dashboard → the zone → Overview → Zone ID), "
                + "e.g. 023e105f4ecef8ad9ca31a8372d0c353 (Pulumi.prod.yaml)");
        values.put("howler:cloudflareZoneId", "sql-studio.app");
        assertThatThrownBy(() -> load(values)).hasMessageContaining("howler:cloudflareZoneId: 'sql-studio.app' is not a Cloudflare zone id");
    }

    @Test
    void the_domain_must_be_the_cloudflare_zone_or_under_it_and_only_the_zone_itself_manages_it() {
        assertThat(load(prodValues()).managesCloudflareZone()).isTrue();
        Map<String, String> values = prodValues();
        values.put("howler:domain", "pr-7.dev.sql-studio.app");
        assertThat(load(values).managesCloudflareZone()).isFalse();
        values.put("howler:domain", "sql-studio.dev");
        assertThatThrownBy(() -> load(values)).hasMessageContaining("howler:cloudflareZone: 'sql-studio.app' does not "
                + "contain howler:domain sql-studio.dev: expected the domain itself or a parent of it");
    }

    @Test
    void latest_and_a_minimum_tls_below_1_2_are_valid_config_left_to_the_mandatory_policies() {
        Map<String, String> values = prodValues();
        values.put("howler:imageTag", "latest");
        values.put("howler:cloudflareMinTlsVersion", "1.0");
        StackConfig config = load(values);
        assertThat(config.app().imageTag()).isEqualTo("latest");
        assertThat(config.edge().orElseThrow().minTlsVersion()).isEqualTo("1.0");
    }

    @Test
    void edge_numbers_must_be_values_cloudflare_accepts() {
        Map<String, String> values = prodValues();
        values.put("howler:cloudflareDnsTtl", "30");
        values.put("howler:cloudflareMinTlsVersion", "1.4");
        values.put("howler:cloudflareLoginRateLimitPeriodSeconds", "250");
        values.put("howler:cloudflareLoginBlockSeconds", "an hour");
        values.put("howler:cloudflareApiRateLimitRequests", "0");
        values.put("howler:cloudflareCacheAssetsSeconds", "63072000");
        values.put("howler:cloudflareRedirectStatusCode", "200");
        var error = org.junit.jupiter.api.Assertions.assertThrows(StackConfigException.class, () -> load(values));
        assertThat(error.getMessage())
                .contains("howler:cloudflareDnsTtl: 30 is not a Cloudflare TTL: expected 1 (automatic) or 60 to 86400")
                .contains("howler:cloudflareMinTlsVersion: '1.4' is not allowed: expected one of 1.0, 1.1, 1.2, 1.3")
                .contains("howler:cloudflareLoginRateLimitPeriodSeconds: 250 is not allowed: expected one of 10, 15, 20")
                .contains("howler:cloudflareLoginBlockSeconds: 'an hour' is not a whole number")
                .contains("howler:cloudflareApiRateLimitRequests: 0 is out of range")
                .contains("howler:cloudflareCacheAssetsSeconds: 63072000 is out of range: expected an integer from 0 to 31536000")
                .contains("howler:cloudflareRedirectStatusCode: 200 is not allowed: expected one of 301, 302, 307, 308");
    }

    @Test
    void turso_locations_are_codes_and_the_primary_is_not_also_a_replica() {
        Map<String, String> values = prodValues();
        values.put("howler:tursoPrimaryLocation", "Chicago");
        values.put("howler:tursoReplicaLocations", "[\"iad\", \"iad\", \"frankfurt\"]");
        values.put("howler:tursoDatabaseName", "SQL Studio");
        values.put("howler:tursoTokenExpirationDays", "0");
        var error = org.junit.jupiter.api.Assertions.assertThrows(StackConfigException.class, () -> load(values));
        assertThat(error.getMessage())
                .contains("howler:tursoPrimaryLocation: 'Chicago' is not a Turso location code, e.g. ord")
                .contains("howler:tursoReplicaLocations: 'frankfurt' is not a Turso location code")
                .contains("howler:tursoReplicaLocations: lists a location twice")
                .contains("howler:tursoDatabaseName: 'SQL Studio' is not a Turso database name")
                .contains("howler:tursoTokenExpirationDays: 0 is out of range");
        values.put("howler:tursoPrimaryLocation", "ord");
        values.put("howler:tursoReplicaLocations", "[\"ord\", \"iad\"]");
        assertThatThrownBy(() -> load(values)).hasMessageContaining(
                "howler:tursoReplicaLocations: lists the primary location ord; replicas are the other locations");
    }

    @Test
    void turso_organization_and_both_provider_tokens_are_required() {
        Map<String, String> values = prodValues();
        values.remove("turso:organization");
        values.remove("turso:apiToken");
        values.remove("cloudflare:apiToken");
        var error = org.junit.jupiter.api.Assertions.assertThrows(StackConfigException.class, () -> load(values));
        assertThat(error.problems()).extracting(ConfigProblem::key)
                .contains("turso:organization", "turso:apiToken", "cloudflare:apiToken");
        assertThat(error.getMessage()).contains("turso:apiToken: missing secret: set it with "
                + "`pulumi config set --secret turso:apiToken <value>`");
        assertThat(StackConfig.REQUIRED_SECRET_KEYS).contains("turso:apiToken").doesNotContain("howler:tursoAuthToken");
        assertThat(StackConfig.SECRET_KEYS).contains("turso:apiToken", "cloudflare:apiToken");
    }

    @Test
    void an_ephemeral_stack_must_share_a_group_and_name_its_own_database() {
        Map<String, String> values = prodValues();
        values.put("howler:expiresAt", "2026-12-01T18:00:00Z");
        var error = org.junit.jupiter.api.Assertions.assertThrows(StackConfigException.class,
                () -> StackConfig.load(ConfigSource.of(values), "pr-42"));
        assertThat(error.getMessage())
                .contains("howler:tursoSharedGroup: missing: an ephemeral stack (howler:expiresAt set) puts its "
                        + "database in an existing shared group instead of creating one, e.g. dev")
                .contains("howler:tursoDatabaseName: 'sql-studio-production' does not name stack pr-42")
                .contains("e.g. sql-studio-pr-42 (Pulumi.pr-42.yaml)");
        values.put("howler:tursoSharedGroup", "dev");
        values.put("howler:tursoDatabaseName", "sql-studio-pr-42");
        var config = StackConfig.load(ConfigSource.of(values), "pr-42");
        assertThat(config.turso().orElseThrow().sharedGroup()).contains("dev");
    }

    @Test
    void the_removed_turso_url_and_token_keys_are_no_longer_needed() {
        Map<String, String> values = prodValues();
        values.remove("howler:tursoUrl");
        values.remove("howler:tursoAuthToken");
        assertThat(load(values).secrets().tursoTokenRotatedAt().orElseThrow()).hasToString("2026-11-20");
        assertThat(TestStacks.prodFile().values()).doesNotContainKeys("howler:tursoUrl", "howler:tursoAuthToken");
    }

    @Test
    void an_invalid_stack_file_stops_the_plan_before_any_resource_is_registered() {
        var broken = TestStacks.prodWith(Map.of("howler:clusterLocation", "europe-west1"));
        assertThatThrownBy(() -> PlanRunner.plan(broken))
                .isInstanceOf(StackConfigException.class)
                .hasMessageContaining("howler:clusterLocation: 'europe-west1' is not in gcp:region us-central1");
    }

    @Test
    void an_unknown_howler_key_is_a_problem_naming_the_closest_known_key() {
        Map<String, String> values = prodValues();
        values.put("howler:nodeMaxCout", "12");
        values.put("howler:tursoRestordFrom", "sql-studio-production");
        values.put("howler:somethingElseEntirely", "x");
        values.put("gcp:zone", "us-central1-a"); // other namespaces belong to their providers
        var error = org.junit.jupiter.api.Assertions.assertThrows(StackConfigException.class, () -> load(values));
        assertThat(error.problems()).extracting(ConfigProblem::key)
                .containsExactlyInAnyOrder("howler:nodeMaxCout", "howler:tursoRestordFrom", "howler:somethingElseEntirely");
        assertThat(error.getMessage())
                .contains("howler:nodeMaxCout: unknown key: did you mean howler:nodeMaxCount? (Pulumi.prod.yaml)")
                .contains("howler:tursoRestordFrom: unknown key: did you mean howler:tursoRestoredFrom?")
                .contains("howler:somethingElseEntirely: unknown key: the program reads no such key");
        // reported with every other problem, not instead of them
        values.remove("howler:domain");
        var both = org.junit.jupiter.api.Assertions.assertThrows(StackConfigException.class, () -> load(values));
        assertThat(both.problems()).extracting(ConfigProblem::key).contains("howler:domain", "howler:nodeMaxCout");
    }

    @Test
    void the_suggestion_is_the_nearest_key_and_only_when_it_is_near() {
        var known = java.util.List.of("howler:nodeMaxCount", "howler:nodeMinCount", "howler:domain");
        assertThat(ConfigReader.closest("howler:nodeMaxCout", known)).isEqualTo("howler:nodeMaxCount");
        assertThat(ConfigReader.closest("howler:nodemincount", known)).isEqualTo("howler:nodeMinCount");
        assertThat(ConfigReader.closest("howler:domian", known)).isEqualTo("howler:domain");
        assertThat(ConfigReader.closest("howler:monitoringEnabled", known)).isNull();
        assertThat(ConfigReader.distance("ab", "ba")).isEqualTo(1);
    }

    @Test
    void every_key_of_the_committed_prod_stack_file_is_known() {
        assertThat(load(prodValues()).migration().run()).isTrue();
        assertThat(TestStacks.prodFile().values()).containsEntry("howler:runMigrations", "true");
    }

    @Test
    void run_migrations_is_a_required_boolean() {
        Map<String, String> values = prodValues();
        values.remove("howler:runMigrations");
        assertThatThrownBy(() -> load(values))
                .hasMessageContaining("howler:runMigrations: missing: expected true or false, e.g. true (Pulumi.prod.yaml)");
        values.put("howler:runMigrations", "no");
        assertThatThrownBy(() -> load(values)).hasMessageContaining("howler:runMigrations: 'no' is not true or false");
        values.put("howler:runMigrations", "false");
        assertThat(load(values).migration().run()).isFalse();
    }

    @Test
    void a_restore_names_the_replaced_database_which_is_not_the_current_one() {
        Map<String, String> values = prodValues();
        values.put("howler:tursoDatabaseName", "sql-studio-production-r20261125-0930");
        values.put("howler:tursoRestoredFrom", "sql-studio-production");
        var turso = load(values).turso().orElseThrow();
        assertThat(turso.restoredFrom()).contains("sql-studio-production");
        assertThat(turso.finalizingRestore()).isFalse();

        values.put("howler:tursoRestoredFrom", "sql-studio-production-r20261125-0930");
        values.put("howler:tursoFinalizeRestore", "perhaps");
        assertThatThrownBy(() -> load(values))
                .hasMessageContaining("howler:tursoRestoredFrom: names the current database sql-studio-production-r20261125-0930: "
                        + "it must be the database the restore replaced, e.g. sql-studio-production (Pulumi.prod.yaml)")
                .hasMessageContaining("howler:tursoFinalizeRestore: 'perhaps' is not true or false, e.g. true");
        values.put("howler:tursoRestoredFrom", "Not_A_Name");
        assertThatThrownBy(() -> load(values)).hasMessageContaining("howler:tursoRestoredFrom: 'Not_A_Name' is not the name "
                + "of the Turso database a restore replaced");
    }

    @Test
    void finalize_restore_is_only_valid_during_a_restore() {
        Map<String, String> values = prodValues();
        values.put("howler:tursoFinalizeRestore", "true");
        assertThatThrownBy(() -> load(values)).hasMessageContaining("howler:tursoFinalizeRestore: is set but "
                + "howler:tursoRestoredFrom is not");
        values.put("howler:tursoRestoredFrom", "sql-studio-old");
        assertThat(load(values).turso().orElseThrow().finalizingRestore()).isTrue();
    }

    @Test
    void an_ephemeral_stack_only_restores_its_own_database() {
        Map<String, String> values = prodValues();
        values.put("howler:expiresAt", "2026-12-01T18:00:00Z");
        values.put("howler:tursoSharedGroup", "dev");
        values.put("howler:tursoDatabaseName", "sql-studio-pr-42-r20261125-0930");
        values.put("howler:tursoRestoredFrom", "sql-studio-production");
        assertThatThrownBy(() -> StackConfig.load(ConfigSource.of(values), "pr-42"))
                .hasMessageContaining("howler:tursoRestoredFrom: 'sql-studio-production' does not name stack pr-42");
    }

    @Test
    void a_shared_dev_cluster_is_only_for_ephemeral_stacks_in_a_namespace_of_their_own_without_monitoring() {
        Map<String, String> prod = prodValues();
        prod.put("howler:sharedCluster", "dev");
        assertThatThrownBy(() -> load(prod))
                .hasMessageContaining("howler:sharedCluster: only an ephemeral stack (howler:expiresAt set) may use a shared dev cluster")
                .hasMessageContaining("howler:namespace: 'sql-studio' is the shared cluster's own app namespace")
                .hasMessageContaining("e.g. sql-studio-prod")
                .hasMessageContaining("howler:monitoring: must be false in a shared cluster");

        Map<String, String> values = prodValues();
        values.put("howler:expiresAt", "2026-12-01T18:00:00Z");
        values.put("howler:tursoSharedGroup", "dev");
        values.put("howler:tursoDatabaseName", "sql-studio-pr-42");
        values.put("howler:monitoring", "false");
        values.put("howler:namespace", "sql-studio-pr-42");
        values.put("howler:sharedCluster", "pr-42");
        assertThatThrownBy(() -> StackConfig.load(ConfigSource.of(values), "pr-42"))
                .hasMessageContaining("howler:sharedCluster: names this stack itself");
        values.put("howler:sharedCluster", "not a stack!");
        assertThatThrownBy(() -> StackConfig.load(ConfigSource.of(values), "pr-42"))
                .hasMessageContaining("howler:sharedCluster");
        values.put("howler:sharedCluster", "howlerops/howler/dev");
        var config = StackConfig.load(ConfigSource.of(values), "pr-42");
        assertThat(config.inSharedCluster()).isTrue();
        assertThat(config.sharedCluster()).contains("howlerops/howler/dev");
        assertThat(StackConfig.load(ConfigSource.of(prodValues()), "prod").inSharedCluster()).isFalse();
    }

    @Test
    void a_rollout_that_may_neither_add_nor_remove_a_pod_is_refused() {
        Map<String, String> values = prodValues();
        values.put("howler:rolloutMaxSurge", "0");
        values.put("howler:rolloutMaxUnavailable", "0");
        assertThatThrownBy(() -> load(values)).hasMessageContaining("howler:rolloutMaxSurge: rolloutMaxSurge and rolloutMaxUnavailable cannot both be 0");
    }
}
