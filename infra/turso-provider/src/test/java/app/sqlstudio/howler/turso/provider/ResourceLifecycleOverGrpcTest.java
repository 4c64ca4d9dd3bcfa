package app.sqlstudio.howler.turso.provider;

import static app.sqlstudio.howler.turso.provider.ProviderHarness.DATABASE;
import static app.sqlstudio.howler.turso.provider.ProviderHarness.GROUP;
import static app.sqlstudio.howler.turso.provider.ProviderHarness.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import com.google.protobuf.Struct;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pulumirpc.Provider.DiffResponse.DiffChanges;
import pulumirpc.Provider.PropertyDiff;

/** Configure, Check, Diff, Create, Read, Update, Delete for each resource, over gRPC, against the fake API. */
class ResourceLifecycleOverGrpcTest {
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
    void group_is_created_with_its_replicas_and_read_back() {
        var inputs = provider.checked(GROUP, Structs.of(
                "name", "sql-studio", "primaryLocation", "ord", "locations", List.of("iad", "sjc", "fra", "syd")));

        var created = provider.create(GROUP, inputs, false);

        assertThat(created.getId()).isEqualTo("sql-studio");
        assertThat(Structs.strings(created.getProperties(), "locations")).containsExactly("iad", "sjc", "fra", "syd");
        assertThat(Structs.string(created.getProperties(), "uuid")).isEqualTo("uuid-sql-studio");
        assertThat(provider.api.callLines()).containsExactly(
                "POST /v1/organizations/acme/groups {\"name\":\"sql-studio\",\"location\":\"ord\"}",
                "POST /v1/organizations/acme/groups/sql-studio/locations/iad",
                "POST /v1/organizations/acme/groups/sql-studio/locations/sjc",
                "POST /v1/organizations/acme/groups/sql-studio/locations/fra",
                "POST /v1/organizations/acme/groups/sql-studio/locations/syd");

        var read = provider.read(GROUP, "sql-studio", created.getProperties(), inputs);
        assertThat(read.getId()).isEqualTo("sql-studio");
        assertThat(read.getProperties()).isEqualTo(created.getProperties());
        assertThat(read.getInputs()).isEqualTo(inputs);
    }

    @Test
    void adding_or_removing_a_group_location_is_an_in_place_update() {
        provider.api.addGroup("sql-studio", "ord", "iad", "sjc");
        var olds = provider.checked(GROUP, Structs.of("name", "sql-studio", "primaryLocation", "ord",
                "locations", List.of("iad", "sjc")));
        var news = provider.checked(GROUP, Structs.of("name", "sql-studio", "primaryLocation", "ord",
                "locations", List.of("sjc", "fra")));

        var diff = provider.diff(GROUP, "sql-studio", olds, olds, news);

        assertThat(diff.getChanges()).isEqualTo(DiffChanges.DIFF_SOME);
        assertThat(diff.getDiffsList()).containsExactly("locations");
        assertThat(diff.getReplacesList()).isEmpty();
        assertThat(diff.getDetailedDiffMap().get("locations").getKind()).isEqualTo(PropertyDiff.Kind.UPDATE);

        var updated = provider.update(GROUP, "sql-studio", olds, olds, news, false);

        assertThat(Structs.strings(updated.getProperties(), "locations")).containsExactly("sjc", "fra");
        assertThat(provider.api.callLines()).containsExactly(
                "GET /v1/organizations/acme/groups/sql-studio",
                "POST /v1/organizations/acme/groups/sql-studio/locations/fra",
                "DELETE /v1/organizations/acme/groups/sql-studio/locations/iad");
    }

    @Test
    void reordering_locations_is_no_change() {
        var olds = Structs.of("name", "g", "primaryLocation", "ord", "locations", List.of("iad", "sjc"));
        var news = Structs.of("name", "g", "primaryLocation", "ord", "locations", List.of("sjc", "iad"));

        assertThat(provider.diff(GROUP, "g", olds, olds, news).getChanges()).isEqualTo(DiffChanges.DIFF_NONE);
    }

