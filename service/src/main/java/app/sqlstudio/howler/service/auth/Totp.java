package app.sqlstudio.howler.service.auth;

import com.eatthepath.otp.HmacOneTimePasswordGenerator;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.OptionalLong;

/**
 * RFC 6238 time-based one-time passwords as every authenticator app computes them: HMAC-SHA1, 6 digits, 30-second
 * steps counted from the Unix epoch. One step of clock skew either way is accepted, so a phone a few seconds off, or a
 * code typed as it rolls over, still works. The HOTP computation itself (RFC 4226) is java-otp's.
 */
public final class Totp {
    public static final int DIGITS = 6;
    public static final long STEP_MILLIS = 30_000;
    /** 160 bits: the HMAC-SHA1 block the RFC recommends for a shared secret. */
    public static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HmacOneTimePasswordGenerator hotp = new HmacOneTimePasswordGenerator(DIGITS);

    public static byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** The time step an instant falls in. */
    public static long step(long epochMillis) {
        return Math.floorDiv(epochMillis, STEP_MILLIS);
    }

    /** The code for one time step, zero-padded to six digits. */
    public String code(byte[] secret, long step) {
        try {
            return String.format("%0" + DIGITS + "d", hotp.generateOneTimePassword(new SecretKeySpec(secret, "HmacSHA1"), step));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("a TOTP secret must be a non-empty byte string", e);
        }
    }

    /**
     * The time step whose code {@code code} is, among the step of {@code nowMillis} and its two neighbours; empty when
     * it is none of them (or is not six digits). Every candidate is computed and compared in constant time, so the
     * answer's timing does not say which step, if any, matched.
     */
    public OptionalLong match(byte[] secret, String code, long nowMillis) {
        if (code == null || code.length() != DIGITS || !code.chars().allMatch(c -> c >= '0' && c <= '9')) return OptionalLong.empty();
        byte[] given = code.getBytes(StandardCharsets.US_ASCII);
        long now = step(nowMillis);
        long found = Long.MIN_VALUE;
        // the current step first: when two neighbours would match (they cannot in practice), the current one wins
        for (long s : new long[]{now, now - 1, now + 1}) {
            boolean equal = MessageDigest.isEqual(given, code(secret, s).getBytes(StandardCharsets.US_ASCII));
            if (equal && found == Long.MIN_VALUE) found = s;
        }
        return found == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(found);
    }

    /** RFC 4648 base32 without padding, as authenticator apps expect the secret in an {@code otpauth://} URL. */
    public static String base32(byte[] bytes) {
        final String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(alphabet.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) out.append(alphabet.charAt((buffer << (5 - bits)) & 31));
        return out.toString();
    }
}
