package app.sqlstudio.howler.service.auth;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Seals TOTP secrets for storage, so that a copy of the database alone does not hand out everyone's second factor.
 *
 * <p>The key is derived (HKDF-SHA256, its own label) from {@code JWT_SECRET}, the one secret the service already has
 * and that is never in the database; a dedicated variable would be one more secret for every deployment to create and
 * rotate. The cipher is AES-256-GCM with a random nonce, and the user id is authenticated with each secret, so a sealed
 * secret copied onto another user's row does not open. During a JWT secret rotation the key derived from
 * {@code JWT_SECRET_PREVIOUS} still opens what the old secret sealed, and {@link #needsResealing} tells the service to
 * seal it again with the current key (the hourly housekeeping does that for every user): keep the previous secret set
 * for at least that long after a rotation.
 *
 * <p>Format: {@code v1.<base64url(nonce ‖ ciphertext ‖ tag)>}.
 */
public final class MfaSecretCipher {
    private static final String PREFIX = "v1.";
    private static final byte[] HKDF_SALT = "howler".getBytes(StandardCharsets.UTF_8);
    private static final byte[] HKDF_INFO = "howler/mfa/totp-secret/aes-256-gcm/v1".getBytes(StandardCharsets.UTF_8);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec current;
    private final List<SecretKeySpec> all = new ArrayList<>();

    public MfaSecretCipher(byte[] jwtSecret, byte[] previousJwtSecret) {
        this.current = derive(jwtSecret);
        all.add(current);
        if (previousJwtSecret != null) all.add(derive(previousJwtSecret));
    }

    private static SecretKeySpec derive(byte[] secret) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(secret, HKDF_SALT, HKDF_INFO));
        byte[] key = new byte[32];
        hkdf.generateBytes(key, 0, key.length);
        return new SecretKeySpec(key, "AES");
    }

    /** True while a previous JWT secret is configured, i.e. while something may need re-sealing. */
    public boolean rotating() {
        return all.size() > 1;
    }

    public String seal(byte[] secret, String userId) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, current, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(aad(userId));
            byte[] sealed = c.doFinal(secret);
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /** The secret, or empty when neither the current nor the previous key opens it (or it is not ours). */
    public Optional<byte[]> open(String sealed, String userId) {
        for (SecretKeySpec key : all) {
            Optional<byte[]> secret = open(sealed, userId, key);
            if (secret.isPresent()) return secret;
        }
        return Optional.empty();
    }

    /** True when {@code sealed} opens only with the previous key: it should be sealed again with the current one. */
    public boolean needsResealing(String sealed, String userId) {
        return open(sealed, userId, current).isEmpty() && open(sealed, userId).isPresent();
    }

    private static Optional<byte[]> open(String sealed, String userId, SecretKeySpec key) {
        if (sealed == null || !sealed.startsWith(PREFIX)) return Optional.empty();
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(sealed.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (raw.length <= NONCE_BYTES + TAG_BITS / 8) return Optional.empty();
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, raw, 0, NONCE_BYTES));
            c.updateAAD(aad(userId));
            return Optional.of(c.doFinal(raw, NONCE_BYTES, raw.length - NONCE_BYTES));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    private static byte[] aad(String userId) {
        return ("howler-user:" + userId).getBytes(StandardCharsets.UTF_8);
    }
}
