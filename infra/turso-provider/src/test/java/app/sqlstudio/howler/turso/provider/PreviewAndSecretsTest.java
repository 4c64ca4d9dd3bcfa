package app.sqlstudio.howler.turso.provider;

import static app.sqlstudio.howler.turso.provider.ProviderHarness.DATABASE;
import static app.sqlstudio.howler.turso.provider.ProviderHarness.GROUP;
import static app.sqlstudio.howler.turso.provider.ProviderHarness.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import app.sqlstudio.howler.turso.provider.wire.PropertyWire;
import com.google.protobuf.Struct;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pulumirpc.Provider.DiffResponse.DiffChanges;

/** Previews touch nothing and answer unknowns; secrets come back as secrets from every call. */
class PreviewAndSecretsTest {
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
    void preview_create_returns_unknown_computed_outputs_without_calling_turso() {
        var group = provider.create(GROUP, Structs.of("name", "g", "primaryLocation", "ord"), true);
        var db = provider.create(DATABASE, Structs.of("name", "db", "group", Structs.unknown()), true);
        var token = provider.create(TOKEN, Structs.of("database", "db", "expiration", "90d"), true);

        assertThat(provider.api.calls).isEmpty();
        assertThat(group.getId()).isEmpty();
        assertThat(PropertyWire.isUnknown(group.getProperties().getFieldsOrThrow("uuid"))).isTrue();
        for (var key : List.of("dbId", "hostname", "url", "group")) {
            assertThat(PropertyWire.isUnknown(db.getProperties().getFieldsOrThrow(key))).as(key).isTrue();
        }
        assertThat(Structs.string(db.getProperties(), "name")).isEqualTo("db");
        var jwt = token.getProperties().getFieldsOrThrow("token");
        assertThat(PropertyWire.isSecret(jwt)).isTrue();
        assertThat(PropertyWire.isUnknown(jwt)).isTrue();
    }

    @Test
    void preview_update_projects_new_inputs_and_keeps_computed_outputs_without_calling_turso() {
        var olds = Structs.of("name", "db", "group", "g", "sizeLimit", "1gb", "deleteProtection", false,
                "hostname", "db-acme.turso.io", "url", "libsql://db-acme.turso.io", "dbId", "x");
        var news = Structs.of("name", "db", "group", "g", "sizeLimit", Structs.unknown(), "deleteProtection", false);

        var updated = provider.update(DATABASE, "db", olds, olds, news, true);

        assertThat(provider.api.calls).isEmpty();
        assertThat(PropertyWire.isUnknown(updated.getProperties().getFieldsOrThrow("sizeLimit"))).isTrue();
        assertThat(Structs.string(updated.getProperties(), "url")).isEqualTo("libsql://db-acme.turso.io");
    }

    @Test
    void an_unknown_input_is_a_change_and_a_replacement_when_replace_only() {
        var olds = Structs.of("name", "db", "group", "g", "deleteProtection", false);
        var news = Structs.of("name", "db", "group", Structs.unknown(), "deleteProtection", false);

        var diff = provider.diff(DATABASE, "db", olds, olds, news);

        assertThat(diff.getChanges()).isEqualTo(DiffChanges.DIFF_SOME);
        assertThat(diff.getReplacesList()).containsExactly("group");
        assertThat(provider.api.calls).isEmpty();
    }

    @Test
    void without_configuration_a_preview_still_works_but_a_real_create_says_what_to_set() throws Exception {
        try (var unconfigured = new ProviderHarness()) {
            var preview = unconfigured.create(GROUP, Structs.of("name", "g", "primaryLocation", "ord"), true);
            assertThat(PropertyWire.isUnknown(preview.getProperties().getFieldsOrThrow("uuid"))).isTrue();

            var error = org.assertj.core.api.Assertions.catchThrowableOfType(io.grpc.StatusRuntimeException.class,
                    () -> unconfigured.create(GROUP, Structs.of("name", "g", "primaryLocation", "ord"), false));
            assertThat(error.getStatus().getDescription()).contains("turso:organization", "TURSO_API_TOKEN");
        }
    }

    @Test
    void the_token_is_secret_in_create_read_and_update_responses() {
        provider.api.addGroup("g", "ord");
        provider.api.addDatabase("db", "g");
        var inputs = provider.checked(TOKEN, Structs.of("database", "db"));

        var created = provider.create(TOKEN, inputs, false);
        var jwt = Structs.string(created.getProperties(), "token");
        var read = provider.read(TOKEN, created.getId(), created.getProperties(), inputs);
        var updated = provider.update(TOKEN, created.getId(), created.getProperties(), inputs, inputs, false);

        for (Struct response : List.of(created.getProperties(), read.getProperties(), read.getInputs(),
                updated.getProperties())) {
            assertThat(Structs.plainStrings(response)).doesNotContain(jwt);
        }
        assertThat(PropertyWire.isSecret(read.getProperties().getFieldsOrThrow("token"))).isTrue();
        assertThat(Structs.string(updated.getProperties(), "token")).isEqualTo(jwt);
    }

    @Test
    void a_token_read_from_state_sent_without_secret_wrappers_comes_back_secret() {
        // An engine that unwraps secrets (acceptSecrets=false) would send the state in clear: answer secret anyway.
        provider.api.addGroup("g", "ord");
        provider.api.addDatabase("db", "g");
        var state = Structs.of("database", "db", "expiration", "never", "authorization", "full-access",
                "token", "eyJ.plain");

        var read = provider.read(TOKEN, "db/1", state, Struct.getDefaultInstance());

        assertThat(Structs.plainStrings(read.getProperties())).doesNotContain("eyJ.plain");
        assertThat(read.getInputs().containsFields("token")).isFalse();
    }

    @Test
    void inputs_the_program_marked_secret_stay_secret_in_every_response() {
        provider.api.addGroup("g", "ord");
        provider.api.addDatabase("sql-studio-old", "g");
        var news = Structs.of("name", "db", "group", "g",
                "seed", Structs.secret(java.util.Map.of("database", "sql-studio-old")));
        var inputs = provider.checked(DATABASE, news);
        assertThat(PropertyWire.isSecret(inputs.getFieldsOrThrow("seed"))).isTrue();

        var created = provider.create(DATABASE, inputs, false);
        var read = provider.read(DATABASE, "db", created.getProperties(), inputs);
        var updated = provider.update(DATABASE, "db", created.getProperties(), inputs, inputs, false);
        var preview = provider.create(DATABASE, inputs, true);

        for (Struct response : List.of(created.getProperties(), read.getProperties(), read.getInputs(),
                updated.getProperties(), preview.getProperties())) {
            assertThat(PropertyWire.isSecret(response.getFieldsOrThrow("seed"))).isTrue();
            assertThat(Structs.plainStrings(response)).doesNotContain("sql-studio-old");
        }
    }

    @Test
    void the_api_token_never_appears_in_any_response_or_error() {
        var check = provider.stub.checkConfig(pulumirpc.Provider.CheckRequest.newBuilder()
                .setNews(Structs.of("organization", "acme", "apiToken", FakeTursoApi.TOKEN, "baseUrl", "not a url"))
                .build());

        assertThat(check.getFailuresList()).singleElement().satisfies(f -> {
            assertThat(f.getProperty()).isEqualTo("baseUrl");
            assertThat(f.getReason()).doesNotContain(FakeTursoApi.TOKEN);
        });
    }
}
