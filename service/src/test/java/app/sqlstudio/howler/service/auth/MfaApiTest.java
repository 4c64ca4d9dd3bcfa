package app.sqlstudio.howler.service.auth;

import app.sqlstudio.howler.service.storage.Row;
import app.sqlstudio.howler.service.support.Http;
import app.sqlstudio.howler.service.support.TestApi;
import app.sqlstudio.howler.service.support.TotpCodes;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static app.sqlstudio.howler.service.support.ApiAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/** Two-factor sign-in over real HTTP, with codes computed the way an authenticator app computes them. */
class MfaApiTest {
    static TestApi api;

    @BeforeAll
    static void start() {
        api = new TestApi();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    /** A user with two-factor sign-in on: their secret as an authenticator app holds it, and their recovery codes. */
    record Enrolled(TestApi.Session session, byte[] secret, List<String> recoveryCodes) {
    }

    static Enrolled enroll(String username) {
        TestApi.Session s = api.signup(username);
        Http.Response setup = api.http.post("/api/auth/mfa/setup", s.token(), null);
        assertThat(setup.status()).as(setup.toString()).isEqualTo(200);
        byte[] secret = TotpCodes.base32(setup.json().get("secret").asText());
        Http.Response enabled = api.http.post("/api/auth/mfa/enable", s.token(), Map.of("code", TotpCodes.at(secret, api.clock.get())));
        assertThat(enabled.status()).as(enabled.toString()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        enabled.json().get("recovery_codes").forEach(c -> codes.add(c.asText()));
        nextStep();
        return new Enrolled(s, secret, codes);
    }

    /** Moves the clock into the next 30-second step (a code of the current one may have been spent). */
    static void nextStep() {
        api.clock.addAndGet(30_000);
    }

    /** A six-digit code that is none of the three the window accepts now. */
    static String wrongCode(byte[] secret) {
        long step = Math.floorDiv(api.clock.get(), 30_000L);
        java.util.Set<String> valid = java.util.Set.of(TotpCodes.code(secret, step - 1, 6), TotpCodes.code(secret, step, 6), TotpCodes.code(secret, step + 1, 6));
        for (int n = 0; ; n++) {
            String g = String.format("%06d", (n * 7919 + 104729) % 1_000_000);
            if (!valid.contains(g)) return g;
        }
    }

    static Http.Response password(String username) {
        return api.http.post("/api/auth/login", null, Map.of("username", username, "password", TestApi.password(username)));
    }

    static String mfaToken(String username) {
        Http.Response r = password(username);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("mfa_required").asBoolean()).isTrue();
        return r.json().get("mfa_token").asText();
    }

    static Http.Response second(String mfaToken, String code) {
        return api.http.post("/api/auth/login/mfa", null, Map.of("mfa_token", mfaToken, "code", code));
    }

    @Test
    void setup_changes_nothing_until_a_code_confirms_it() {
        TestApi.Session s = api.signup("mfa_setup");
        Http.Response setup = api.http.post("/api/auth/mfa/setup", s.token(), null);
        assertThat(setup.status()).isEqualTo(200);
        String secret = setup.json().get("secret").asText();
        assertThat(secret).matches("[A-Z2-7]{32}");
        URI url = URI.create(setup.json().get("otpauth_url").asText());
        assertThat(url.getScheme()).isEqualTo("otpauth");
        assertThat(url.getHost()).isEqualTo("totp");
        assertThat(url.getPath()).isEqualTo("/HowlerOps SQL Studio:mfa_setup");
        assertThat(url.getQuery()).contains("secret=" + secret, "issuer=HowlerOps SQL Studio", "algorithm=SHA1", "digits=6", "period=30");

        assertThat(api.http.get("/api/auth/me", s.token()).json().get("mfa_enabled").asBoolean()).isFalse();
        Http.Response plain = password("mfa_setup");
        assertThat(plain.json().has("token")).isTrue();
        assertThat(plain.json().has("mfa_required")).isFalse();

        byte[] key = TotpCodes.base32(secret);
        String wrong = TotpCodes.code(key, Math.floorDiv(api.clock.get(), 30_000L) + 5, 6);
        assertError(api.http.post("/api/auth/mfa/enable", s.token(), Map.of("code", wrong)), 400,
                "invalid code: enter the current 6-digit code your authenticator app shows for this setup");
        assertError(api.http.post("/api/auth/mfa/enable", s.token(), Map.of()), 400, "code is required: the 6-digit code from your authenticator app");
        assertThat(api.http.get("/api/auth/me", s.token()).json().get("mfa_enabled").asBoolean()).isFalse();

        // a second setup replaces the first: the first secret's code no longer enables
        byte[] second = TotpCodes.base32(api.http.post("/api/auth/mfa/setup", s.token(), null).json().get("secret").asText());
        assertError(api.http.post("/api/auth/mfa/enable", s.token(), Map.of("code", TotpCodes.at(key, api.clock.get()))), 400,
                "invalid code: enter the current 6-digit code your authenticator app shows for this setup");
        Http.Response on = api.http.post("/api/auth/mfa/enable", s.token(), Map.of("code", TotpCodes.at(second, api.clock.get())));
        assertThat(on.status()).isEqualTo(200);
        JsonNode codes = on.json().get("recovery_codes");
        assertThat(codes).hasSize(10);
        assertThat(api.http.get("/api/auth/me", s.token()).json().get("mfa_enabled").asBoolean()).isTrue();
        assertError(api.http.post("/api/auth/mfa/setup", s.token(), null), 409,
                "two-factor sign-in is already enabled: disable it first to set up another authenticator");
        assertError(api.http.post("/api/auth/mfa/enable", s.token(), Map.of("code", "123456")), 409, "two-factor sign-in is already enabled");
    }

    @Test
    void login_with_mfa_needs_the_second_step_and_a_wrong_password_stays_a_plain_401() {
        Enrolled e = enroll("mfa_login");
        Http.Response first = password("mfa_login");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("mfa_required").asBoolean()).isTrue();
        assertThat(first.json().get("mfa_token").asText()).hasSizeGreaterThan(30);
        assertThat(first.json().has("token")).isFalse();
        assertThat(first.json().has("refresh_token")).isFalse();
        assertThat(first.json().has("user")).isFalse();

        Http.Response wrongPassword = api.http.post("/api/auth/login", null, Map.of("username", "mfa_login", "password", "not the password"));
        assertError(wrongPassword, 401, "invalid username or password");
        assertThat(wrongPassword.json().has("mfa_token")).isFalse();

        Http.Response ok = second(first.json().get("mfa_token").asText(), TotpCodes.at(e.secret(), api.clock.get()));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.json().get("success").asBoolean()).isTrue();
        assertThat(ok.json().get("user").get("mfa_enabled").asBoolean()).isTrue();
        String token = ok.json().get("token").asText();
        assertThat(api.http.get("/api/auth/me", token).json().get("username").asText()).isEqualTo("mfa_login");
        Http.Response refreshed = api.http.post("/api/auth/refresh", null, Map.of("refresh_token", ok.json().get("refresh_token").asText()));
        assertThat(refreshed.status()).isEqualTo(200);

