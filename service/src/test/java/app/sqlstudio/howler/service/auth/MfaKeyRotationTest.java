package app.sqlstudio.howler.service.auth;

import app.sqlstudio.howler.service.organizations.AuditLogRepository;
import app.sqlstudio.howler.service.support.Http;
import app.sqlstudio.howler.service.support.TestApi;
import app.sqlstudio.howler.service.support.TotpCodes;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static app.sqlstudio.howler.service.support.ApiAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JWT secret rotation does not strand anyone's authenticator: during the rotation the previous secret still opens
 * the sealed TOTP secrets, the housekeeping re-seals them under the new one, and after it only a recovery code helps
 * a user whose secret was sealed under a key the service no longer has.
 */
class MfaKeyRotationTest {
    static final String OLD = "old-jwt-secret-0123456789-abcdefghijklmnopqrst";
    static final String NEW = "new-jwt-secret-0123456789-abcdefghijklmnopqrst";
    static final String OTHER = "unrelated-jwt-secret-0123456789-abcdefghijklm";

    static Http.Response signIn(TestApi api, String username, Map<String, String> factor) {
        Http.Response first = api.http.post("/api/auth/login", null, Map.of("username", username, "password", TestApi.password(username)));
        assertThat(first.json().get("mfa_required").asBoolean()).as(first.toString()).isTrue();
        Map<String, String> body = new java.util.HashMap<>(factor);
        body.put("mfa_token", first.json().get("mfa_token").asText());
        return api.http.post("/api/auth/login/mfa", null, body);
    }

    @Test
    void the_previous_jwt_secret_opens_totp_secrets_until_they_are_resealed() {
        TestApi before = new TestApi(Map.of("JWT_SECRET", OLD));
        TestApi during = null;
        TestApi after = null;
        TestApi lost = null;
        try {
            TestApi.Session s = before.signup("rotating");
            byte[] secret = TotpCodes.base32(before.http.post("/api/auth/mfa/setup", s.token(), null).json().get("secret").asText());
            Http.Response on = before.http.post("/api/auth/mfa/enable", s.token(), Map.of("code", TotpCodes.at(secret, before.clock.get())));
            List<String> recovery = new ArrayList<>();
            on.json().get("recovery_codes").forEach(c -> recovery.add(c.asText()));
            before.app.stop();

            during = new TestApi(Map.of("JWT_SECRET", NEW, "JWT_SECRET_PREVIOUS", OLD), before.db);
            during.clock.set(before.clock.get() + 60_000);
            assertThat(signIn(during, "rotating", Map.of("code", TotpCodes.at(secret, during.clock.get()))).status()).isEqualTo(200);
            MfaService housekeeping = new MfaService(before.db, MfaRepository.sql(), UserRepository.sql(), AuditLogRepository.sql(),
                    new PasswordHasher(TestApi.CHEAP), null, new MfaSecretCipher(NEW.getBytes(StandardCharsets.UTF_8), OLD.getBytes(StandardCharsets.UTF_8)),
                    null, new AuthMetrics(new SimpleMeterRegistry()), during.clock::get);
            assertThat(housekeeping.resealAfterRotation()).isEqualTo(1);
            assertThat(housekeeping.resealAfterRotation()).isZero();
            during.app.stop();

            after = new TestApi(Map.of("JWT_SECRET", NEW), before.db);
            after.clock.set(during.clock.get() + 60_000);
            assertThat(signIn(after, "rotating", Map.of("code", TotpCodes.at(secret, after.clock.get()))).status()).isEqualTo(200);
            after.app.stop();

            // a secret changed without keeping the old one: codes no longer work, a recovery code still does
            lost = new TestApi(Map.of("JWT_SECRET", OTHER), before.db);
            lost.clock.set(after.clock.get() + 60_000);
            assertError(signIn(lost, "rotating", Map.of("code", TotpCodes.at(secret, lost.clock.get()))), 401, "invalid two-factor code");
            assertThat(signIn(lost, "rotating", Map.of("recovery_code", recovery.get(0))).status()).isEqualTo(200);
            assertThat(Duration.ofMillis(lost.clock.get() - before.clock.get())).isLessThan(Duration.ofMinutes(15));
        } finally {
            for (TestApi api : new TestApi[]{lost, after, during}) {
                if (api == null) continue;
                api.app.stop();
                api.dir.toFile().delete(); // empty: these instances ran on the first one's database

            }
            before.close();
        }
    }
}
