package app.sqlstudio.howler.turso.provider;

import static app.sqlstudio.howler.turso.provider.ProviderHarness.GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.gson.JsonParser;
import com.google.protobuf.Empty;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pulumirpc.Provider.ConfigureErrorMissingKeys;
import pulumirpc.Provider.ConfigureRequest;
import pulumirpc.Provider.DiffRequest;
import pulumirpc.Provider.GetSchemaRequest;
import pulumirpc.Provider.ProviderHandshakeRequest;

/** Plugin identity, schema, handshake flags, and where Configure finds the organization and the token. */
class ConfigurationAndPluginTest {

    @Test
    void missing_organization_and_token_are_reported_as_missing_keys_with_how_to_set_them() throws Exception {
        try (var provider = new ProviderHarness()) {
            var error = catchThrowableOfType(StatusRuntimeException.class,
                    () -> provider.configure(Structs.of("version", "0.1.0")));

            assertThat(error.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
            var missing = StatusProto.fromThrowable(error).getDetails(0).unpack(ConfigureErrorMissingKeys.class);
            assertThat(missing.getMissingKeysList()).extracting(ConfigureErrorMissingKeys.MissingKey::getName)
                    .containsExactly("turso:organization", "turso:apiToken");
            assertThat(missing.getMissingKeys(1).getDescription()).contains("TURSO_API_TOKEN", "--secret");
        }
    }

    @Test
    void the_token_comes_from_TURSO_API_TOKEN_when_config_has_none() throws Exception {
        try (var provider = new ProviderHarness(Map.of("TURSO_API_TOKEN", FakeTursoApi.TOKEN))) {
            provider.configure(Structs.of("organization", "acme", "baseUrl", provider.api.baseUrl().toString()));

            assertThat(provider.create(GROUP, Structs.of("name", "g", "primaryLocation", "ord"), false).getId())
                    .isEqualTo("g");
        }
    }

    @Test
    @SuppressWarnings("deprecation") // the legacy field is the point of this test
    void legacy_variables_are_read_when_args_are_empty() throws Exception {
        try (var provider = new ProviderHarness()) {
            provider.stub.configure(ConfigureRequest.newBuilder()
                    .putVariables("turso:config:organization", "acme")
                    .putVariables("turso:config:apiToken", FakeTursoApi.TOKEN)
                    .putVariables("turso:config:baseUrl", provider.api.baseUrl().toString())
                    .build());

            assertThat(provider.create(GROUP, Structs.of("name", "g", "primaryLocation", "ord"), false).getId())
                    .isEqualTo("g");
        }
    }

    @Test
    void configure_and_handshake_agree_on_secrets_and_preview_support() throws Exception {
        try (var provider = new ProviderHarness()) {
            var handshake = provider.stub.handshake(ProviderHandshakeRequest.newBuilder().setEngineAddress("x").build());
            var configure = provider.stub.configure(ConfigureRequest.newBuilder()
                    .setArgs(Structs.of("organization", "acme", "apiToken", Structs.secret("t"))).build());

            assertThat(configure.getAcceptSecrets()).isTrue().isEqualTo(handshake.getAcceptSecrets());
            assertThat(configure.getAcceptResources()).isFalse().isEqualTo(handshake.getAcceptResources());
            assertThat(configure.getAcceptOutputs()).isFalse().isEqualTo(handshake.getAcceptOutputs());
            assertThat(configure.getSupportsPreview()).isTrue();
        }
    }

    @Test
    void changing_organization_replaces_every_resource_but_a_new_token_does_not() throws Exception {
        try (var provider = new ProviderHarness()) {
            var olds = Structs.of("organization", "acme", "apiToken", "a");
            var newToken = provider.stub.diffConfig(DiffRequest.newBuilder().setOlds(olds).setOldInputs(olds)
                    .setNews(Structs.of("organization", "acme", "apiToken", "b")).build());
            var newOrg = provider.stub.diffConfig(DiffRequest.newBuilder().setOlds(olds).setOldInputs(olds)
                    .setNews(Structs.of("organization", "other", "apiToken", "a")).build());

            assertThat(newToken.getDiffsList()).containsExactly("apiToken");
            assertThat(newToken.getReplacesList()).isEmpty();
            assertThat(newOrg.getReplacesList()).containsExactly("organization");
        }
    }

    @Test
    void plugin_info_reports_the_version_the_bindings_ask_for_and_the_schema_has_the_three_resources()
            throws Exception {
        try (var provider = new ProviderHarness()) {
            var version = provider.stub.getPluginInfo(Empty.getDefaultInstance()).getVersion();
            var schema = JsonParser.parseString(
                    provider.stub.getSchema(GetSchemaRequest.newBuilder().setVersion(0).build()).getSchema())
                    .getAsJsonObject();

            assertThat(version).isEqualTo("0.1.0");
            assertThat(schema.get("name").getAsString()).isEqualTo("turso");
            assertThat(schema.get("version").getAsString()).isEqualTo(version);
            assertThat(schema.getAsJsonObject("resources").keySet())
                    .containsExactlyInAnyOrder("turso:index:Group", "turso:index:Database", "turso:index:DatabaseToken");
            assertThat(schema.getAsJsonObject("resources").getAsJsonObject("turso:index:DatabaseToken")
                    .getAsJsonObject("properties").getAsJsonObject("token").get("secret").getAsBoolean()).isTrue();
        }
    }
}
