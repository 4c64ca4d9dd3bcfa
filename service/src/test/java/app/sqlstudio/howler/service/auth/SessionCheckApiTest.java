package app.sqlstudio.howler.service.auth;

import app.sqlstudio.howler.service.support.TestApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-replica session check over real HTTP: what it spares the database, and how soon a change reaches it. */
class SessionCheckApiTest {
    static TestApi api;

    @BeforeAll
    static void start() {
        api = new TestApi();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    static double selects() {
        return api.registry.get("howler.db.query").tag("operation", "select").timer().count();
    }

    @Test
    void me_answers_from_the_session_check_and_reads_the_database_again_after_a_second() {
        TestApi.Session u = api.signup("guard_me");
        assertThat(api.http.get("/api/auth/me", u.token()).json().get("username").asText()).isEqualTo("guard_me");
        double before = selects();
        for (int i = 0; i < 5; i++) assertThat(api.http.get("/api/auth/me", u.token()).status()).isEqualTo(200);
        assertThat(selects()).as("no database read within the second").isEqualTo(before);
        api.clock.addAndGet(1_000);
        assertThat(api.http.get("/api/auth/me", u.token()).status()).isEqualTo(200);
        assertThat(selects()).as("the session and its user are read again").isEqualTo(before + 2);
    }

    @Test
    void a_deactivated_or_deleted_account_loses_access_within_a_second() {
        TestApi.Session off = api.signup("guard_deactivated");
        TestApi.Session gone = api.signup("guard_deleted");
        assertThat(api.http.get("/api/auth/me", off.token()).status()).isEqualTo(200);
        assertThat(api.http.get("/api/auth/me", gone.token()).status()).isEqualTo(200);
        api.db.write(sql -> sql.update("UPDATE users SET active = 0 WHERE id = ?", off.userId()));
        api.db.write(sql -> sql.update("DELETE FROM users WHERE id = ?", gone.userId()));
        api.clock.addAndGet(1_000);
        assertThat(api.http.get("/api/auth/me", off.token()).status()).isEqualTo(401);
        assertThat(api.http.get("/api/sync/download", off.token()).status()).isEqualTo(401);
        assertThat(api.http.get("/api/auth/me", gone.token()).status()).isEqualTo(401);
    }

    @Test
    void a_password_change_checks_the_stored_hash_not_the_cached_one() {
        TestApi.Session u = api.signup("guard_password");
        TestApi.Session other = api.signup("guard_password_other");
        assertThat(api.http.get("/api/auth/me", u.token()).status()).isEqualTo(200);
        // another replica changed the password a moment ago: this replica's cached user still has the old hash
        String otherHash = api.db.read(sql -> sql.queryOne("SELECT password_hash FROM users WHERE id = ?", other.userId())
                .map(r -> r.str("password_hash")).orElseThrow());
        api.db.write(sql -> sql.update("UPDATE users SET password_hash = ? WHERE id = ?", otherHash, u.userId()));
        var r = api.http.post("/api/auth/password", u.token(),
                java.util.Map.of("current_password", TestApi.password("guard_password"), "new_password", "a brand new passphrase"));
        assertThat(r.status()).as(r.toString()).isEqualTo(401);
    }
}
