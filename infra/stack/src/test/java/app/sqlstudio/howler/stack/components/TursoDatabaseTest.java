package app.sqlstudio.howler.stack.components;

import static app.sqlstudio.howler.stack.components.PlanAssertions.childrenOf;
import static app.sqlstudio.howler.stack.components.PlanAssertions.component;
import static app.sqlstudio.howler.stack.components.PlanAssertions.container;
import static app.sqlstudio.howler.stack.components.PlanAssertions.k8s;
import static app.sqlstudio.howler.stack.components.PlanAssertions.list;
import static app.sqlstudio.howler.stack.components.PlanAssertions.named;
import static app.sqlstudio.howler.stack.components.PlanAssertions.one;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.sqlstudio.howler.stack.TestStacks;
import app.sqlstudio.howler.stack.plan.PlannedStack;
import app.sqlstudio.howler.stack.policy.PolicyContext;
import app.sqlstudio.howler.stack.policy.PolicyEngine;
import app.sqlstudio.howler.stack.policy.Violation;
import app.sqlstudio.howler.stack.data.TursoDatabase;
import app.sqlstudio.howler.stack.data.TursoDatabaseArgs;
import app.sqlstudio.howler.stack.plan.MockCloud;
import app.sqlstudio.howler.stack.plan.Plan;
import app.sqlstudio.howler.stack.plan.PlanRunner;
import app.sqlstudio.howler.stack.plan.PlannedResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.internal.PulumiTestInternal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Turso group, database and token of the prod plan, how they reach the backend, and ephemeral stacks. */
class TursoDatabaseTest {

    static final String GROUP = "turso:index:Group";
    static final String DATABASE = "turso:index:Database";
    static final String TOKEN = "turso:index:DatabaseToken";

    private final Plan plan = TestStacks.prod();

    @AfterEach
    void cleanUpTheMockEngine() {
        PulumiTest.cleanup();
    }

    @Test
    void prod_has_its_own_group_with_primary_ord_and_four_replicas_protected_like_the_database() {
        var group = one(plan, GROUP);
        assertThat(group.inputs()).isEqualTo(Map.of("name", "sql-studio", "primaryLocation", "ord",
                "locations", List.of("iad", "sjc", "fra", "syd")));
        assertThat(group.protect()).isTrue();
    }

    @Test
    void the_production_database_lives_in_that_group_with_delete_protection_and_pulumi_protect() {
        var database = one(plan, DATABASE);
        assertThat(database.inputs()).isEqualTo(Map.of("name", "sql-studio-production", "group", "sql-studio",
                "deleteProtection", true));
        assertThat(database.protect()).isTrue();
        assertThat(database.dependencies()).contains(one(plan, GROUP).urn());
    }

    @Test
    void the_database_is_named_after_its_turso_name_so_a_restore_never_renames_it_and_nothing_is_imported() {
        var database = one(plan, DATABASE);
        assertThat(database.name()).isEqualTo("turso-database-sql-studio-production");
        assertThat(database.importId()).isNull();
        assertThat(plan.resources()).allSatisfy(r -> assertThat(r.importId()).as(r.urn()).isNull());
    }

    static final String RESTORED = "sql-studio-production-r20261125-0930";

    /** Prod as `howler db restore prod --at 2026-11-25T09:30:00Z` leaves it. */
    static PlannedStack restoredStack(Map<String, String> more) {
        var changes = new java.util.HashMap<String, String>(Map.of("howler:tursoDatabaseName", RESTORED,
                "howler:tursoRestoredFrom", "sql-studio-production"));
        changes.putAll(more);
        return PlanRunner.plan(TestStacks.prodWith(changes));
    }

    static Plan restored(Map<String, String> more) {
        return restoredStack(more).plan();
    }

    static List<Violation> protectionViolations(Plan plan, PlannedStack stack) {
        return PolicyEngine.standard().evaluate(new PolicyContext(plan, stack.config(), java.time.LocalDate.of(2026, 11, 25),
                java.util.Optional.empty())).stream().filter(v -> v.policy().equals("prod-resources-protected")).toList();
    }

    @Test
    void after_a_restore_the_restored_database_is_imported_with_the_inputs_the_provider_reads_back() {
        var restored = restored(Map.of());
        var current = named(restored, DATABASE, "turso-database-" + RESTORED);
        assertThat(current.importId()).isEqualTo(RESTORED);
        // Read reports name, group and delete protection (db restore turned it on for a protected stack); no seed,
        // no size limit: anything else would differ from what was read and fail the import.
        assertThat(current.inputs()).isEqualTo(Map.of("name", RESTORED, "group", "sql-studio", "deleteProtection", true));
        assertThat(current.protect()).isTrue();
        assertThat(current.dependencies()).contains(one(restored, GROUP).urn());
    }

