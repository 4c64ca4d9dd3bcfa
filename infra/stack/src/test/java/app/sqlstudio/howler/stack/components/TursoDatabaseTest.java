package app.sqlstudio.howler.stack.components;

import static app.sqlstudio.howler.stack.components.PlanAssertions.childrenOf;
import static app.sqlstudio.howler.stack.components.PlanAssertions.component;
import static app.sqlstudio.howler.stack.components.PlanAssertions.container;
import static app.sqlstudio.howler.stack.components.PlanAssertions.k8s;
import static app.sqlstudio.howler.stack.components.PlanAssertions.list;
import static app.sqlstudio.howler.stack.components.PlanAssertions.one;
import static org.assertj.core.api.Assertions.assertThat;

import app.sqlstudio.howler.stack.TestStacks;
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
        assertThat(secret.mapAt("stringData")).containsEntry("turso-url", PlannedResource.SECRET)
                .containsEntry("turso-auth-token", PlannedResource.SECRET);
        assertThat(secret.dependencies()).contains(one(plan, DATABASE).urn(), one(plan, TOKEN).urn());
        var backend = container(k8s(plan, "Deployment", "sql-studio-backend"), "backend");
        assertThat(list(backend.get("env"))).contains(
                Map.of("name", "TURSO_URL", "value", "libsql://sql-studio-production-howlerops.turso.io"));
        assertThat(plan.outputs()).containsEntry("tursoDatabaseUrl", "libsql://sql-studio-production-howlerops.turso.io");
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
        assertThat(dev.outputs()).containsEntry("tursoDatabaseUrl", "libsql://sql-studio-dev-alice-howlerops.turso.io")
                .containsKey("expiresAt");
    }

    @Test
    void the_token_output_is_a_secret_and_every_turso_resource_goes_through_the_components_provider() {
        var cloud = new RecordingCloud(new MockCloud("howlerops-prod", "sql-studio.app", "howlerops"));
        var component = new AtomicReference<TursoDatabase>();
        var result = PulumiTest.withMocks(cloud).runTest(ctx -> component.set(new TursoDatabase("turso",
                TursoDatabaseArgs.from(TestStacks.prodConfig()), ComponentResourceOptions.Empty)));
        assertThat(result.exceptions()).isEmpty();

        assertThat(cloud.ofTypePrefix("turso:")).hasSize(3)
                .allSatisfy(r -> assertThat(r.provider).contains("::turso-provider::"));
        var token = PulumiTestInternal.extractOutputData(component.get().token);
        assertThat(token.isSecret()).isTrue();
        assertThat((String) token.getValueNullable()).startsWith("eyJ");
        assertThat(PulumiTestInternal.extractOutputData(component.get().url).getValueNullable())
                .isEqualTo("libsql://sql-studio-production-howlerops.turso.io");
    }
}
