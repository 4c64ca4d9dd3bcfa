package app.sqlstudio.howler.service.auth;

import app.sqlstudio.howler.service.support.Http;
import app.sqlstudio.howler.service.support.TestApi;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static app.sqlstudio.howler.service.support.ApiAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

class TokenAttackTest {
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
    void alg_none_token_is_rejected() {
        TestApi.Session s = api.signup("alg_none");
        String payload = s.token().split("\\.")[1];
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        assertError(api.http.get("/api/auth/me", header + "." + payload + "."), 401, "invalid or expired token");
        assertError(api.http.get("/api/auth/me", header + "." + payload), 401, "invalid or expired token");
    }

    @Test
    void token_signed_with_another_key_is_rejected() throws Exception {
        TestApi.Session s = api.signup("other_key");
        JWTClaimsSet claims = SignedJWT.parse(s.token()).getJWTClaimsSet();
        assertError(api.http.get("/api/auth/me", resign(claims, "another-secret-another-secret-another-secret!", JWSAlgorithm.HS256)), 401,
                "invalid or expired token");
    }

    @Test
    void token_with_another_hmac_algorithm_is_rejected_even_with_the_right_key() throws Exception {
        TestApi.Session s = api.signup("hs512");
        JWTClaimsSet claims = SignedJWT.parse(s.token()).getJWTClaimsSet();
        String secret = TestApi.SECRET + TestApi.SECRET; // HS512 needs 64 bytes; only HS256 is accepted anyway
        assertError(api.http.get("/api/auth/me", resign(claims, secret, JWSAlgorithm.HS512)), 401, "invalid or expired token");
    }

    @Test
    void tampered_claims_are_rejected() throws Exception {
        TestApi.Session victim = api.signup("victim_t");
        TestApi.Session attacker = api.signup("attacker_t");
        String[] parts = attacker.token().split("\\.");
        String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace(attacker.userId(), victim.userId());
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertError(api.http.get("/api/auth/me", forged), 401, "invalid or expired token");
    }

    @Test
    void expired_token_is_rejected() {
        TestApi.Session s = api.signup("expiring");
        assertThat(api.http.get("/api/auth/me", s.token()).status()).isEqualTo(200);
        api.clock.addAndGet(Duration.ofHours(24).plusMinutes(1).toMillis());
        try {
            assertError(api.http.get("/api/auth/me", s.token()), 401, "invalid or expired token");
            // the refresh token (7 days) still gets a fresh pair
            assertThat(api.http.post("/api/auth/refresh", null, Map.of("refresh_token", s.refreshToken())).status()).isEqualTo(200);
        } finally {
            api.clock.addAndGet(-Duration.ofHours(24).plusMinutes(1).toMillis());
        }
    }

    @Test
    void token_after_logout_is_rejected() {
        TestApi.Session s = api.signup("logged_out");
        api.http.post("/api/auth/logout", s.token(), null);
        assertError(api.http.get("/api/sync/conflicts", s.token()), 401, "invalid or expired token");
    }

    @Test
    void reused_refresh_token_revokes_the_whole_session() {
        TestApi.Session s = api.signup("replayed");
        Http.Response first = api.http.post("/api/auth/refresh", null, Map.of("refresh_token", s.refreshToken()));
        assertThat(first.status()).isEqualTo(200);
        String rotatedAccess = first.json().get("token").asText();
        String rotatedRefresh = first.json().get("refresh_token").asText();
        // an attacker replays the spent token
        assertError(api.http.post("/api/auth/refresh", null, Map.of("refresh_token", s.refreshToken())), 401, "invalid or expired refresh token");
        // the whole session is gone: the legitimate holder's new tokens stop working too
        assertError(api.http.get("/api/auth/me", rotatedAccess), 401, "invalid or expired token");
        assertError(api.http.post("/api/auth/refresh", null, Map.of("refresh_token", rotatedRefresh)), 401, "invalid or expired refresh token");
    }

    @Test
    void refresh_token_cannot_be_used_as_an_access_token() {
        TestApi.Session s = api.signup("wrong_type");
        assertError(api.http.get("/api/auth/me", s.refreshToken()), 401, "invalid or expired token");
    }

    @Test
    void tokens_signed_with_the_previous_secret_still_verify_during_rotation() throws Exception {
        String newSecret = "the-new-secret-after-rotation-0123456789abcdef";
        try (TestApi rotated = new TestApi(Map.of("JWT_SECRET", newSecret, "JWT_SECRET_PREVIOUS", TestApi.SECRET))) {
            TestApi.Session s = rotated.signup("rotation");
            JWTClaimsSet claims = SignedJWT.parse(s.token()).getJWTClaimsSet();
            assertThat(rotated.http.get("/api/auth/me", resign(claims, TestApi.SECRET, JWSAlgorithm.HS256)).status()).isEqualTo(200);
            assertThat(rotated.http.get("/api/auth/me", resign(claims, "yet-another-secret-yet-another-secret-xx", JWSAlgorithm.HS256)).status())
                    .isEqualTo(401);
            // new tokens are signed with the new secret only
            assertThat(SignedJWT.parse(s.token()).verify(new com.nimbusds.jose.crypto.MACVerifier(newSecret))).isTrue();
        }
    }

    @Test
    void access_token_carries_the_original_claims_plus_jti_and_session() throws Exception {
        TestApi.Session s = api.signup("claims");
        SignedJWT jwt = SignedJWT.parse(s.token());
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        JWTClaimsSet c = jwt.getJWTClaimsSet();
        assertThat(c.getStringClaim("user_id")).isEqualTo(s.userId());
        assertThat(c.getStringClaim("username")).isEqualTo("claims");
        assertThat(c.getStringClaim("role")).isEqualTo("user");
        assertThat(c.getIssuer()).isEqualTo("sql-studio");
        assertThat(c.getSubject()).isEqualTo(s.userId());
        assertThat(c.getIssueTime()).isNotNull();
        assertThat(c.getNotBeforeTime()).isNotNull();
        assertThat(c.getExpirationTime().getTime() - c.getIssueTime().getTime()).isEqualTo(Duration.ofHours(24).toMillis());
        assertThat(c.getJWTID()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(c.getStringClaim("sid")).isNotBlank();
    }

    static String resign(JWTClaimsSet claims, String secret, JWSAlgorithm alg) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(alg), claims);
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }
}