    @Test
    void after_a_restore_the_replaced_database_is_still_declared_unchanged_and_protected() {
        var restored = restored(Map.of());
        assertThat(restored.ofType(DATABASE)).hasSize(2);
        var old = named(restored, DATABASE, "turso-database-sql-studio-production");
        var before = one(plan, DATABASE);
        assertThat(old.urn()).isEqualTo(before.urn());
        assertThat(old.inputs()).isEqualTo(before.inputs());
        assertThat(old.protect()).isTrue();
        assertThat(old.importId()).isNull();
        var stack = restoredStack(Map.of());
        assertThat(PolicyEngine.standard().evaluate(new PolicyContext(stack.plan(), stack.config(),
                java.time.LocalDate.of(2026, 11, 25), java.util.Optional.empty())))
                .noneMatch(v -> v.severity() == app.sqlstudio.howler.stack.policy.Severity.MANDATORY);
    }

    @Test
    void after_a_restore_the_token_and_the_app_secret_follow_the_restored_database() {
        var restored = restored(Map.of());
        var token = one(restored, TOKEN);
        assertThat(token.inputs()).containsEntry("database", RESTORED);
        assertThat(token.dependencies()).contains(named(restored, DATABASE, "turso-database-" + RESTORED).urn())
                .doesNotContain(named(restored, DATABASE, "turso-database-sql-studio-production").urn());
        var secret = k8s(restored, "Secret", "sql-studio-secrets");
        assertThat(secret.dependencies()).contains(named(restored, DATABASE, "turso-database-" + RESTORED).urn(), token.urn());
        var backend = container(k8s(restored, "Deployment", "sql-studio-backend"), "backend");
        // Turso names the URL: even of a database that exists, the plan (offline) does not know it
        assertThat(list(backend.get("env"))).contains(Map.of("name", "TURSO_URL", "value", PlannedResource.UNKNOWN));
        assertThat(restored.outputs()).containsEntry("tursoDatabaseUrl", PlannedResource.UNKNOWN);
    }

    @Test
    void finalize_first_lifts_both_protections_of_the_replaced_database_then_stops_declaring_it() {
        var releasingStack = restoredStack(Map.of("howler:tursoFinalizeRestore", "true"));
        var releasing = releasingStack.plan();
        var old = named(releasing, DATABASE, "turso-database-sql-studio-production");
        assertThat(old.protect()).isFalse();
        assertThat(old.inputs()).containsEntry("deleteProtection", false);
        var current = named(releasing, DATABASE, "turso-database-" + RESTORED);
        assertThat(current.protect()).isTrue();
        assertThat(current.inputs()).containsEntry("deleteProtection", true);
        // the one database meant to lose its protection is not a violation; the current one still would be
        assertThat(protectionViolations(releasing, releasingStack)).isEmpty();
        var bothUnprotected = app.sqlstudio.howler.stack.PlanEdits.unprotect(releasing, DATABASE);
        assertThat(protectionViolations(bothUnprotected, releasingStack))
                .singleElement().satisfies(v -> assertThat(v.message()).contains("turso-database-" + RESTORED));

        // after finalize: only the restored database, its logical name unchanged, no longer imported (it is in state)
        var finalized = PlanRunner.plan(TestStacks.prodWith(Map.of("howler:tursoDatabaseName", RESTORED))).plan();
        var only = one(finalized, DATABASE);
        assertThat(only.name()).isEqualTo("turso-database-" + RESTORED);
        assertThat(only.urn()).isEqualTo(current.urn());
        assertThat(only.importId()).isNull();
        assertThat(only.protect()).isTrue();
        assertThat(one(finalized, TOKEN).inputs()).containsEntry("database", RESTORED);
    }

    @Test
    void the_token_has_full_access_expires_in_90_days_and_rotates_with_its_configured_date() {
        var token = one(plan, TOKEN);
        assertThat(token.inputs()).isEqualTo(Map.of("database", "sql-studio-production", "expiration", "90d",
                "authorization", "full-access", "rotation", "2026-11-20"));
        assertThat(token.protect()).isFalse();
        assertThat(token.dependencies()).contains(one(plan, DATABASE).urn());

        var rotated = PlanRunner.plan(TestStacks.prodWith(Map.of("howler:tursoTokenRotatedAt", "2027-02-18",
                "howler:tursoTokenExpirationDays", "30"))).plan();
        assertThat(one(rotated, TOKEN).inputs()).containsEntry("rotation", "2027-02-18").containsEntry("expiration", "30d");
    }

