package app.sqlstudio.howler.service.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Single-use recovery codes: {@link #COUNT} per enablement, each {@code xxxx-xxxx-xxxx-xxxx} over Crockford's base32
 * alphabet (no i, l, o, u to misread), so 80 random bits. With that much entropy a salted SHA-256 is enough to store
 * them (as with any random token: nothing to guess from a dictionary), and lets a code be found with one indexed
 * lookup instead of a slow hash per stored code. Input is forgiving: case, spaces and hyphens are ignored.
 */
public final class RecoveryCodes {
    public static final int COUNT = 10;
    private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
    private static final int GROUPS = 4;
    private static final int GROUP_LENGTH = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    public static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int n = 0; n < COUNT; n++) {
            StringBuilder code = new StringBuilder();
            for (int g = 0; g < GROUPS; g++) {
                if (g > 0) code.append('-');
                for (int i = 0; i < GROUP_LENGTH; i++) code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** The stored form of a code for one user; null when the input cannot be a recovery code at all. */
    public static String hash(String userId, String code) {
        String normalized = normalize(code);
        if (normalized == null) return null;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("howler-recovery:" + userId + ":" + normalized).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalize(String code) {
        if (code == null) return null;
        String c = code.toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
        if (c.length() != GROUPS * GROUP_LENGTH) return null;
        for (int i = 0; i < c.length(); i++) if (ALPHABET.indexOf(c.charAt(i)) < 0) return null;
        return c;
    }
}
