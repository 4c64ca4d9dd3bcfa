package app.sqlstudio.howler.service.sync;

import app.sqlstudio.howler.service.storage.SqliteDatabase;
import app.sqlstudio.howler.service.support.Http;
import app.sqlstudio.howler.service.support.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The download page cache over real HTTP, with two replicas on one database file: a page is reused while nothing the
 * user can see changed, and a change made through either replica shows in the very next download on both.
 */
class DownloadPageCacheApiTest {
    TestApi a;
    TestApi b;

    @BeforeEach
    void start() {
        a = new TestApi();
        b = new TestApi(Map.of(), new SqliteDatabase(a.dir.resolve("howler.db"), 4, null));
    }

    @AfterEach
    void stop() {
        b.close();
        a.close();
    }

    static Map<String, Object> connection(String id, String name, String orgId) {
        Map<String, Object> data = orgId == null ? Map.of("id", id, "name", name, "type", "postgres")
                : Map.of("id", id, "name", name, "type", "postgres", "visibility", "shared", "organization_id", orgId);
        return Map.of("item_type", "connection", "item_id", id, "action", "create", "data", data);
    }

    static void upload(TestApi via, String token, Map<String, Object> change) {
        Http.Response r = via.http.post("/api/sync/upload", token, Map.of("device_id", "d", "changes", List.of(change)));
        assertThat(r.json().get("success").asBoolean()).as(r.toString()).isTrue();
    }

    static JsonNode download(TestApi via, String token) {
        Http.Response r = via.http.get("/api/sync/download?limit=50", token);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    static List<String> names(JsonNode page) {
        return page.get("connections").findValuesAsText("name");
    }

    double hits(TestApi api) {
        return api.registry.get("howler.sync.page.cache").tag("result", "hit").counter().count();
    }

    @Test
    void a_repeated_download_is_answered_from_the_cache_with_the_same_page_and_a_fresh_timestamp() {
        TestApi.Session u = a.signup("cache_repeat");
        upload(a, u.token(), connection("c1", "First", null));
        JsonNode first = download(a, u.token());
        a.clock.addAndGet(1_000);
        JsonNode second = download(a, u.token());
        assertThat(hits(a)).isEqualTo(1);
        assertThat(second.get("sync_timestamp").asText()).isNotEqualTo(first.get("sync_timestamp").asText());
        ((ObjectNode) first).remove("sync_timestamp");
        ((ObjectNode) second).remove("sync_timestamp");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void an_upload_through_another_replica_shows_in_the_next_download() {
        TestApi.Session u = a.signup("cache_replicas");
        upload(a, u.token(), connection("c1", "First", null));
        assertThat(names(download(a, u.token()))).containsExactly("First");
        assertThat(names(download(a, u.token()))).containsExactly("First");
        upload(b, u.token(), connection("c2", "Second", null));
        assertThat(names(download(a, u.token()))).containsExactly("First", "Second");
    }

    @Test
    void organization_changes_through_another_replica_reach_cached_pages_of_its_members() {
        TestApi.Session owner = a.signup("cache_owner");
        TestApi.Session member = a.signup("cache_member");
        String org = a.http.post("/api/organizations", owner.token(), Map.of("name", "Cache team")).json().get("id").asText();
        Http.Response inv = a.http.post("/api/organizations/" + org + "/invitations", owner.token(), Map.of("email", member.email(), "role", "member"));
        assertThat(a.http.post("/api/invitations/" + inv.json().get("token").asText() + "/accept", member.token(), null).status()).isEqualTo(200);
        upload(a, owner.token(), connection("team-db", "Team DB", org));
        assertThat(names(download(a, member.token()))).containsExactly("Team DB");
        assertThat(names(download(a, member.token()))).containsExactly("Team DB");

        // the owner edits the shared item on the other replica: the member's cached page is out of date
        upload(b, owner.token(), Map.of("item_type", "connection", "item_id", "team-db", "action", "update", "sync_version", 1,
                "data", Map.of("name", "Team DB v2", "type", "postgres", "visibility", "shared", "organization_id", org)));
        assertThat(names(download(a, member.token()))).containsExactly("Team DB v2");

        // the member is removed on the other replica: the shared item leaves their download at once
        assertThat(b.http.delete("/api/organizations/" + org + "/members/" + member.userId(), owner.token()).status()).isEqualTo(200);
        assertThat(names(download(a, member.token()))).isEmpty();
    }

    @Test
    void with_the_cache_turned_off_every_download_reads_the_database() {
        try (TestApi off = new TestApi(Map.of("SYNC_PAGE_CACHE_MB", "0"))) {
            TestApi.Session u = off.signup("cache_off");
            upload(off, u.token(), connection("c1", "First", null));
            assertThat(names(download(off, u.token()))).containsExactly("First");
            assertThat(names(download(off, u.token()))).containsExactly("First");
            assertThat(hits(off)).isZero();
        }
    }
}
