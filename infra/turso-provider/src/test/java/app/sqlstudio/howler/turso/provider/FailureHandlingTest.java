package app.sqlstudio.howler.turso.provider;

import static app.sqlstudio.howler.turso.provider.ProviderHarness.DATABASE;
import static app.sqlstudio.howler.turso.provider.ProviderHarness.GROUP;
import static app.sqlstudio.howler.turso.provider.ProviderHarness.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pulumirpc.Provider.ErrorResourceInitFailed;

/** What the engine sees when Turso says no, throttles, fails, or answers nonsense. */
class FailureHandlingTest {
    private ProviderHarness provider;

    @BeforeEach
    void start() throws Exception {
        provider = new ProviderHarness().configure();
    }

    @AfterEach
    void stop() throws Exception {
        provider.close();
    }

    @Test
    void deleting_what_turso_no_longer_has_succeeds() {
        provider.delete(GROUP, "gone", Structs.of("name", "gone"));
        provider.delete(DATABASE, "gone", Structs.of("name", "gone"));

        assertThat(provider.api.callLines()).containsExactly(
                "DELETE /v1/organizations/acme/groups/gone", "DELETE /v1/organizations/acme/databases/gone");
    }

    @Test
    void creating_a_database_whose_name_is_taken_fails_cleanly_without_adopting_it() {
        provider.api.addGroup("g", "ord");
        provider.api.addDatabase("db", "g");

        var error = failure(() -> provider.create(DATABASE, Structs.of("name", "db", "group", "g"), false));

        assertThat(error.getStatus().getCode()).isEqualTo(Status.Code.ALREADY_EXISTS);
        assertThat(error.getStatus().getDescription())
                .contains("database named \"db\" already exists", "pulumi import turso:index:Database");
    }

