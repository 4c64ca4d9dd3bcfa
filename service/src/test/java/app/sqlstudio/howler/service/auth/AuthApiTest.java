package app.sqlstudio.howler.service.auth;

import app.sqlstudio.howler.service.support.Http;
import app.sqlstudio.howler.service.support.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static app.sqlstudio.howler.service.support.ApiAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

class AuthApiTest {
    static TestApi api;

    @BeforeAll
    static void start() {
        api = new TestApi();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void signup_returns_201_with_user_and_tokens_and_no_password_hash() {
        Http.Response r = api.http.post("/api/auth/signup", null, Map.of("username", "signup_ok", "email", "Signup_OK@Example.com", "password", "longenough"));
        assertThat(r.status()).isEqualTo(201);
        JsonNode b = r.json();
        assertThat(b.get("success").asBoolean()).isTrue();
        assertThat(b.get("message").asText()).isEqualTo("user created successfully");
        assertThat(b.get("user").get("username").asText()).isEqualTo("signup_ok");
        assertThat(b.get("user").get("email").asText()).isEqualTo("signup_ok@example.com");
        assertThat(b.get("user").get("role").asText()).isEqualTo("user");
        assertThat(b.get("user").get("active").asBoolean()).isTrue();
        assertThat(b.get("user").has("metadata")).isTrue();
        assertThat(b.get("token").asText()).contains(".");
        assertThat(b.get("refresh_token").asText()).contains(".");
        assertThat(b.get("expires_at").asText()).endsWith("Z");
        assertThat(r.body()).doesNotContain("argon2").doesNotContain("password");
    }

    @Test
    void signup_validates_fields_with_400() {
        assertError(api.http.post("/api/auth/signup", null, Map.of("email", "a@b.co", "password", "longenough")), 400, "username is required");
        assertError(api.http.post("/api/auth/signup", null, Map.of("username", "abc", "password", "longenough")), 400, "email is required");
        assertError(api.http.post("/api/auth/signup", null, Map.of("username", "abc", "email", "a@b.co")), 400, "password is required");
        assertError(api.http.post("/api/auth/signup", null, Map.of("username", "ab", "email", "a@b.co", "password", "longenough")), 400,
                "username must be 3-32 characters of letters, digits, '_', '.' or '-'");
        assertError(api.http.post("/api/auth/signup", null, Map.of("username", "bad name", "email", "a@b.co", "password", "longenough")), 400,
                "username must be 3-32 characters of letters, digits, '_', '.' or '-'");
        assertError(api.http.post("/api/auth/signup", null, Map.of("username", "abc", "email", "not-an-email", "password", "longenough")), 400,
                "email is not a valid e-mail address");
        assertError(api.http.post("/api/auth/signup", null, Map.of("username", "abc", "email", "a@b.co", "password", "short")), 400,
                "password must be at least 8 characters");
        assertError(api.http.post("/api/auth/signup", null, Map.of("username", "abc", "email", "a@b.co", "password", "x".repeat(129))), 400,
                "password must be at most 128 characters");
    }

    @Test
    void duplicate_username_or_email_is_409_regardless_of_case() {
        api.signup("dupe");
        assertError(api.http.post("/api/auth/signup", null, Map.of("username", "DUPE", "email", "other@example.com", "password", "longenough")), 409,
                "username or email already exists");
        assertError(api.http.post("/api/auth/signup", null, Map.of("username", "other", "email", "Dupe@Example.com", "password", "longenough")), 409,
                "username or email already exists");
    }

    @Test
    void login_accepts_username_or_email_in_the_username_field() {
        api.signup("loginer");
        Http.Response byName = api.http.post("/api/auth/login", null, Map.of("username", "loginer", "password", TestApi.password("loginer")));
        assertThat(byName.status()).isEqualTo(200);
        assertThat(byName.json().get("success").asBoolean()).isTrue();
        assertThat(byName.json().get("user").get("last_login").isNull()).isFalse();
        Http.Response byEmail = api.http.post("/api/auth/login", null, Map.of("username", "loginer@example.com", "password", TestApi.password("loginer")));
        assertThat(byEmail.status()).isEqualTo(200);
        Http.Response emailField = api.http.post("/api/auth/login", null, Map.of("email", "loginer@example.com", "password", TestApi.password("loginer")));
        assertThat(emailField.status()).isEqualTo(200);
        assertThat(byName.json().get("token").asText()).isNotEqualTo(byEmail.json().get("token").asText());
    }

    @Test
    void two_logins_in_the_same_second_get_distinct_tokens_and_both_work() {
        api.signup("twice");
        Map<String, String> body = Map.of("username", "twice", "password", TestApi.password("twice"));
        String a = api.http.post("/api/auth/login", null, body).json().get("token").asText();
        String b = api.http.post("/api/auth/login", null, body).json().get("token").asText();
        assertThat(a).isNotEqualTo(b);
        assertThat(api.http.get("/api/auth/me", a).status()).isEqualTo(200);
        assertThat(api.http.get("/api/auth/me", b).status()).isEqualTo(200);
    }

    @Test
    void wrong_password_and_unknown_user_get_the_same_401() {
        api.signup("victim");
        assertError(api.http.post("/api/auth/login", null, Map.of("username", "victim", "password", "wrong password")), 401, "invalid username or password");
        assertError(api.http.post("/api/auth/login", null, Map.of("username", "nobody-here", "password", "wrong password")), 401, "invalid username or password");
        assertError(api.http.post("/api/auth/login", null, Map.of("password", "x")), 400, "username is required");
        assertError(api.http.post("/api/auth/login", null, Map.of("username", "victim")), 400, "password is required");
    }

    @Test
    void login_returns_429_after_five_failures_even_with_the_right_password() {
        api.signup("locked");
        for (int i = 0; i < 5; i++) {
            assertThat(api.http.post("/api/auth/login", null, Map.of("username", "locked", "password", "nope nope")).status()).isEqualTo(401);
        }
        Http.Response r = api.http.post("/api/auth/login", null, Map.of("username", "locked", "password", TestApi.password("locked")));
        assertError(r, 429, "account is temporarily locked due to too many failed login attempts");
        assertThat(Long.parseLong(r.header("Retry-After"))).isBetween(1L, 900L);
        // after the window the right password works again
        api.clock.addAndGet(16 * 60_000);
        assertThat(api.http.post("/api/auth/login", null, Map.of("username", "locked", "password", TestApi.password("locked"))).status()).isEqualTo(200);
    }

    @Test
    void the_lockout_holds_whether_the_account_is_named_by_username_or_email_and_a_success_does_not_reset_it() {
        api.signup("dodger");
        for (int i = 0; i < 3; i++) {
            assertThat(api.http.post("/api/auth/login", null, Map.of("username", "dodger", "password", "nope nope")).status()).isEqualTo(401);
        }
        assertThat(api.http.post("/api/auth/login", null, Map.of("username", "dodger", "password", TestApi.password("dodger"))).status())
                .isEqualTo(200);
        for (int i = 0; i < 2; i++) {
            assertThat(api.http.post("/api/auth/login", null, Map.of("email", "DODGER@example.com", "password", "nope nope")).status())
                    .isEqualTo(401);
        }
        // five failures in the window, two of them through the e-mail: locked under either name
        assertError(api.http.post("/api/auth/login", null, Map.of("username", "dodger@example.com", "password", TestApi.password("dodger"))),
                429, "account is temporarily locked due to too many failed login attempts");
        assertThat(api.http.post("/api/auth/login", null, Map.of("username", "Dodger", "password", TestApi.password("dodger"))).status())
                .isEqualTo(429);
    }

    @Test
    void lockout_is_per_ip_and_username_and_ignores_other_users() {
        api.signup("neighbour");
        for (int i = 0; i < 5; i++) api.http.post("/api/auth/login", null, Map.of("username", "someone-else", "password", "nope nope"));
        assertThat(api.http.post("/api/auth/login", null, Map.of("username", "neighbour", "password", TestApi.password("neighbour"))).status()).isEqualTo(200);
    }

    @Test
    void refresh_rotates_the_pair_and_the_new_tokens_work() {
        TestApi.Session s = api.signup("refresher");
        Http.Response r = api.http.post("/api/auth/refresh", null, Map.of("refresh_token", s.refreshToken()));
        assertThat(r.status()).isEqualTo(200);
        String newRefresh = r.json().get("refresh_token").asText();
        assertThat(newRefresh).isNotEqualTo(s.refreshToken());
        assertThat(api.http.get("/api/auth/me", r.json().get("token").asText()).status()).isEqualTo(200);
        assertThat(api.http.post("/api/auth/refresh", null, Map.of("refresh_token", newRefresh)).status()).isEqualTo(200);
    }

    @Test
    void refresh_validates_its_input() {
        assertError(api.http.post("/api/auth/refresh", null, Map.of()), 400, "refresh_token is required");
        assertError(api.http.post("/api/auth/refresh", null, Map.of("refresh_token", "nope")), 401, "invalid or expired refresh token");
        TestApi.Session s = api.signup("crosstype");
        assertError(api.http.post("/api/auth/refresh", null, Map.of("refresh_token", s.token())), 401, "invalid or expired refresh token");
    }

    @Test
    void logout_ends_the_access_and_the_refresh_token_at_once() {
        TestApi.Session s = api.signup("leaver");
        assertThat(api.http.get("/api/auth/me", s.token()).status()).isEqualTo(200);
        Http.Response out = api.http.post("/api/auth/logout", s.token(), null);
        assertThat(out.status()).isEqualTo(200);
        assertThat(out.json().get("success").asBoolean()).isTrue();
        assertError(api.http.get("/api/auth/me", s.token()), 401, "invalid or expired token");
        assertError(api.http.post("/api/auth/refresh", null, Map.of("refresh_token", s.refreshToken())), 401, "invalid or expired refresh token");
        assertError(api.http.post("/api/auth/logout", null, null), 401, "missing authorization header");
    }

    @Test
    void logout_with_all_true_ends_every_session_of_the_user_and_only_theirs() {
        TestApi.Session s = api.signup("everywhere");
        String other = api.http.post("/api/auth/login", null, Map.of("username", "everywhere", "password", TestApi.password("everywhere")))
                .json().get("token").asText();
        TestApi.Session bystander = api.signup("bystander");
        assertError(api.http.post("/api/auth/logout", s.token(), Map.of("all", "yes")), 400, "all must be a boolean");
        Http.Response out = api.http.post("/api/auth/logout", s.token(), Map.of("all", true));
        assertThat(out.status()).isEqualTo(200);
        assertThat(out.json().get("revoked_sessions").asInt()).isEqualTo(1);
        assertError(api.http.get("/api/auth/me", s.token()), 401, "invalid or expired token");
        assertError(api.http.get("/api/auth/me", other), 401, "invalid or expired token");
        assertThat(api.http.get("/api/auth/me", bystander.token()).status()).isEqualTo(200);
    }

    @Test
    void me_and_profile_return_the_caller() {
        TestApi.Session s = api.signup("whoami");
        for (String path : new String[]{"/api/auth/me", "/api/auth/profile"}) {
            Http.Response r = api.http.get(path, s.token());
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().get("id").asText()).isEqualTo(s.userId());
            assertThat(r.json().get("username").asText()).isEqualTo("whoami");
            assertThat(r.json().get("email").asText()).isEqualTo("whoami@example.com");
            assertThat(r.json().get("created_at").asText()).isNotBlank();
            assertThat(r.body()).doesNotContain("password");
        }
    }