    @Test
    void the_provider_uses_the_configured_organization_and_the_api_token_as_a_secret() {
        var provider = one(plan, "pulumi:providers:turso");
        assertThat(provider.inputs()).containsEntry("organization", "howlerops")
                .containsEntry("apiToken", PlannedResource.SECRET);
        var turso = component(plan, "TursoDatabase");
        assertThat(childrenOf(plan, turso)).extracting(PlannedResource::type)
                .containsExactlyInAnyOrder("pulumi:providers:turso", GROUP, DATABASE, TOKEN);
    }

    @Test
    void the_database_url_and_token_fill_the_app_secret_and_the_backend_reads_the_url() {
        var secret = k8s(plan, "Secret", "sql-studio-secrets");
        // both come from Turso when up creates them: known after up, and each key still listed on its own
        assertThat(secret.mapAt("stringData")).containsEntry("turso-url", PlannedResource.UNKNOWN)
                .containsEntry("turso-auth-token", PlannedResource.UNKNOWN);
        assertThat(secret.dependencies()).contains(one(plan, DATABASE).urn(), one(plan, TOKEN).urn());
        var backend = container(k8s(plan, "Deployment", "sql-studio-backend"), "backend");
        assertThat(list(backend.get("env"))).contains(Map.of("name", "TURSO_URL", "value", PlannedResource.UNKNOWN));
        assertThat(plan.outputs()).containsEntry("tursoDatabaseUrl", PlannedResource.UNKNOWN);
    }

    @Test
    void an_ephemeral_stack_puts_its_own_unprotected_database_in_the_shared_dev_group() {
        var dev = PlanRunner.plan(TestStacks.ephemeral("dev-alice")).plan();
        assertThat(dev.ofType(GROUP)).isEmpty();
        var database = one(dev, DATABASE);
        assertThat(database.inputs()).isEqualTo(Map.of("name", "sql-studio-dev-alice", "group", "dev",
                "deleteProtection", false));
        assertThat(database.protect()).isFalse();
        assertThat(one(dev, TOKEN).inputs()).containsEntry("database", "sql-studio-dev-alice");
        assertThat(dev.outputs()).containsEntry("tursoDatabaseUrl", PlannedResource.UNKNOWN).containsKey("expiresAt");
    }

    @Test
    void an_ephemeral_database_may_start_as_a_copy_of_the_staging_database_and_prod_never_does() {
        var seeded = PlanRunner.plan(TestStacks.stackFrom("dev-carol", Map.of(
                "howler:domain", "dev-carol.dev.sql-studio.app", "howler:expiresAt", "2026-12-01T18:00:00Z",
                "howler:protect", "false", "howler:tursoSharedGroup", "dev", "howler:tursoDatabaseName", "sql-studio-dev-carol",
                "howler:tursoSeedFrom", "sql-studio-staging"))).plan();
        assertThat(one(seeded, DATABASE).inputs()).containsEntry("seed", Map.of("database", "sql-studio-staging"))
                .containsEntry("name", "sql-studio-dev-carol");
        assertThat(one(plan, DATABASE).inputs()).doesNotContainKey("seed");
        assertThatThrownBy(() -> PlanRunner.plan(TestStacks.prodWith(Map.of("howler:tursoSeedFrom", "sql-studio-staging"))))
                .hasMessageContaining("howler:tursoSeedFrom: only an ephemeral stack (howler:expiresAt set) starts from a copy");
    }

    @Test
    void the_token_output_is_an_unknown_secret_and_every_turso_resource_goes_through_the_components_provider() {
        var cloud = new RecordingCloud(new MockCloud("howlerops-prod", "sql-studio.app"));
        var component = new AtomicReference<TursoDatabase>();
        var result = PulumiTest.withMocks(cloud).runTest(ctx -> component.set(new TursoDatabase("turso",
                TursoDatabaseArgs.from(TestStacks.prodConfig()), ComponentResourceOptions.Empty)));
        assertThat(result.exceptions()).isEmpty();

        assertThat(cloud.ofTypePrefix("turso:")).hasSize(3)
                .allSatisfy(r -> assertThat(r.provider).contains("::turso-provider::"));
        // what Turso mints and names is unknown until it has: the mock cloud makes none of it up
        var token = PulumiTestInternal.extractOutputData(component.get().token);
        assertThat(token.isKnown()).isFalse();
        assertThat(token.isSecret()).isTrue();
        assertThat(token.getValueNullable()).isNull();
        assertThat(PulumiTestInternal.extractOutputData(component.get().url).isKnown()).isFalse();
    }
}
