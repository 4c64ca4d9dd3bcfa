package app.sqlstudio.howler.service.auth;

import app.sqlstudio.howler.service.support.TotpCodes;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTest {
    /** RFC 6238 appendix B, SHA-1 key: the ASCII of "12345678901234567890". */
    static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    final Totp totp = new Totp();

    @Test
    void codes_match_the_rfc_6238_sha1_test_vectors() {
        // (unix seconds, 8-digit code): a 6-digit code is the same number modulo 10^6, i.e. its last six digits
        Object[][] vectors = {{59L, "94287082"}, {1111111109L, "07081804"}, {1111111111L, "14050471"},
                {1234567890L, "89005924"}, {2000000000L, "69279037"}, {20000000000L, "65353130"}};
        for (Object[] v : vectors) {
            long seconds = (Long) v[0];
            String eight = (String) v[1];
            assertThat(totp.code(RFC_KEY, Totp.step(seconds * 1000))).as("T=%d", seconds).isEqualTo(eight.substring(2));
            assertThat(TotpCodes.code(RFC_KEY, seconds / 30, 8)).as("independent computation at T=%d", seconds).isEqualTo(eight);
        }
    }

    @Test
    void a_code_is_accepted_in_its_step_and_one_step_either_side_and_no_further() {
        long boundary = 1_111_111_110_000L - 1_111_111_110_000L % 30_000; // the first millisecond of a step
        long step = Totp.step(boundary);
        for (long now : new long[]{boundary, boundary + 29_999}) {
            assertThat(totp.match(RFC_KEY, TotpCodes.code(RFC_KEY, step, 6), now)).hasValue(step);
            assertThat(totp.match(RFC_KEY, TotpCodes.code(RFC_KEY, step - 1, 6), now)).hasValue(step - 1);
            assertThat(totp.match(RFC_KEY, TotpCodes.code(RFC_KEY, step + 1, 6), now)).hasValue(step + 1);
            assertThat(totp.match(RFC_KEY, TotpCodes.code(RFC_KEY, step - 2, 6), now)).isEmpty();
            assertThat(totp.match(RFC_KEY, TotpCodes.code(RFC_KEY, step + 2, 6), now)).isEmpty();
        }
        // the last millisecond of the previous step: its window is one step earlier
        assertThat(totp.match(RFC_KEY, TotpCodes.code(RFC_KEY, step + 1, 6), boundary - 1)).isEmpty();
        assertThat(totp.match(RFC_KEY, TotpCodes.code(RFC_KEY, step - 2, 6), boundary - 1)).hasValue(step - 2);
    }

    @Test
    void anything_but_six_digits_never_matches() {
        for (String bad : new String[]{null, "", "12345", "1234567", "12345a", " 123456", "１２３４５６"}) {
            assertThat(totp.match(RFC_KEY, bad, 59_000)).as("%s", bad).isEqualTo(OptionalLong.empty());
        }
    }

    @Test
    void base32_is_rfc_4648_without_padding() {
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Totp.base32("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
        byte[] secret = Totp.newSecret();
        assertThat(secret).hasSize(20);
        assertThat(Totp.base32(secret)).hasSize(32);
        assertThat(TotpCodes.base32(Totp.base32(secret))).isEqualTo(secret);
    }

    @Test
    void sealed_secrets_open_only_for_their_user_and_survive_one_rotation() {
        byte[] oldJwt = "old-jwt-secret-0123456789-abcdefghijklmnop".getBytes(StandardCharsets.UTF_8);
        byte[] newJwt = "new-jwt-secret-0123456789-abcdefghijklmnop".getBytes(StandardCharsets.UTF_8);
        byte[] secret = Totp.newSecret();
        MfaSecretCipher before = new MfaSecretCipher(oldJwt, null);
        String sealed = before.seal(secret, "user-a");
        assertThat(sealed).startsWith("v1.").doesNotContain(Totp.base32(secret));
        assertThat(before.open(sealed, "user-a")).hasValueSatisfying(s -> assertThat(s).isEqualTo(secret));
        assertThat(before.open(sealed, "user-b")).isEmpty();
        assertThat(before.seal(secret, "user-a")).isNotEqualTo(sealed); // a fresh nonce each time

        MfaSecretCipher rotating = new MfaSecretCipher(newJwt, oldJwt);
        assertThat(rotating.open(sealed, "user-a")).hasValueSatisfying(s -> assertThat(s).isEqualTo(secret));
        assertThat(rotating.needsResealing(sealed, "user-a")).isTrue();
        String resealed = rotating.seal(secret, "user-a");
        assertThat(rotating.needsResealing(resealed, "user-a")).isFalse();
        MfaSecretCipher after = new MfaSecretCipher(newJwt, null);
        assertThat(after.open(resealed, "user-a")).isPresent();
        assertThat(after.open(sealed, "user-a")).isEmpty();
        assertThat(after.open("v1.not-base64!", "user-a")).isEmpty();
        assertThat(after.open("plain", "user-a")).isEmpty();
    }

    @Test
    void recovery_codes_are_ten_distinct_80_bit_codes_hashed_per_user() {
        List<String> codes = RecoveryCodes.generate();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates()
                .allSatisfy(c -> assertThat(c).matches("[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){3}"));
        String c = codes.get(0);
        String h = RecoveryCodes.hash("u1", c);
        assertThat(h).hasSize(64).doesNotContain(c.replace("-", ""));
        assertThat(RecoveryCodes.hash("u1", c.toUpperCase().replace("-", " "))).isEqualTo(h);
        assertThat(RecoveryCodes.hash("u2", c)).isNotEqualTo(h);
        assertThat(RecoveryCodes.hash("u1", "too-short")).isNull();
        assertThat(new HashSet<>(codes.stream().map(x -> RecoveryCodes.hash("u1", x)).toList())).hasSize(10);
    }
}