    @Test
    void password_change_keeps_this_session_and_revokes_the_others() {
        TestApi.Session s = api.signup("changer");
        String other = api.http.post("/api/auth/login", null, Map.of("username", "changer", "password", TestApi.password("changer"))).json().get("token").asText();
        assertError(api.http.post("/api/auth/password", s.token(), Map.of("current_password", "wrong one!", "new_password", "brand new pass")), 401,
                "current password is incorrect");
        assertError(api.http.post("/api/auth/password", s.token(), Map.of("current_password", TestApi.password("changer"), "new_password", "short")), 400,
                "new_password must be at least 8 characters");
        assertError(api.http.post("/api/auth/password", s.token(), Map.of("new_password", "brand new pass")), 400, "current_password is required");
        Http.Response r = api.http.post("/api/auth/password", s.token(), Map.of("current_password", TestApi.password("changer"), "new_password", "brand new pass"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("revoked_sessions").asInt()).isEqualTo(1);
        assertThat(api.http.get("/api/auth/me", s.token()).status()).isEqualTo(200);
        assertThat(api.http.get("/api/auth/me", other).status()).isEqualTo(401);
        assertThat(api.http.post("/api/auth/login", null, Map.of("username", "changer", "password", TestApi.password("changer"))).status()).isEqualTo(401);
        assertThat(api.http.post("/api/auth/login", null, Map.of("username", "changer", "password", "brand new pass")).status()).isEqualTo(200);
    }

    @Test
    void passwords_are_stored_as_argon2id_never_in_clear() {
        api.signup("hashcheck");
        String hash = api.db.read(sql -> sql.queryOne("SELECT password_hash FROM users WHERE username = 'hashcheck'").orElseThrow().str("password_hash"));
        assertThat(hash).startsWith("$argon2id$v=19$").doesNotContain(TestApi.password("hashcheck"));
    }

    @Test
    void production_cost_is_the_owasp_argon2id_minimum() {
        PasswordHasher h = new PasswordHasher(app.sqlstudio.howler.service.config.Config.PasswordHashing.PRODUCTION);
        String hash = h.hash("a password");
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(h.verify("a password", hash)).isTrue();
        assertThat(h.verify("another", hash)).isFalse();
    }
}
