package app.sqlstudio.howler.stack.policy;

import static app.sqlstudio.howler.stack.PlanEdits.edit;
import static app.sqlstudio.howler.stack.PlanEdits.firstContainer;
import static app.sqlstudio.howler.stack.PlanEdits.kubernetes;
import static app.sqlstudio.howler.stack.PlanEdits.map;
import static app.sqlstudio.howler.stack.policy.PoliciesTest.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import app.sqlstudio.howler.stack.TestStacks;
import app.sqlstudio.howler.stack.plan.Plan;
import app.sqlstudio.howler.stack.plan.PlanRunner;
import app.sqlstudio.howler.stack.plan.PlannedResource;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A policy that reads a value known only after up neither passes nor fails on it: it reports "cannot be checked until
 * up", which is never counted as a violation, and still checks everything it can know.
 */
class UnknownValuesPolicyTest {

    private static final String UNKNOWN = PlannedResource.UNKNOWN;

    static Plan zoneSetting(String id, Object value) {
        return edit(TestStacks.prod(), r -> r.type().equals(CloudflareEdgePolicies.ZONE_SETTING)
                && id.equals(r.inputs().get("settingId")), inputs -> inputs.put("value", value));
    }

    @Test
    void an_unknown_ssl_mode_or_tls_minimum_is_reported_as_not_checkable_never_as_passed() {
        for (var c : List.of(List.of("ssl", "cloudflare-ssl-strict"), List.of("min_tls_version", "cloudflare-min-tls"))) {
            List<Violation> found = evaluate(zoneSetting(c.get(0), UNKNOWN), c.get(1));
            assertThat(found).as(c.get(1)).singleElement().satisfies(v -> {
                assertThat(v.knownAfterUp()).isTrue();
                assertThat(v.broken()).isFalse();
                assertThat(v.severity()).isEqualTo(Severity.MANDATORY);
                assertThat(v.message()).startsWith("cannot be checked until up: ");
            });
        }
    }

    @Test
    void the_records_content_is_unknown_in_prod_yet_their_proxying_and_names_are_checked() {
        var records = TestStacks.prod().ofType(TlsNamesAgree.DNS_RECORD);
        assertThat(records).filteredOn(r -> "A".equals(r.inputs().get("type")))
                .hasSize(2).allSatisfy(r -> assertThat(r.inputs()).containsEntry("content", UNKNOWN));
        // nothing of prod is unchecked: the values these policies read are known
        assertThat(evaluate(TestStacks.prod(), "cloudflare-records-proxied")).isEmpty();
        assertThat(evaluate(TestStacks.prod(), "tls-names-agree")).isEmpty();
        var unproxied = edit(TestStacks.prod(), r -> r.name().equals("edge-api"), inputs -> inputs.put("proxied", false));
        assertThat(evaluate(unproxied, "cloudflare-records-proxied")).singleElement()
                .satisfies(v -> assertThat(v.broken()).isTrue());
        var unpublished = edit(TestStacks.prod(), r -> r.name().equals("edge-api"), inputs -> inputs.put("name", "apx"));
        assertThat(evaluate(unpublished, "tls-names-agree")).singleElement().satisfies(v -> {
            assertThat(v.broken()).isTrue();
            assertThat(v.message()).contains("api.sql-studio.app");
        });
    }

    @Test
    void an_unknown_proxied_flag_or_record_name_cannot_be_checked_until_up() {
        var proxied = edit(TestStacks.prod(), r -> r.name().equals("edge-api"), inputs -> inputs.put("proxied", UNKNOWN));
        assertThat(evaluate(proxied, "cloudflare-records-proxied")).singleElement()
                .satisfies(v -> assertThat(v.knownAfterUp()).isTrue());
        var name = edit(TestStacks.prod(), r -> r.name().equals("edge-api"), inputs -> inputs.put("name", UNKNOWN));
        assertThat(evaluate(name, "tls-names-agree")).singleElement().satisfies(v -> {
            assertThat(v.knownAfterUp()).isTrue();
            assertThat(v.message()).contains("api.sql-studio.app");
        });
    }

    @Test
    void a_container_check_on_an_unknown_field_is_unchecked_while_its_known_fields_are_still_checked() {
        // prod's backend has unknown env values (the Turso URL, the pods' range): no container check minds them
        assertThat(TestStacks.prod().byUrn(TestStacks.prod().where(kubernetes("Deployment", "sql-studio-backend"))
                .get(0).urn()).orElseThrow().unknownInputs()).isNotEmpty();
        var unknownImage = edit(TestStacks.prod(), kubernetes("Deployment", "sql-studio-backend"),
                inputs -> firstContainer(inputs).put("image", UNKNOWN));
        assertThat(evaluate(unknownImage, "container-image-pinned")).singleElement().satisfies(v -> {
            assertThat(v.knownAfterUp()).isTrue();
            assertThat(v.message()).contains("container backend's image");
        });
        var unknownImageAndWritableRoot = edit(unknownImage, kubernetes("Deployment", "sql-studio-backend"),
                inputs -> map(firstContainer(inputs), "securityContext").put("readOnlyRootFilesystem", false));
        assertThat(evaluate(unknownImageAndWritableRoot, "container-read-only-root-filesystem")).singleElement()
                .satisfies(v -> assertThat(v.broken()).isTrue());
        var unknownSecurityContext = edit(TestStacks.prod(), kubernetes("Deployment", "sql-studio-backend"),
                inputs -> map(firstContainer(inputs), "securityContext").put("readOnlyRootFilesystem", UNKNOWN));
        assertThat(evaluate(unknownSecurityContext, "container-read-only-root-filesystem")).singleElement()
                .satisfies(v -> assertThat(v.knownAfterUp()).isTrue());
    }

    @Test
    void a_stack_in_a_shared_cluster_cannot_have_its_images_checked_offline_and_that_is_no_violation() {
        // its images are in the owner's registry, whose address is in the owner's state: only up reads it
        var dev = PlanRunner.plan(TestStacks.stackFrom("dev-bob", java.util.Map.of(
                "howler:domain", "dev-bob.dev.sql-studio.app", "howler:expiresAt", "2026-12-01T18:00:00Z",
                "howler:protect", "false", "howler:tursoSharedGroup", "dev",
                "howler:tursoDatabaseName", "sql-studio-dev-bob", "howler:sharedCluster", "dev",
                "howler:namespace", "sql-studio-dev-bob", "howler:monitoring", "false")));
        var all = PolicyEngine.standard().evaluate(new PolicyContext(dev.plan(), dev.config(),
                LocalDate.parse("2026-11-25"), Optional.empty()));
        assertThat(all).filteredOn(v -> v.policy().equals("container-image-pinned")).isNotEmpty()
                .allSatisfy(v -> assertThat(v.knownAfterUp()).isTrue());
        assertThat(all).filteredOn(v -> v.severity() == Severity.MANDATORY).allSatisfy(v -> assertThat(v.broken()).isFalse());
    }
}