    @Test
    void a_new_primary_location_replaces_the_group_deleting_first_because_the_name_is_kept() {
        var olds = Structs.of("name", "g", "primaryLocation", "ord", "locations", List.of("iad"));
        var news = Structs.of("name", "g", "primaryLocation", "fra", "locations", List.of("iad"));

        var diff = provider.diff(GROUP, "g", olds, olds, news);

        assertThat(diff.getReplacesList()).containsExactly("primaryLocation");
        assertThat(diff.getDetailedDiffMap().get("primaryLocation").getKind()).isEqualTo(PropertyDiff.Kind.UPDATE_REPLACE);
        assertThat(diff.getDeleteBeforeReplace()).isTrue();
    }

    @Test
    void a_new_name_replaces_creating_the_new_one_first() {
        var olds = Structs.of("name", "g", "primaryLocation", "ord");
        var news = Structs.of("name", "g2", "primaryLocation", "ord");

        var diff = provider.diff(GROUP, "g", olds, olds, news);

        assertThat(diff.getReplacesList()).containsExactly("name");
        assertThat(diff.getDeleteBeforeReplace()).isFalse();
    }

    @Test
    void database_is_created_from_a_point_in_time_seed_with_delete_protection_and_read_back() {
        provider.api.addGroup("sql-studio", "ord");
        provider.api.addDatabase("sql-studio-old", "sql-studio");
        var inputs = provider.checked(DATABASE, Structs.of("name", "sql-studio-production", "group", "sql-studio",
                "sizeLimit", "1gb", "deleteProtection", true,
                "seed", Map.of("database", "sql-studio-old", "timestamp", "2026-11-25T08:30:00Z")));

        var created = provider.create(DATABASE, inputs, false);

        assertThat(created.getId()).isEqualTo("sql-studio-production");
        var out = created.getProperties();
        assertThat(Structs.string(out, "hostname")).isEqualTo("sql-studio-production-acme.turso.io");
        assertThat(Structs.string(out, "url")).isEqualTo("libsql://sql-studio-production-acme.turso.io");
        assertThat(Structs.string(out, "dbId")).isEqualTo("dbid-sql-studio-production");
        var createBody = JsonParser.parseString(provider.api.calls.get(0).body()).getAsJsonObject();
        assertThat(createBody.get("name").getAsString()).isEqualTo("sql-studio-production");
        assertThat(createBody.get("group").getAsString()).isEqualTo("sql-studio");
        assertThat(createBody.get("size_limit").getAsString()).isEqualTo("1gb");
        var seed = createBody.getAsJsonObject("seed");
        assertThat(seed.get("type").getAsString()).isEqualTo("database");
        assertThat(seed.get("name").getAsString()).isEqualTo("sql-studio-old");
        assertThat(seed.get("timestamp").getAsString()).isEqualTo("2026-11-25T08:30:00Z");
        assertThat(provider.api.callLines().get(1)).isEqualTo(
                "PATCH /v1/organizations/acme/databases/sql-studio-production/configuration {\"delete_protection\":true}");

        var read = provider.read(DATABASE, "sql-studio-production", out, inputs);
        assertThat(read.getProperties()).isEqualTo(out);
        assertThat(read.getInputs()).isEqualTo(inputs);
    }

    @Test
    void size_limit_and_delete_protection_update_in_place_while_group_and_seed_replace() {
        var olds = Structs.of("name", "db", "group", "g", "sizeLimit", "1gb", "deleteProtection", false);
        var resized = Structs.of("name", "db", "group", "g", "sizeLimit", "2gb", "deleteProtection", true);
        var moved = Structs.of("name", "db", "group", "g2", "sizeLimit", "1gb", "deleteProtection", false);
        var seeded = Structs.of("name", "db", "group", "g", "sizeLimit", "1gb", "deleteProtection", false,
                "seed", Map.of("database", "other"));

        var update = provider.diff(DATABASE, "db", olds, olds, resized);
        assertThat(update.getDiffsList()).containsExactly("deleteProtection", "sizeLimit");
        assertThat(update.getReplacesList()).isEmpty();
        assertThat(provider.diff(DATABASE, "db", olds, olds, moved).getReplacesList()).containsExactly("group");
        var reseed = provider.diff(DATABASE, "db", olds, olds, seeded);
        assertThat(reseed.getReplacesList()).containsExactly("seed");
        assertThat(reseed.getDetailedDiffMap().get("seed").getKind()).isEqualTo(PropertyDiff.Kind.ADD_REPLACE);
        assertThat(reseed.getDeleteBeforeReplace()).isTrue();
    }

