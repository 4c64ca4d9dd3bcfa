package app.sqlstudio.howler.service.storage;

import app.sqlstudio.howler.service.http.Json;
import app.sqlstudio.howler.service.storage.turso.HranaClient;
import app.sqlstudio.howler.service.storage.turso.HranaDatabase;
import app.sqlstudio.howler.service.storage.turso.HranaException;
import app.sqlstudio.howler.service.support.DatabaseScan;
import app.sqlstudio.howler.service.support.FakeHranaServer;
import app.sqlstudio.howler.service.support.Http;
import app.sqlstudio.howler.service.support.TestApi;
import app.sqlstudio.howler.service.support.TotpCodes;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HranaClientTest {
    static final String TOKEN = "test-turso-token";
    @TempDir
    Path dir;
    FakeHranaServer server;
    SimpleMeterRegistry registry;
    HranaDatabase db;

    @BeforeEach
    void start() throws Exception {
        server = new FakeHranaServer(dir.resolve("turso.db"), TOKEN);
        registry = new SimpleMeterRegistry();
        db = new HranaDatabase(new HranaClient(URI.create(server.url()), TOKEN, Json.mapper(), Duration.ofSeconds(5)), registry);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void values_round_trip_with_integers_as_strings_and_blobs_as_base64() {
        db.read(sql -> sql.update("CREATE TABLE t (i INTEGER, f REAL, s TEXT, b BLOB, n TEXT)"));
        db.read(sql -> sql.update("INSERT INTO t VALUES (?,?,?,?,?)", 9_007_199_254_740_993L, 3.5, "héllo", new byte[]{1, 2, 3}, null));
        Row r = db.read(sql -> sql.queryOne("SELECT i, f, s, b, n FROM t")).orElseThrow();
        assertThat(r.lng("i")).isEqualTo(9_007_199_254_740_993L);
        assertThat(r.get("f")).isEqualTo(3.5);
        assertThat(r.str("s")).isEqualTo("héllo");
        assertThat((byte[]) r.get("b")).containsExactly(1, 2, 3);
        assertThat(r.get("n")).isNull();
        ObjectNode v = HranaClient.value(42L);
        assertThat(v.toString()).isEqualTo("{\"type\":\"integer\",\"value\":\"42\"}");
    }

    @Test
    void sql_error_inside_a_pipeline_maps_to_a_constraint_violation() {
        db.read(sql -> sql.update("CREATE TABLE u (id TEXT PRIMARY KEY)"));
        db.read(sql -> sql.update("INSERT INTO u VALUES ('a')"));
        assertThatThrownBy(() -> db.read(sql -> sql.update("INSERT INTO u VALUES ('a')")))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("UNIQUE constraint failed");
        assertThatThrownBy(() -> db.read(sql -> sql.query("SELECT * FROM missing_table")))
                .isInstanceOf(DatabaseException.class).hasMessageContaining("no such table");
    }

    @Test
    void write_commits_on_success_and_rolls_back_on_failure_over_one_stream() {
        db.read(sql -> sql.update("CREATE TABLE k (v INTEGER)"));
        db.write(sql -> sql.update("INSERT INTO k VALUES (1)"));
        assertThatThrownBy(() -> db.write(sql -> {
            sql.update("INSERT INTO k VALUES (2)");
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(db.read(sql -> sql.query("SELECT v FROM k")).stream().map(r -> r.lng("v")).toList()).containsExactly(1L);
        assertThat(server.openStreams()).isZero();
    }

    @Test
    void wrong_token_is_unavailable_and_counted_as_a_connection_failure() {
        HranaDatabase bad = new HranaDatabase(new HranaClient(URI.create(server.url()), "wrong", Json.mapper(), Duration.ofSeconds(5)), registry);
        assertThatThrownBy(() -> bad.read(sql -> sql.query("SELECT 1")))
                .isInstanceOfSatisfying(DatabaseException.class, e -> assertThat(e.unavailable()).isTrue())
                .hasMessageContaining("401").hasMessageContaining("The JWT is invalid");
        assertThat(bad.ping()).isFalse();
        assertThat(registry.get("howler.db.connection.failures").counter().count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void protocol_error_is_a_400_with_the_servers_text() {
        HranaClient client = new HranaClient(URI.create(server.url()), TOKEN, Json.mapper(), Duration.ofSeconds(5));
        ObjectNode req = HranaClient.execute("SELECT ?", 1L);
        ((ObjectNode) req.get("stmt").get("args").get(0)).put("value", 1); // a JSON number: sqld refuses it
        assertThatThrownBy(() -> client.pipeline(null, List.of(req, HranaClient.close())))
                .isInstanceOfSatisfying(HranaException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.isSqlError()).isFalse();
                })
                .hasMessageContaining("integer value must be a string");
    }

    @Test
    void a_spent_baton_is_refused() {
        HranaClient client = new HranaClient(URI.create(server.url()), TOKEN, Json.mapper(), Duration.ofSeconds(5));
        HranaClient.PipelineResult first = client.pipeline(null, List.of(HranaClient.execute("SELECT 1")));
        assertThat(first.baton()).isNotNull();
        client.pipeline(first.baton(), List.of(HranaClient.execute("SELECT 2")));
        assertThatThrownBy(() -> client.pipeline(first.baton(), List.of(HranaClient.execute("SELECT 3"))))
                .isInstanceOfSatisfying(HranaException.class, e -> assertThat(e.httpStatus()).isEqualTo(400))
                .hasMessageContaining("already been used");
    }

    @Test
    void server_errors_and_unreachable_servers_make_the_database_unavailable() {
        server.failWithStatus = 503;
        assertThatThrownBy(() -> db.read(sql -> sql.query("SELECT 1")))
                .isInstanceOfSatisfying(DatabaseException.class, e -> assertThat(e.unavailable()).isTrue());
        server.failWithStatus = 0;
        assertThat(db.ping()).isTrue();
        HranaDatabase nowhere = new HranaDatabase(new HranaClient(URI.create("http://127.0.0.1:9"), TOKEN, Json.mapper(), Duration.ofSeconds(2)), registry);
        assertThat(nowhere.ping()).isFalse();
    }

    @Test
    void turso_urls_map_to_http_endpoints_and_tokens_leave_the_url() {
        HranaClient.Endpoint e = HranaClient.endpoint("libsql://db-org.turso.io");
        assertThat(e.baseUrl().toString()).isEqualTo("https://db-org.turso.io");
        assertThat(e.tokenFromUrl()).isNull();
        HranaClient.Endpoint local = HranaClient.endpoint("libsql://127.0.0.1:8080?tls=0&authToken=abc");
        assertThat(local.baseUrl().toString()).isEqualTo("http://127.0.0.1:8080");
        assertThat(local.tokenFromUrl()).isEqualTo("abc");
        assertThat(HranaClient.endpoint("https://db.example/").baseUrl().toString()).isEqualTo("https://db.example/");
        assertThatThrownBy(() -> HranaClient.endpoint("libsql://host?tls=0")).hasMessageContaining("explicit port");
    }

    @Test
    void the_whole_api_runs_on_turso_migrations_auth_and_sync() {
        try (TestApi api = new TestApi(Map.of(), db)) {
            TestApi.Session s = api.signup("turso_user");
            assertThat(api.http.get("/api/auth/me", s.token()).status()).isEqualTo(200);
            Http.Response up = api.http.post("/api/sync/upload", s.token(), Map.of("device_id", "d", "changes", List.of(
                    Map.of("item_type", "connection", "item_id", "c1", "action", "create", "data", Map.of("name", "On Turso")),
                    Map.of("item_type", "connection", "item_id", "c2", "action", "create", "data", Map.of("name", "x", "password", "secret")))));
            assertThat(up.json().get("rejected")).hasSize(1);
            assertThat(api.http.get("/api/sync/download", s.token()).body()).contains("On Turso");
            assertThat(api.http.get("/health/ready", null).status()).isEqualTo(200);
            assertThat(new Migrations(db).status()).allSatisfy(m -> assertThat(m.appliedAt()).isNotNull());
            assertThat(server.pipelines.get()).isGreaterThan(10);
            assertThat(server.openStreams()).isZero();
        }
    }

    @Test
    void download_pages_and_tombstones_are_assembled_the_same_on_turso() {
        try (TestApi api = new TestApi(Map.of(), db)) {
            TestApi.Session s = api.signup("turso_pages");
            List<Map<String, Object>> changes = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                changes.add(Map.of("item_type", "connection", "item_id", "c" + i, "action", "create", "data", Map.of("name", "n" + i)));
            }
            api.http.post("/api/sync/upload", s.token(), Map.of("device_id", "d", "changes", changes));
            api.http.post("/api/sync/upload", s.token(), Map.of("device_id", "d", "changes", List.of(
                    Map.of("item_type", "connection", "item_id", "c1", "action", "delete", "sync_version", 1))));
            var first = api.http.get("/api/sync/download?limit=3", s.token()).json();
            assertThat(first.get("connections").findValuesAsText("id")).containsExactly("c0", "c2", "c3");
            assertThat(first.get("has_more").asBoolean()).isTrue();
            var second = api.http.get("/api/sync/download?limit=3&cursor=" + first.get("next_cursor").asText(), s.token()).json();
            assertThat(second.get("connections").findValuesAsText("id")).containsExactly("c4");
            assertThat(second.get("deleted").findValuesAsText("item_id")).containsExactly("c1");
            assertThat(second.get("has_more").asBoolean()).isFalse();
        }
    }

    @Test
    void two_factor_sign_in_export_and_account_deletion_run_on_turso() {
        try (TestApi api = new TestApi(Map.of(), db)) {
            TestApi.Session owner = api.signup("turso_team_lead");
            TestApi.Session s = api.signup("turso_mfa");
            String org = api.http.post("/api/organizations", owner.token(), Map.of("name", "Turso Team")).json().get("id").asText();
            String invite = api.http.post("/api/organizations/" + org + "/invitations", owner.token(), Map.of("email", s.email())).json().get("token").asText();
            assertThat(api.http.post("/api/invitations/" + invite + "/accept", s.token(), null).status()).isEqualTo(200);
            api.http.post("/api/sync/upload", s.token(), Map.of("device_id", "d", "changes", List.of(
                    Map.of("item_type", "saved_query", "item_id", "q", "action", "create",
                            "data", Map.of("title", "t", "query", "select 1", "visibility", "shared", "organization_id", org)))));

            byte[] secret = TotpCodes.base32(api.http.post("/api/auth/mfa/setup", s.token(), null).json().get("secret").asText());
            Http.Response on = api.http.post("/api/auth/mfa/enable", s.token(), Map.of("code", TotpCodes.at(secret, api.clock.get())));
            assertThat(on.status()).as(on.toString()).isEqualTo(200);
            api.clock.addAndGet(30_000);
            Http.Response first = api.http.post("/api/auth/login", null, Map.of("username", "turso_mfa", "password", TestApi.password("turso_mfa")));
            assertThat(first.json().get("mfa_required").asBoolean()).isTrue();
            String code = TotpCodes.at(secret, api.clock.get());
            Http.Response second = api.http.post("/api/auth/login/mfa", null, Map.of("mfa_token", first.json().get("mfa_token").asText(), "code", code));
            assertThat(second.status()).as(second.toString()).isEqualTo(200);
            Http.Response replay = api.http.post("/api/auth/login/mfa", null, Map.of("mfa_token",
                    api.http.post("/api/auth/login", null, Map.of("username", "turso_mfa", "password", TestApi.password("turso_mfa")))
                            .json().get("mfa_token").asText(), "code", code));
            assertThat(replay.status()).isEqualTo(401);

            Http.Response export = api.http.get("/api/account/export", s.token());
            assertThat(export.status()).isEqualTo(200);
            assertThat(export.json().get("organizations").findValuesAsText("role")).containsExactly("member");
            assertThat(export.json().get("sync").get("items").findValuesAsText("item_id")).containsExactly("q");

            api.clock.addAndGet(30_000);
            Http.Response deleted = api.http.send("DELETE", "/api/account", s.token(),
                    Map.of("password", TestApi.password("turso_mfa"), "code", TotpCodes.at(secret, api.clock.get())), null);
            assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
            assertThat(api.http.get("/api/auth/me", s.token()).status()).isEqualTo(401);
            for (String needle : List.of(s.userId(), s.username(), s.email())) assertThat(DatabaseScan.find(db, needle)).isEmpty();
            assertThat(api.http.get("/api/sync/download", owner.token()).json().get("saved_queries").findValuesAsText("id")).containsExactly("q");
            assertThat(server.openStreams()).isZero();
        }
    }
}
