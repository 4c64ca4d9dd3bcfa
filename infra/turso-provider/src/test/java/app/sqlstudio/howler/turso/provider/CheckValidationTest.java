package app.sqlstudio.howler.turso.provider;

import static app.sqlstudio.howler.turso.provider.ProviderHarness.DATABASE;
import static app.sqlstudio.howler.turso.provider.ProviderHarness.GROUP;
import static app.sqlstudio.howler.turso.provider.ProviderHarness.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Struct;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pulumirpc.Provider.CheckFailure;

/** Check names the field in every failure, accepts unknowns, and applies documented defaults. */
class CheckValidationTest {
    private static ProviderHarness provider;

    @BeforeAll
    static void start() throws Exception {
        provider = new ProviderHarness();
    }

    @AfterAll
    static void stop() throws Exception {
        provider.close();
    }

    @Test
    void a_group_without_name_or_primary_fails_on_both_fields() {
        assertThat(failures(GROUP, Structs.of("locations", List.of("iad"))))
                .containsExactlyInAnyOrder("name", "primaryLocation");
    }

    @Test
    void a_group_listing_its_primary_or_a_location_twice_or_a_bad_code_fails_on_locations() {
        var response = provider.check(GROUP, Struct.getDefaultInstance(), Structs.of(
                "name", "g", "primaryLocation", "ord", "locations", List.of("ord", "iad", "iad", "Sydney!")));

        assertThat(response.getFailuresList()).extracting(CheckFailure::getProperty).containsOnly("locations");
        assertThat(response.getFailuresList()).extracting(CheckFailure::getReason).anySatisfy(r ->
                assertThat(r).contains("primary location \"ord\"")).anySatisfy(r ->
                assertThat(r).contains("\"iad\" twice")).anySatisfy(r ->
                assertThat(r).contains("\"Sydney!\"", "location code"));
    }

    @Test
    void a_misspelt_property_is_reported_by_name() {
        var response = provider.check(DATABASE, Struct.getDefaultInstance(),
                Structs.of("name", "db", "group", "g", "sizeLimt", "1gb"));

        assertThat(response.getFailuresList()).singleElement().satisfies(f -> {
            assertThat(f.getProperty()).isEqualTo("sizeLimt");
            assertThat(f.getReason()).contains("unknown property", "sizeLimit");
        });
    }

    @Test
    void database_names_sizes_and_seed_timestamps_are_validated_with_examples() {
        var response = provider.check(DATABASE, Struct.getDefaultInstance(), Structs.of(
                "name", "Prod_DB", "group", "g", "sizeLimit", "lots", "deleteProtection", "yes",
                "seed", Map.of("timestamp", "yesterday", "type", "dump")));

        assertThat(response.getFailuresList()).extracting(CheckFailure::getProperty).containsExactlyInAnyOrder(
                "name", "sizeLimit", "deleteProtection", "seed.database", "seed.timestamp", "seed.type");
        assertThat(response.getFailuresList()).extracting(CheckFailure::getReason)
                .anySatisfy(r -> assertThat(r).contains("lowercase"))
                .anySatisfy(r -> assertThat(r).contains("256mb"))
                .anySatisfy(r -> assertThat(r).contains("2026-11-25T08:30:00Z"));
    }

    @Test
    void token_authorization_and_expiration_are_validated() {
        assertThat(failures(TOKEN, Structs.of("database", "db", "authorization", "admin", "expiration", "3 months")))
                .containsExactlyInAnyOrder("authorization", "expiration");
    }

    @Test
    void defaults_are_filled_in_for_the_token_and_delete_protection() {
        var token = provider.checked(TOKEN, Structs.of("database", "db"));
        var db = provider.checked(DATABASE, Structs.of("name", "db", "group", "g"));

        assertThat(Structs.string(token, "expiration")).isEqualTo("never");
        assertThat(Structs.string(token, "authorization")).isEqualTo("full-access");
        assertThat(db.getFieldsOrThrow("deleteProtection").getBoolValue()).isFalse();
    }

    @Test
    void unknown_inputs_pass_check_untouched() {
        var news = Structs.of("name", Structs.unknown(), "group", "g",
                "seed", Map.of("database", Structs.unknown(), "timestamp", Structs.unknown()));

        var response = provider.check(DATABASE, Struct.getDefaultInstance(), news);

        assertThat(response.getFailuresList()).isEmpty();
        assertThat(response.getInputs().getFieldsOrThrow("name")).isEqualTo(Structs.unknown());
        assertThat(response.getInputs().getFieldsOrThrow("seed")).isEqualTo(news.getFieldsOrThrow("seed"));
    }

    private static List<String> failures(String type, Struct news) {
        return provider.check(type, Struct.getDefaultInstance(), news).getFailuresList().stream()
                .map(CheckFailure::getProperty).toList();
    }
}
