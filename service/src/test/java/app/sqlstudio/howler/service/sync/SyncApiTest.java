package app.sqlstudio.howler.service.sync;

import app.sqlstudio.howler.service.support.Http;
import app.sqlstudio.howler.service.support.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static app.sqlstudio.howler.service.support.ApiAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

class SyncApiTest {
    static TestApi api;

    @BeforeAll
    static void start() {
        api = new TestApi();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    static Map<String, Object> change(String type, String id, String action, Map<String, Object> data, String updatedAt, long baseVersion) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", "chg-" + id + "-" + action);
        c.put("item_type", type);
        c.put("item_id", id);
        c.put("action", action);
        if (data != null) c.put("data", data);
        if (updatedAt != null) c.put("updated_at", updatedAt);
        c.put("sync_version", baseVersion);
        return c;
    }

    static Map<String, Object> conn(String id, String name) {
        Map<String, Object> d = new HashMap<>();
        d.put("id", id);
        d.put("name", name);
        d.put("type", "postgres");
        d.put("host", "db.internal");
        d.put("port", 5432);
        d.put("database", "app");
        d.put("username", "app");
        d.put("color", "#ff0000");
        return d;
    }

    static Http.Response upload(String token, String device, Object... changes) {
        return api.http.post("/api/sync/upload", token, Map.of("device_id", device, "changes", List.of(changes)));
    }

