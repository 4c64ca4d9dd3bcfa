package com.pulumi.turso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pulumi.Log;
import com.pulumi.core.Output;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.test.Mocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.internal.MockMonitor;
import com.pulumi.test.internal.PulumiTestInternal;
import com.pulumi.turso.inputs.DatabaseSeedArgs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pulumirpc.Resource.RegisterResourceRequest;

/** The Turso bindings under Pulumi's mock engine: what they put on the wire. */
class TursoBindingsTest {
    private final List<Mocks.ResourceArgs> registered = new CopyOnWriteArrayList<>();
    private final List<RegisterResourceRequest> requests = new CopyOnWriteArrayList<>();

    /** Echoes the inputs and adds what the provider would compute. */
    private final Mocks mocks = args -> {
        registered.add(args);
        var state = new HashMap<String, Object>(args.inputs);
        switch (args.type) {
            case "turso:index:Group" -> state.put("uuid", "g-uuid");
            case "turso:index:Database" -> {
                state.put("dbId", "db-uuid");
                state.put("hostname", args.inputs.get("name") + "-acme.turso.io");
                state.put("url", "libsql://" + args.inputs.get("name") + "-acme.turso.io");
            }
            case "turso:index:DatabaseToken" -> state.put("token", "jwt-value");
            default -> { }
        }
        return CompletableFuture.completedFuture(Mocks.ResourceResult.of(Optional.of(args.name + "-id"), state));
    };

    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    @Test
    void group_database_and_token_register_their_type_tokens_and_wire_inputs() {
        var result = run(ctx -> {
            var group = new Group("group", GroupArgs.builder()
                    .name("sql-studio").primaryLocation("ord").locations("iad", "sjc", "fra", "syd").build());
            var db = new Database("db", DatabaseArgs.builder()
                    .name("sql-studio-production")
                    .group(group.name())
                    .sizeLimit("1gb")
                    .deleteProtection(true)
                    .seed(DatabaseSeedArgs.builder().database("sql-studio-old").timestamp("2026-11-25T08:30:00Z").build())
                    .build());
            var token = new DatabaseToken("token", DatabaseTokenArgs.builder()
                    .database(db.name()).expiration("90d").authorization("full-access").rotation("2026-11-25").build());
            ctx.export("url", db.url());
            ctx.export("token", token.token());
        });

        assertThat(result.exceptions()).isEmpty();
        assertThat(inputsOf("turso:index:Group")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "name", "sql-studio", "primaryLocation", "ord", "locations", List.of("iad", "sjc", "fra", "syd")));
        assertThat(inputsOf("turso:index:Database")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "name", "sql-studio-production", "group", "sql-studio", "sizeLimit", "1gb", "deleteProtection", true,
                "seed", Map.of("database", "sql-studio-old", "timestamp", "2026-11-25T08:30:00Z")));
        assertThat(inputsOf("turso:index:DatabaseToken")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "database", "sql-studio-production", "expiration", "90d", "authorization", "full-access",
                "rotation", "2026-11-25"));
        assertThat(PulumiTest.extractValue(result.output("url", String.class)))
                .isEqualTo("libsql://sql-studio-production-acme.turso.io");
    }

    @Test
    void every_resource_asks_for_the_turso_plugin_version_and_the_token_is_a_secret_output() {
        run(ctx -> {
            var provider = new Provider("turso", ProviderArgs.builder()
                    .organization("acme").apiToken(Output.ofSecret("platform-token")).build());
            var opts = CustomResourceOptions.builder().provider(provider).build();
            new DatabaseToken("token", DatabaseTokenArgs.builder().database("db").build(), opts);
        });

        var token = request("turso:index:DatabaseToken");
        assertThat(token.getVersion()).isEqualTo(Utilities.getVersion()).isEqualTo("0.1.0");
        assertThat(token.getAdditionalSecretOutputsList()).containsExactly("token");
        assertThat(token.getProvider()).contains("pulumi:providers:turso");
        var provider = request("pulumi:providers:turso");
        assertThat(provider.getAdditionalSecretOutputsList()).containsExactly("apiToken");
        assertThat(provider.getObject().getFieldsMap().get("apiToken").getStructValue().getFieldsMap())
                .containsKey("4dabf18193072939515e22adb298388d");
    }

    @Test
    void builders_refuse_to_build_without_required_inputs() {
        assertThatThrownBy(() -> GroupArgs.builder().name("g").build())
                .isInstanceOf(MissingRequiredPropertyException.class).hasMessageContaining("primaryLocation");
        assertThatThrownBy(() -> DatabaseArgs.builder().name("db").build())
                .isInstanceOf(MissingRequiredPropertyException.class).hasMessageContaining("group");
        assertThatThrownBy(() -> DatabaseTokenArgs.builder().build())
                .isInstanceOf(MissingRequiredPropertyException.class).hasMessageContaining("database");
    }

    private com.pulumi.test.TestResult run(java.util.function.Consumer<com.pulumi.Context> program) {
        return PulumiTestInternal.builder()
                .options(TestOptions.builder().projectName("howler").stackName("test").build())
                .mocks(mocks)
                .monitorDecorator(m -> new MockMonitor(mocks, Log.ignore()) {
                    @Override
                    public CompletableFuture<pulumirpc.Resource.RegisterResourceResponse> registerResourceAsync(
                            com.pulumi.resources.Resource resource, RegisterResourceRequest request) {
                        requests.add(request);
                        return super.registerResourceAsync(resource, request);
                    }
                })
                .build()
                .runTest(program);
    }

    private Map<String, Object> inputsOf(String type) {
        return registered.stream().filter(a -> a.type.equals(type)).findFirst().orElseThrow().inputs;
    }

    private RegisterResourceRequest request(String type) {
        return requests.stream().filter(r -> r.getType().equals(type)).findFirst().orElseThrow();
    }
}