        // the mfa_token was spent by that success
        nextStep();
        assertError(second(first.json().get("mfa_token").asText(), TotpCodes.at(e.secret(), api.clock.get())), 401,
                "invalid or expired mfa_token: sign in again with your password");
        assertError(second("made-up-token", "123456"), 401, "invalid or expired mfa_token: sign in again with your password");
        assertError(api.http.post("/api/auth/login/mfa", null, Map.of("mfa_token", "x")), 400,
                "code is required: the 6-digit code from your authenticator app (or a recovery_code)");
        assertError(api.http.post("/api/auth/login/mfa", null, Map.of("mfa_token", "x", "code", "123456", "recovery_code", "abcd-abcd-abcd-abcd")),
                400, "send either code or recovery_code, not both");
        assertError(api.http.post("/api/auth/login/mfa", null, Map.of("code", "123456")), 400, "mfa_token is required");
    }

    @Test
    void codes_at_the_edges_of_the_time_step_and_one_step_of_skew_either_way() {
        Enrolled e = enroll("mfa_edges");
        long step = Math.floorDiv(api.clock.get(), 30_000L) + 10;
        api.clock.set(step * 30_000); // the first millisecond of a step
        // two steps away is outside the window on either side
        assertError(second(mfaToken("mfa_edges"), TotpCodes.code(e.secret(), step - 2, 6)), 401, "invalid two-factor code");
        assertError(second(mfaToken("mfa_edges"), TotpCodes.code(e.secret(), step + 2, 6)), 401, "invalid two-factor code");
        // one step behind (a slow phone) is accepted
        assertThat(second(mfaToken("mfa_edges"), TotpCodes.code(e.secret(), step - 1, 6)).status()).isEqualTo(200);
        // the last millisecond of the same step: the current code, then one step ahead (a fast phone)
        api.clock.set(step * 30_000 + 29_999);
        assertThat(second(mfaToken("mfa_edges"), TotpCodes.code(e.secret(), step, 6)).status()).isEqualTo(200);
        assertThat(second(mfaToken("mfa_edges"), TotpCodes.code(e.secret(), step + 1, 6)).status()).isEqualTo(200);
        // one millisecond later the step after that is current
        api.clock.set((step + 1) * 30_000 + 30_000);
        assertThat(second(mfaToken("mfa_edges"), TotpCodes.code(e.secret(), step + 2, 6)).status()).isEqualTo(200);
        // spaces as some apps show them ("123 456") are ignored
        nextStep();
        String code = TotpCodes.at(e.secret(), api.clock.get());
        assertThat(second(mfaToken("mfa_edges"), code.substring(0, 3) + " " + code.substring(3)).status()).isEqualTo(200);
    }

    @Test
    void a_code_already_used_in_its_time_step_is_refused_and_so_is_an_older_one() {
        Enrolled e = enroll("mfa_replay");
        String code = TotpCodes.at(e.secret(), api.clock.get());
        assertThat(second(mfaToken("mfa_replay"), code).status()).isEqualTo(200);
        assertError(second(mfaToken("mfa_replay"), code), 401, "this code was already used: wait for the next code from your authenticator app");
        // the code that enabled two-factor sign-in cannot sign in either, nor can one of a step before the last accepted
        long step = Math.floorDiv(api.clock.get(), 30_000L);
        assertError(second(mfaToken("mfa_replay"), TotpCodes.code(e.secret(), step - 1, 6)), 401,
                "this code was already used: wait for the next code from your authenticator app");
        nextStep();
        assertThat(second(mfaToken("mfa_replay"), TotpCodes.at(e.secret(), api.clock.get())).status()).isEqualTo(200);
    }

    @Test
    void a_recovery_code_works_once_and_each_code_is_independent() {
        Enrolled e = enroll("mfa_recovery");
        String code = e.recoveryCodes().get(3);
        Http.Response ok = api.http.post("/api/auth/login/mfa", null, Map.of("mfa_token", mfaToken("mfa_recovery"), "recovery_code", code.toUpperCase()));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertError(api.http.post("/api/auth/login/mfa", null, Map.of("mfa_token", mfaToken("mfa_recovery"), "recovery_code", code)), 401,
                "invalid or already used recovery code");
        assertThat(api.http.post("/api/auth/login/mfa", null, Map.of("mfa_token", mfaToken("mfa_recovery"), "recovery_code", e.recoveryCodes().get(4)))
                .status()).isEqualTo(200);
        // another user's code is no code for this one
        Enrolled other = enroll("mfa_recovery_other");
        assertError(api.http.post("/api/auth/login/mfa", null, Map.of("mfa_token", mfaToken("mfa_recovery"), "recovery_code", other.recoveryCodes().get(0))),
                401, "invalid or already used recovery code");
    }

    @Test
    void brute_force_of_the_second_step_hits_the_login_lockout() {
        Enrolled e = enroll("mfa_brute");
        String token = mfaToken("mfa_brute");
        String right = TotpCodes.at(e.secret(), api.clock.get());
        for (int i = 0; i < 5; i++) {
            assertError(second(token, wrongCode(e.secret())), 401, "invalid two-factor code");
        }
        // locked: even the right code, on the same token, and the password step too
        assertError(second(token, right), 429, "account is temporarily locked due to too many failed login attempts");
        Http.Response viaPassword = password("mfa_brute");
        assertError(viaPassword, 429, "account is temporarily locked due to too many failed login attempts");
        assertThat(Long.parseLong(viaPassword.header("Retry-After"))).isBetween(1L, 900L);
        assertThat(api.registry.get("howler.auth.attempts").tags("operation", "login_mfa", "result", "locked").counter().count()).isEqualTo(1.0);
        // after the window the right code works again, with a fresh token
        api.clock.addAndGet(16 * 60_000);
        assertThat(second(mfaToken("mfa_brute"), TotpCodes.at(e.secret(), api.clock.get())).status()).isEqualTo(200);
    }

    @Test
    void failures_on_one_token_lock_the_account_for_a_new_token_too() {
        Enrolled e = enroll("mfa_brute2");
        for (int i = 0; i < 5; i++) {
            assertError(second(mfaToken("mfa_brute2"), wrongCode(e.secret())), 401, "invalid two-factor code");
        }
        assertError(password("mfa_brute2"), 429, "account is temporarily locked due to too many failed login attempts");
    }

    @Test
    void an_mfa_token_expires_after_five_minutes() {
        Enrolled e = enroll("mfa_expiry");
        String token = mfaToken("mfa_expiry");
        api.clock.addAndGet(5 * 60_000 + 1);
        assertError(second(token, TotpCodes.at(e.secret(), api.clock.get())), 401, "invalid or expired mfa_token: sign in again with your password");
        assertThat(second(mfaToken("mfa_expiry"), TotpCodes.at(e.secret(), api.clock.get())).status()).isEqualTo(200);
    }

    @Test
    void disable_needs_the_password_and_a_second_factor() {
        Enrolled e = enroll("mfa_off");
        String t = e.session().token();
        String code = TotpCodes.at(e.secret(), api.clock.get());
        assertError(api.http.post("/api/auth/mfa/disable", t, Map.of("password", "wrong password", "code", code)), 401, "password is incorrect");
        assertError(api.http.post("/api/auth/mfa/disable", t, Map.of("password", TestApi.password("mfa_off"), "code", wrongCode(e.secret()))), 401,
                "invalid two-factor code");
        assertError(api.http.post("/api/auth/mfa/disable", t, Map.of("password", TestApi.password("mfa_off"))), 400,
                "code is required: the 6-digit code from your authenticator app (or a recovery_code)");
        assertError(api.http.post("/api/auth/mfa/disable", t, Map.of("code", code)), 400, "password is required");
        assertThat(api.http.get("/api/auth/me", t).json().get("mfa_enabled").asBoolean()).isTrue();
        Http.Response off = api.http.post("/api/auth/mfa/disable", t, Map.of("password", TestApi.password("mfa_off"), "code", code));
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        assertThat(api.http.get("/api/auth/me", t).json().get("mfa_enabled").asBoolean()).isFalse();
        assertThat(password("mfa_off").json().has("token")).isTrue();
        assertError(api.http.post("/api/auth/mfa/disable", t, Map.of("password", TestApi.password("mfa_off"), "code", code)), 409,
                "two-factor sign-in is not enabled");
        // nothing of the old enrolment is left: recovery codes are gone with it
        assertThat((long) api.db.read(sql -> sql.count("SELECT COUNT(*) AS n FROM mfa_recovery_codes WHERE user_id = ?", e.session().userId()))).isZero();
    }

    @Test
    void a_lost_authenticator_is_disabled_with_a_recovery_code() {
        Enrolled e = enroll("mfa_lost");
        Http.Response off = api.http.post("/api/auth/mfa/disable", e.session().token(),
                Map.of("password", TestApi.password("mfa_lost"), "recovery_code", e.recoveryCodes().get(0)));
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
    }

    @Test
    void secrets_and_recovery_codes_are_not_stored_in_the_clear() {
        Enrolled e = enroll("mfa_stored");
        String base32 = app.sqlstudio.howler.service.auth.Totp.base32(e.secret());
        Row row = api.db.read(sql -> sql.queryOne("SELECT * FROM user_mfa WHERE user_id = ?", e.session().userId())).orElseThrow();
        assertThat(row.str("secret")).startsWith("v1.").doesNotContain(base32);
        List<Row> codes = api.db.read(sql -> sql.query("SELECT code_hash FROM mfa_recovery_codes WHERE user_id = ?", e.session().userId()));
        assertThat(codes).hasSize(10);
        for (Row r : codes) {
            for (String c : e.recoveryCodes()) {
                assertThat(r.str("code_hash")).doesNotContain(c).doesNotContain(c.replace("-", ""));
            }
        }
        String token = mfaToken("mfa_stored");
        assertThat((long) api.db.read(sql -> sql.count("SELECT COUNT(*) AS n FROM mfa_challenges WHERE token_hash = ?", token))).isZero();
    }

    @Test
    void the_new_routes_need_a_bearer_token() {
        assertError(api.http.post("/api/auth/mfa/setup", null, null), 401, "missing authorization header");
        assertError(api.http.post("/api/auth/mfa/enable", null, Map.of("code", "123456")), 401, "missing authorization header");
        assertError(api.http.post("/api/auth/mfa/disable", null, Map.of("password", "x", "code", "123456")), 401, "missing authorization header");
    }

    @Test
    void the_auth_rate_limit_covers_the_new_routes() {
        try (TestApi limited = new TestApi(Map.of("RATE_LIMIT_AUTH_PER_MINUTE", "3"))) {
            TestApi.Session s = limited.signup("mfa_limited");
            int last = 0;
            for (int i = 0; i < 3; i++) last = limited.http.post("/api/auth/mfa/setup", s.token(), null).status();
            assertThat(last).isEqualTo(429);
            Http.Response r = limited.http.post("/api/auth/login/mfa", null, Map.of("mfa_token", "x", "code", "123456"));
            assertError(r, 429, "rate limit exceeded: try again later");
            assertThat(r.header("Retry-After")).isNotNull();
        }
    }
}
