package app.sqlstudio.howler.service.util;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Identifiers, random tokens and the one timestamp format of the API (RFC 3339, UTC, millisecond precision). */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static String uuid() {
        return UUID.randomUUID().toString();
    }

    /** {@code bytes} random bytes, base64url without padding. */
    public static String token(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    public static String time(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }

    public static String timeOrNull(Long epochMillis) {
        return epochMillis == null ? null : time(epochMillis);
    }
}
