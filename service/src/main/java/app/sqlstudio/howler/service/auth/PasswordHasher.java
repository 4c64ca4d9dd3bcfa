package app.sqlstudio.howler.service.auth;

import app.sqlstudio.howler.service.config.Config;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Argon2id password hashes in the PHC string format ({@code $argon2id$v=19$m=..,t=..,p=..$salt$hash}); the cost is
 * stored with each hash, so hashes made with other costs still verify. Verification compares in constant time.
 */
public final class PasswordHasher {
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final Config.PasswordHashing cost;
    private final SecureRandom random = new SecureRandom();
    private final String dummyHash;

    public PasswordHasher(Config.PasswordHashing cost) {
        this.cost = cost;
        // A hash with the configured cost and random salt and output: verifying against it derives a key exactly as
        // a real verification does (the cost is read from the string), without computing Argon2 at startup.
        byte[] salt = new byte[16];
        byte[] out = new byte[32];
        random.nextBytes(salt);
        random.nextBytes(out);
        this.dummyHash = phc(cost.memoryKib(), cost.iterations(), cost.parallelism(), salt, out);
    }

    public String hash(String password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] out = derive(password, salt, cost.memoryKib(), cost.iterations(), cost.parallelism(), 32);
        return phc(cost.memoryKib(), cost.iterations(), cost.parallelism(), salt, out);
    }

    private static String phc(int m, int t, int p, byte[] salt, byte[] out) {
        return "$argon2id$v=19$m=" + m + ",t=" + t + ",p=" + p + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(out);
    }

    public boolean verify(String password, String phc) {
        try {
            String[] parts = phc.split("\\$");
            if (parts.length != 6 || !parts[1].equals("argon2id")) return false;
            int m = 0, t = 0, p = 0;
            for (String kv : parts[3].split(",")) {
                String[] x = kv.split("=");
                switch (x[0]) {
                    case "m" -> m = Integer.parseInt(x[1]);
                    case "t" -> t = Integer.parseInt(x[1]);
                    case "p" -> p = Integer.parseInt(x[1]);
                    default -> {
                        return false;
                    }
                }
            }
            byte[] salt = B64D.decode(parts[4]);
            byte[] expected = B64D.decode(parts[5]);
            byte[] actual = derive(password, salt, m, t, p, expected.length);
            return MessageDigest.isEqual(expected, actual);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Spends the same time as a real verification, so unknown users cannot be told apart by timing. */
    public void verifyDummy(String password) {
        verify(password, dummyHash);
    }

    private static byte[] derive(String password, byte[] salt, int m, int t, int p, int len) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(m).withIterations(t).withParallelism(p).withSalt(salt).build();
        Argon2BytesGenerator gen = new Argon2BytesGenerator();
        gen.init(params);
        byte[] out = new byte[len];
        gen.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