    @Test
    void database_update_patches_only_what_changed() {
        provider.api.addGroup("g", "ord");
        provider.api.addDatabase("db", "g");
        var olds = Structs.of("name", "db", "group", "g", "sizeLimit", "1gb", "deleteProtection", false,
                "hostname", "db-acme.turso.io", "url", "libsql://db-acme.turso.io", "dbId", "dbid-db");
        var oldInputs = Structs.of("name", "db", "group", "g", "sizeLimit", "1gb", "deleteProtection", false);
        var news = Structs.of("name", "db", "group", "g", "sizeLimit", "2gb", "deleteProtection", false);

        var updated = provider.update(DATABASE, "db", olds, oldInputs, news, false);

        assertThat(provider.api.callLines()).containsExactly(
                "PATCH /v1/organizations/acme/databases/db/configuration {\"size_limit\":\"2gb\"}");
        assertThat(Structs.string(updated.getProperties(), "sizeLimit")).isEqualTo("2gb");
        assertThat(Structs.string(updated.getProperties(), "url")).isEqualTo("libsql://db-acme.turso.io");
    }

    @Test
    void database_is_deleted() {
        provider.api.addGroup("g", "ord");
        provider.api.addDatabase("db", "g");

        provider.delete(DATABASE, "db", Structs.of("name", "db", "deleteProtection", false));

        assertThat(provider.api.databases).doesNotContainKey("db");
        var gone = provider.read(DATABASE, "db", Structs.of("name", "db"), Struct.getDefaultInstance());
        assertThat(gone.getId()).isEmpty();
    }

    @Test
    void a_database_is_imported_by_name() {
        provider.api.addGroup("g", "ord");
        provider.api.addDatabase("db", "g");

        var imported = provider.read(DATABASE, "db", Struct.getDefaultInstance(), Struct.getDefaultInstance());

        assertThat(imported.getInputs()).isEqualTo(Structs.of("name", "db", "group", "g", "deleteProtection", false));
        assertThat(Structs.string(imported.getProperties(), "hostname")).isEqualTo("db-acme.turso.io");
    }

    @Test
    void token_is_minted_once_and_stays_the_same_until_rotation_changes() {
        provider.api.addGroup("g", "ord");
        provider.api.addDatabase("db", "g");
        var inputs = provider.checked(TOKEN, Structs.of("database", "db", "expiration", "90d", "rotation", "2026-11"));

        var created = provider.create(TOKEN, inputs, false);

        assertThat(created.getId()).startsWith("db/");
        var jwt = Structs.string(created.getProperties(), "token");
        assertThat(jwt).startsWith("eyJ");
        assertThat(provider.api.callLines()).containsExactly(
                "POST /v1/organizations/acme/databases/db/auth/tokens?expiration=90d&authorization=full-access");

        var read = provider.read(TOKEN, created.getId(), created.getProperties(), inputs);
        assertThat(Structs.string(read.getProperties(), "token")).isEqualTo(jwt);
        var sameRotation = provider.diff(TOKEN, created.getId(), created.getProperties(), inputs, inputs);
        assertThat(sameRotation.getChanges()).isEqualTo(DiffChanges.DIFF_NONE);

        var rotated = provider.checked(TOKEN, Structs.of("database", "db", "expiration", "90d", "rotation", "2026-12"));
        var diff = provider.diff(TOKEN, created.getId(), created.getProperties(), inputs, rotated);
        assertThat(diff.getReplacesList()).containsExactly("rotation");
        assertThat(diff.getDeleteBeforeReplace()).isFalse();
        assertThat(provider.api.calls).hasSize(2); // the mint and the read's existence check; Diff calls nothing
    }

    @Test
    void token_disappears_with_its_database_and_delete_calls_nothing() {
        var state = Structs.of("database", "db", "expiration", "never", "authorization", "full-access",
                "token", Structs.secret("eyJ.old"));

        assertThat(provider.read(TOKEN, "db/1", state, state).getId()).isEmpty();
        provider.delete(TOKEN, "db/1", state);

        assertThat(provider.api.callLines()).containsExactly("GET /v1/organizations/acme/databases/db");
    }
}