    static JsonNode download(String token, String query) {
        Http.Response r = api.http.get("/api/sync/download" + query, token);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    static List<String> ids(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(n -> out.add(n.has("item_id") ? n.get("item_id").asText() : n.get("id").asText()));
        return out;
    }

    @Test
    void uploaded_items_download_on_another_device_with_all_client_fields() {
        TestApi.Session u = api.signup("sync_roundtrip");
        Map<String, Object> q = new HashMap<>(Map.of("id", "q1", "title", "Top users", "query", "select 1", "tags", List.of("a", "b"), "favorite", true, "folder", "reports"));
        Http.Response r = upload(u.token(), "laptop",
                change("connection", "c1", "create", conn("c1", "Prod"), "2026-01-01T10:00:00Z", 0),
                change("saved_query", "q1", "create", q, "2026-01-01T10:00:00Z", 0),
                change("query_history", "h1", "create", Map.of("id", "h1", "query", "select 1", "duration_ms", 12, "success", true), null, 0));
        assertThat(r.status()).isEqualTo(200);
        JsonNode b = r.json();
        assertThat(b.get("success").asBoolean()).isTrue();
        assertThat(b.get("message").asText()).isEqualTo("Synced 3 items, 0 conflicts, 0 rejected");
        assertThat(b.get("conflicts").isArray()).isTrue();
        assertThat(b.get("rejected").isEmpty()).isTrue();
        assertThat(b.get("applied").get(0).get("sync_version").asLong()).isEqualTo(1);

        JsonNode d = download(u.token(), "?device_id=desktop");
        assertThat(ids(d.get("connections"))).containsExactly("c1");
        JsonNode c1 = d.get("connections").get(0);
        assertThat(c1.get("name").asText()).isEqualTo("Prod");
        assertThat(c1.get("color").asText()).isEqualTo("#ff0000");
        assertThat(c1.get("sync_version").asLong()).isEqualTo(1);
        assertThat(c1.get("user_id").asText()).isEqualTo(u.userId());
        assertThat(c1.get("visibility").asText()).isEqualTo("personal");
        JsonNode q1 = d.get("saved_queries").get(0);
        assertThat(q1.get("favorite").asBoolean()).isTrue();
        assertThat(q1.get("folder").asText()).isEqualTo("reports");
        assertThat(ids(d.get("query_history"))).containsExactly("h1");
        assertThat(d.get("deleted").isEmpty()).isTrue();
        assertThat(d.get("has_more").asBoolean()).isFalse();
        assertThat(d.get("next_cursor").asText()).isNotBlank();
        assertThat(d.get("sync_timestamp").asText()).endsWith("Z");
        // nothing new after the cursor
        JsonNode again = download(u.token(), "?cursor=" + d.get("next_cursor").asText());
        assertThat(again.get("connections").isEmpty()).isTrue();
        assertThat(again.get("next_cursor").asText()).isEqualTo(d.get("next_cursor").asText());
    }

    @Test
    void two_users_never_see_each_others_items_even_with_the_same_ids() {
        TestApi.Session a = api.signup("sync_alice");
        TestApi.Session b = api.signup("sync_bob");
        upload(a.token(), "a1", change("connection", "shared-id", "create", conn("shared-id", "Alice's"), null, 0));
        upload(b.token(), "b1", change("connection", "shared-id", "create", conn("shared-id", "Bob's"), null, 0));
        // Bob tries to overwrite and delete Alice's item by id: he only ever touches his own
        upload(b.token(), "b1", change("connection", "shared-id", "update", conn("shared-id", "Bob's v2"), null, 1));
        JsonNode da = download(a.token(), "");
        JsonNode db = download(b.token(), "");
        assertThat(da.get("connections")).hasSize(1);
        assertThat(da.get("connections").get(0).get("name").asText()).isEqualTo("Alice's");
        assertThat(db.get("connections").get(0).get("name").asText()).isEqualTo("Bob's v2");
        assertThat(api.http.get("/api/sync/conflicts", b.token()).json().get("count").asInt()).isZero();
        Http.Response del = upload(b.token(), "b1", change("connection", "only-alice-has-this", "delete", null, null, 1));
        assertThat(del.json().get("rejected").get(0).get("reason").asText()).isEqualTo("item not found");
    }

    @Test
    void one_accepted_write_bumps_sync_version_by_exactly_one() {
        TestApi.Session u = api.signup("sync_versions");
        upload(u.token(), "d", change("connection", "v", "create", conn("v", "one"), null, 0));
        Http.Response r = upload(u.token(), "d", change("connection", "v", "update", conn("v", "two"), null, 1));
        assertThat(r.json().get("applied").get(0).get("sync_version").asLong()).isEqualTo(2);
        assertThat(download(u.token(), "").get("connections").get(0).get("sync_version").asLong()).isEqualTo(2);
    }

    @Test
    void a_delete_reaches_the_other_device_as_a_tombstone() {
        TestApi.Session u = api.signup("sync_delete");
        upload(u.token(), "laptop", change("connection", "gone", "create", conn("gone", "Temp"), null, 0));
        JsonNode first = download(u.token(), "?device_id=desktop");
        assertThat(ids(first.get("connections"))).containsExactly("gone");
        String cursor = first.get("next_cursor").asText();
        Http.Response del = upload(u.token(), "laptop", change("connection", "gone", "delete", null, null, 1));
        assertThat(del.json().get("success").asBoolean()).isTrue();
        JsonNode next = download(u.token(), "?device_id=desktop&cursor=" + cursor);
        assertThat(next.get("connections").isEmpty()).isTrue();
        assertThat(next.get("deleted")).hasSize(1);
        assertThat(next.get("deleted").get(0).get("item_type").asText()).isEqualTo("connection");
        assertThat(next.get("deleted").get(0).get("item_id").asText()).isEqualTo("gone");
        assertThat(next.get("deleted").get(0).get("sync_version").asLong()).isEqualTo(2);
        // deleting again is idempotent
        assertThat(upload(u.token(), "laptop", change("connection", "gone", "delete", null, null, 2)).json().get("success").asBoolean()).isTrue();
    }

    @Test
    void a_credential_bearing_change_is_rejected_alone_and_the_rest_applies() {
        TestApi.Session u = api.signup("sync_secret");
        Map<String, Object> withPassword = conn("leaky", "Leaky");
        withPassword.put("password", "hunter2");
        Map<String, Object> withKey = conn("keyed", "Keyed");
        withKey.put("ssh_key", "-----BEGIN OPENSSH PRIVATE KEY-----");
        Map<String, Object> emptyPassword = conn("clean2", "Clean 2");
        emptyPassword.put("password", "");
        Http.Response r = upload(u.token(), "d",
                change("connection", "leaky", "create", withPassword, null, 0),
                change("connection", "clean", "create", conn("clean", "Clean"), null, 0),
                change("connection", "keyed", "create", withKey, null, 0),
                change("connection", "clean2", "create", emptyPassword, null, 0));
        assertThat(r.status()).isEqualTo(200);
        JsonNode b = r.json();
        assertThat(b.get("success").asBoolean()).isFalse();
        assertThat(b.get("rejected")).hasSize(2);
        assertThat(b.get("rejected").get(0).get("change").get("item_id").asText()).isEqualTo("leaky");
        assertThat(b.get("rejected").get(0).get("reason").asText()).contains("password");
        assertThat(b.get("rejected").get(1).get("reason").asText()).contains("ssh_key");
        assertThat(r.body()).doesNotContain("hunter2").doesNotContain("OPENSSH");
        assertThat(b.get("message").asText()).isEqualTo("Synced 2 items, 0 conflicts, 2 rejected");
        JsonNode d = download(u.token(), "");
        assertThat(ids(d.get("connections"))).containsExactlyInAnyOrder("clean", "clean2");
        assertThat(d.toString()).doesNotContain("hunter2").doesNotContain("\"password\"");
    }

    @Test
    void concurrent_edits_from_two_devices_store_a_conflict_and_the_newer_edit_wins() {
        TestApi.Session u = api.signup("sync_conflict");
        upload(u.token(), "laptop", change("connection", "x", "create", conn("x", "Base"), "2026-01-01T10:00:00Z", 0));
        // both devices start from version 1
        upload(u.token(), "laptop", change("connection", "x", "update", conn("x", "Laptop edit"), "2026-01-01T11:00:00Z", 1));
        Http.Response late = upload(u.token(), "desktop", change("connection", "x", "update", conn("x", "Desktop older edit"), "2026-01-01T10:30:00Z", 1));
        JsonNode b = late.json();
        assertThat(b.get("conflicts")).hasSize(1);
        JsonNode c = b.get("conflicts").get(0);
        assertThat(c.get("winner").asText()).isEqualTo("remote");
        assertThat(c.get("local_version").get("data").get("name").asText()).isEqualTo("Desktop older edit");
        assertThat(c.get("remote_version").get("data").get("name").asText()).isEqualTo("Laptop edit");
        assertThat(download(u.token(), "").get("connections").get(0).get("name").asText()).isEqualTo("Laptop edit");
        Http.Response listed = api.http.get("/api/sync/conflicts", u.token());
        assertThat(listed.json().get("count").asInt()).isEqualTo(1);
        assertThat(listed.json().get("conflicts").get(0).get("id").asText()).isEqualTo(c.get("id").asText());

        // a newer stale edit wins instead, and the overwritten server version is kept as the conflict
        Http.Response newer = upload(u.token(), "tablet", change("connection", "x", "update", conn("x", "Tablet newest"), "2026-01-01T12:00:00Z", 1));
        assertThat(newer.json().get("conflicts").get(0).get("winner").asText()).isEqualTo("local");
        assertThat(download(u.token(), "").get("connections").get(0).get("name").asText()).isEqualTo("Tablet newest");
    }

    private String conflictOn(TestApi.Session u, String id) {
        upload(u.token(), "a", change("connection", id, "create", conn(id, "Base"), "2026-02-01T10:00:00Z", 0));
        upload(u.token(), "a", change("connection", id, "update", conn(id, "Server"), "2026-02-01T11:00:00Z", 1));
        Http.Response r = upload(u.token(), "b", change("connection", id, "update", conn(id, "Client"), "2026-02-01T10:30:00Z", 1));
        return r.json().get("conflicts").get(0).get("id").asText();
    }

    private String currentName(TestApi.Session u, String id) {
        for (JsonNode c : download(u.token(), "").get("connections")) if (c.get("id").asText().equals(id)) return c.get("name").asText();
        return null;
    }

    @Test
    void resolve_with_user_choice_local_applies_the_losing_version() {
        TestApi.Session u = api.signup("resolve_local");
        String id = conflictOn(u, "rl");
        Http.Response r = api.http.post("/api/sync/conflicts/" + id + "/resolve", u.token(), Map.of("strategy", "user_choice", "chosen_version", "local"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("success").asBoolean()).isTrue();
        assertThat(r.json().get("message").asText()).isEqualTo("Conflict resolved using user_choice strategy");
        assertThat(r.json().get("resolved_at").asText()).isNotBlank();
        assertThat(currentName(u, "rl")).isEqualTo("Client");
        assertThat(api.http.get("/api/sync/conflicts", u.token()).json().get("count").asInt()).isZero();
        assertError(api.http.post("/api/sync/conflicts/" + id + "/resolve", u.token(), Map.of("strategy", "last_write_wins")), 409, "conflict already resolved");
    }

    @Test
    void resolve_with_user_choice_remote_keeps_the_server_version() {
        TestApi.Session u = api.signup("resolve_remote");
        String id = conflictOn(u, "rr");
        assertThat(api.http.post("/api/sync/conflicts/" + id + "/resolve", u.token(), Map.of("strategy", "user_choice", "chosen_version", "remote")).status())
                .isEqualTo(200);
        assertThat(currentName(u, "rr")).isEqualTo("Server");
    }

    @Test
    void resolve_with_keep_both_stores_the_loser_as_a_copy() {
        TestApi.Session u = api.signup("resolve_both");
        String id = conflictOn(u, "kb");
        Http.Response r = api.http.post("/api/sync/conflicts/" + id + "/resolve", u.token(), Map.of("strategy", "keep_both"));
        assertThat(r.status()).isEqualTo(200);
        String copy = r.json().get("copy_item_id").asText();
        assertThat(currentName(u, "kb")).isEqualTo("Server");
        assertThat(currentName(u, copy)).isEqualTo("Client (conflict copy)");
    }

    @Test
    void resolve_with_last_write_wins_keeps_the_automatic_outcome() {
        TestApi.Session u = api.signup("resolve_lww");
        String id = conflictOn(u, "lw");
        assertThat(api.http.post("/api/sync/conflicts/" + id + "/resolve", u.token(), Map.of("strategy", "last_write_wins")).status()).isEqualTo(200);
        assertThat(currentName(u, "lw")).isEqualTo("Server");
    }

    @Test
    void resolve_validates_strategy_and_scope() {
        TestApi.Session u = api.signup("resolve_bad");
        TestApi.Session other = api.signup("resolve_other");
        String id = conflictOn(u, "bad");
        assertError(api.http.post("/api/sync/conflicts/" + id + "/resolve", u.token(), Map.of("strategy", "coin_flip")), 400,
                "Invalid resolution strategy: use last_write_wins, keep_both or user_choice");
        assertError(api.http.post("/api/sync/conflicts/" + id + "/resolve", u.token(), Map.of("strategy", "user_choice")), 400,
                "chosen_version must be local or remote with user_choice");
        assertError(api.http.post("/api/sync/conflicts/" + id + "/resolve", other.token(), Map.of("strategy", "last_write_wins")), 404, "conflict not found");
        assertError(api.http.post("/api/sync/conflicts/nope/resolve", u.token(), Map.of("strategy", "last_write_wins")), 404, "conflict not found");
        assertThat(api.http.get("/api/sync/conflicts", other.token()).json().get("conflicts").isEmpty()).isTrue();
    }

    @Test
    void history_uploads_are_idempotent_by_id() {
        TestApi.Session u = api.signup("sync_history");
        for (int i = 0; i < 3; i++) {
            Http.Response r = upload(u.token(), "d", change("query_history", "h-same", "create", Map.of("query", "select " + i), null, 0));
            assertThat(r.json().get("success").asBoolean()).isTrue();
        }
        JsonNode d = download(u.token(), "");
        assertThat(d.get("query_history")).hasSize(1);
        assertThat(d.get("query_history").get(0).get("query").asText()).isEqualTo("select 0");
    }

    @Test
    void download_pages_with_a_cursor_and_has_more() {
        TestApi.Session u = api.signup("sync_paging");
        List<Object> changes = new ArrayList<>();
        for (int i = 0; i < 25; i++) changes.add(change("query_history", "p" + i, "create", Map.of("query", "select " + i), null, 0));
        api.http.post("/api/sync/upload", u.token(), Map.of("device_id", "d", "changes", changes));
        List<String> seen = new ArrayList<>();
        String cursor = "";
        int pages = 0;
        while (true) {
            JsonNode page = download(u.token(), "?limit=10" + (cursor.isEmpty() ? "" : "&cursor=" + cursor));
            seen.addAll(ids(page.get("query_history")));
            cursor = page.get("next_cursor").asText();
            pages++;
            if (!page.get("has_more").asBoolean()) break;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(25).doesNotHaveDuplicates();
    }

    @Test
    void each_list_of_a_page_follows_change_order_and_tombstones_keep_to_their_own_list() {
        TestApi.Session u = api.signup("sync_order");
        upload(u.token(), "d", change("connection", "a", "create", conn("a", "A"), null, 0),
                change("saved_query", "q1", "create", Map.of("name", "Q1", "query", "select 1"), null, 0),
                change("connection", "b", "create", conn("b", "B"), null, 0),
                change("connection", "c", "create", conn("c", "C"), null, 0),
                change("query_history", "h1", "create", Map.of("query", "select 2"), null, 0));
        // a is edited after b and c, then c is deleted: a moves to the end, c leaves the connections list
        upload(u.token(), "d", change("connection", "a", "update", conn("a", "A2"), null, 1));
        upload(u.token(), "d", change("connection", "c", "delete", null, null, 1));
        JsonNode page = download(u.token(), "");
        assertThat(ids(page.get("connections"))).containsExactly("b", "a");
        assertThat(page.get("connections").get(1).get("name").asText()).isEqualTo("A2");
        assertThat(ids(page.get("saved_queries"))).containsExactly("q1");
        assertThat(ids(page.get("query_history"))).containsExactly("h1");
        assertThat(ids(page.get("deleted"))).containsExactly("c");
        assertThat(page.get("deleted").get(0).get("deleted_at").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(page.get("has_more").asBoolean()).isFalse();
    }

    @Test
    void a_full_page_says_whether_anything_follows_it() {
        TestApi.Session u = api.signup("sync_full_page");
        upload(u.token(), "d", change("query_history", "h1", "create", Map.of("query", "select 1"), null, 0),
                change("query_history", "h2", "create", Map.of("query", "select 2"), null, 0));
        JsonNode exact = download(u.token(), "?limit=2");
        assertThat(ids(exact.get("query_history"))).containsExactly("h1", "h2");
        assertThat(exact.get("has_more").asBoolean()).as("nothing after a page that ends at the last item").isFalse();
        upload(u.token(), "d", change("query_history", "h3", "create", Map.of("query", "select 3"), null, 0));
        JsonNode first = download(u.token(), "?limit=2");
        assertThat(first.get("has_more").asBoolean()).isTrue();
        JsonNode rest = download(u.token(), "?limit=2&cursor=" + first.get("next_cursor").asText());
        assertThat(ids(rest.get("query_history"))).containsExactly("h3");
        assertThat(rest.get("has_more").asBoolean()).isFalse();
        JsonNode after = download(u.token(), "?limit=2&cursor=" + rest.get("next_cursor").asText());
        assertThat(after.get("query_history").isEmpty()).isTrue();
        assertThat(after.get("next_cursor").asText()).as("an empty page keeps the cursor").isEqualTo(rest.get("next_cursor").asText());
    }

    @Test
    void item_text_with_control_characters_and_separators_downloads_unchanged() {
        TestApi.Session u = api.signup("sync_control_chars");
        String tricky = "a\u001eb\u001fc,\"d\"\n\u0000e ✓";
        upload(u.token(), "d", change("saved_query", "weird\u001eid", "create", Map.of("name", tricky, "query", "select '\u001e'"), null, 0),
                change("saved_query", "plain", "create", Map.of("name", "plain", "query", "select 1"), null, 0));
        upload(u.token(), "d", change("saved_query", "plain", "delete", null, null, 1));
        JsonNode page = download(u.token(), "");
        assertThat(page.get("saved_queries")).hasSize(1);
        assertThat(page.get("saved_queries").get(0).get("name").asText()).isEqualTo(tricky);
        assertThat(page.get("saved_queries").get(0).get("id").asText()).isEqualTo("weird\u001eid");
        assertThat(ids(page.get("deleted"))).containsExactly("plain");
    }

    @Test
    void download_since_filters_by_time() {
        TestApi.Session u = api.signup("sync_since");
        upload(u.token(), "d", change("connection", "old", "create", conn("old", "Old"), null, 0));
        api.clock.addAndGet(5_000);
        String since = java.time.Instant.ofEpochMilli(api.clock.get()).toString();
        upload(u.token(), "d", change("connection", "new", "create", conn("new", "New"), null, 0));
        assertThat(ids(download(u.token(), "?since=" + since).get("connections"))).containsExactly("new");
    }

    @Test
    void upload_and_download_validate_with_400() {
        TestApi.Session u = api.signup("sync_validation");
        assertError(api.http.post("/api/sync/upload", u.token(), Map.of("changes", List.of())), 400, "device_id is required");
        assertError(api.http.post("/api/sync/upload", u.token(), Map.of("device_id", "d")), 400, "no changes provided");
        assertError(api.http.post("/api/sync/upload", u.token(), Map.of("device_id", "d", "changes", List.of())), 400, "no changes provided");
        assertError(api.http.post("/api/sync/upload", u.token(), Map.of("device_id", "d", "changes", "nope")), 400, "changes must be an array");
        assertError(api.http.get("/api/sync/download?since=yesterday", u.token()), 400, "Invalid since parameter (use RFC3339 format)");
        assertError(api.http.get("/api/sync/download?limit=0", u.token()), 400, "limit must be an integer between 1 and 1000");
        assertError(api.http.get("/api/sync/download?cursor=not-a-cursor", u.token()), 400, "invalid cursor: pass back the next_cursor of the previous download");
        Http.Response mixed = upload(u.token(), "d",
                Map.of("item_type", "spaceship", "item_id", "s", "action", "create", "data", Map.of()),
                Map.of("item_type", "connection", "item_id", "c", "action", "explode", "data", Map.of()),
                Map.of("item_type", "connection", "item_id", "c", "action", "create", "data", List.of(1)),
                Map.of("item_type", "connection", "action", "create", "data", Map.of("name", "no id")),
                Map.of("item_type", "connection", "item_id", "c", "action", "create"));
        assertThat(mixed.status()).isEqualTo(200);
        assertThat(mixed.json().get("rejected")).hasSize(5);
        assertError(api.http.post("/api/sync/upload", null, Map.of("device_id", "d")), 401, "missing authorization header");
    }
}