    @Test
    void a_429_is_retried_after_the_delay_turso_asks_for_and_then_succeeds() {
        provider.api.script("POST", ".*/groups", 429, "{\"error\":\"rate limited\"}", Map.of("Retry-After", "2"));
        provider.api.script("POST", ".*/groups", 429, "{\"error\":\"rate limited\"}");

        var created = provider.create(GROUP, Structs.of("name", "g", "primaryLocation", "ord"), false);

        assertThat(created.getId()).isEqualTo("g");
        assertThat(provider.api.calls).hasSize(3);
        assertThat(provider.sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    @Test
    void server_errors_on_reads_are_retried_with_capped_exponential_backoff() {
        provider.api.addGroup("g", "ord");
        for (int i = 0; i < 3; i++) {
            provider.api.script("GET", ".*/groups/g", 502, "<html>bad gateway</html>");
        }

        var read = provider.read(GROUP, "g", Structs.of("name", "g"), Structs.of("name", "g"));

        assertThat(read.getId()).isEqualTo("g");
        assertThat(provider.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void a_create_that_keeps_failing_with_500_is_not_repeated_and_reports_unavailable() {
        provider.api.addGroup("g", "ord");
        provider.api.script("POST", ".*/databases", 500, "{\"error\":\"internal error\"}");

        var error = failure(() -> provider.create(DATABASE, Structs.of("name", "db", "group", "g"), false));

        assertThat(error.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
        assertThat(error.getStatus().getDescription()).contains("create database db", "HTTP 500", "internal error");
        assertThat(provider.api.calls).hasSize(1);
    }

    @Test
    void throttling_that_never_ends_gives_up_after_the_last_attempt() {
        for (int i = 0; i < 4; i++) {
            provider.api.script("GET", ".*/groups/g", 429, "{\"error\":\"slow down\"}");
        }

        var error = failure(() -> provider.read(GROUP, "g", Structs.of("name", "g"), Structs.of("name", "g")));

        assertThat(error.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
        assertThat(provider.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void a_rejected_token_fails_with_a_message_that_names_the_api_token_and_how_to_set_it() throws Exception {
        try (var badToken = new ProviderHarness()) {
            badToken.configure(Structs.of("organization", FakeTursoApi.ORG, "apiToken", Structs.secret("tok-revoked-123"),
                    "baseUrl", badToken.api.baseUrl().toString()));

            var error = failure(() -> badToken.create(GROUP, Structs.of("name", "g", "primaryLocation", "ord"), false));

            assertThat(error.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
            assertThat(error.getStatus().getDescription()).contains(
                    "rejected the API token", "token is invalid or expired",
                    "pulumi config set turso:apiToken", "--secret", "TURSO_API_TOKEN");
            assertThat(error.getStatus().getDescription()).doesNotContain("tok-revoked-123");
        }
    }

    @Test
    void a_forbidden_organization_fails_with_permission_denied_naming_the_token() throws Exception {
        try (var otherOrg = new ProviderHarness()) {
            otherOrg.configure(Structs.of("organization", "someone-else", "apiToken", FakeTursoApi.TOKEN,
                    "baseUrl", otherOrg.api.baseUrl().toString()));

            var error = failure(() -> otherOrg.read(GROUP, "g", Structs.of("name", "g"), Structs.of("name", "g")));

            assertThat(error.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
            assertThat(error.getStatus().getDescription()).contains("API token", "not a member", "turso:apiToken");
        }
    }

    @Test
    void a_malformed_reply_to_a_read_fails_clearly() {
        provider.api.script("GET", ".*/databases/db", 200, "<html>maintenance</html>");

        var error = failure(() -> provider.read(DATABASE, "db", Structs.of("name", "db"), Structs.of("name", "db")));

        assertThat(error.getStatus().getDescription())
                .contains("read database db", "malformed", "not JSON", "<html>maintenance</html>");
    }

    @Test
    void a_reply_missing_a_field_names_the_field() {
        provider.api.script("POST", ".*/databases/db/auth/tokens", 200, "{\"token\":\"x\"}");

        var error = failure(() -> provider.create(TOKEN, Structs.of("database", "db"), false));

        assertThat(error.getStatus().getDescription()).contains("malformed", "\"jwt\"");
    }

    @Test
    void a_malformed_reply_to_a_create_keeps_the_database_in_state_for_a_refresh() {
        provider.api.addGroup("g", "ord");
        provider.api.script("POST", ".*/databases", 200, "{\"database\":{}}");

        var error = failure(() -> provider.create(DATABASE, Structs.of("name", "db", "group", "g"), false));

        var detail = partialFailure(error);
        assertThat(detail.getId()).isEqualTo("db");
        assertThat(detail.getReasons(0)).contains("\"Name\"", "pulumi refresh");
    }

    @Test
    void a_location_that_cannot_be_added_leaves_the_group_in_state_with_what_was_reached() {
        provider.api.script("POST", ".*/groups/g/locations/zzz", 400, "{\"error\":\"invalid location: zzz\"}");

        var error = failure(() -> provider.create(GROUP,
                Structs.of("name", "g", "primaryLocation", "ord", "locations", List.of("iad", "zzz")), false));

        var detail = partialFailure(error);
        assertThat(detail.getId()).isEqualTo("g");
        assertThat(Structs.strings(detail.getProperties(), "locations")).containsExactly("iad");
        assertThat(detail.getReasons(0)).contains("invalid location: zzz");
    }

    @Test
    void deleting_a_protected_database_says_how_to_unprotect_it() {
        provider.api.addGroup("g", "ord");
        provider.api.addDatabase("db", "g");
        provider.api.databases.get("db").addProperty("delete_protection", true);

        var error = failure(() -> provider.delete(DATABASE, "db", Structs.of("name", "db", "deleteProtection", true)));

        assertThat(error.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(error.getStatus().getDescription()).contains("delete protection", "deleteProtection to false");
    }

    private static StatusRuntimeException failure(Runnable call) {
        var error = catchThrowableOfType(StatusRuntimeException.class, call::run);
        assertThat(error).as("expected the call to fail").isNotNull();
        return error;
    }

    private static ErrorResourceInitFailed partialFailure(StatusRuntimeException error) {
        var status = StatusProto.fromThrowable(error);
        assertThat(status).isNotNull();
        try {
            return status.getDetails(0).unpack(ErrorResourceInitFailed.class);
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new AssertionError(e);
        }
    }
}
