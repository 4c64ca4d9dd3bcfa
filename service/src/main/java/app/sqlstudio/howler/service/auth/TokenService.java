package app.sqlstudio.howler.service.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * HS256 access and refresh tokens. Signed with {@code JWT_SECRET} only; verified with it and, when set,
 * {@code JWT_SECRET_PREVIOUS}. Only HS256 is accepted (no {@code alg: none}, no other algorithm), the issuer must be
 * {@code sql-studio}, and {@code exp}/{@code nbf} are enforced with 30 s of clock skew.
 *
 * <p>An access token is presented on every request, and parsing it (Base64 in constant time, two JSON documents,
 * HMAC) is the largest CPU cost of an authenticated request. So the outcome of the checks that do not depend on time
 * (signature, algorithm, issuer, required claims) is kept per exact token string, for tokens that passed them;
 * expiry, not-before and type are checked again on every call, and a token that never verified is never kept.
 */
public final class TokenService {
    public static final String ISSUER = "sql-studio";
    private static final long SKEW_MS = 30_000;

    /** A verified token's claims that the service uses. */
    public record Claims(String userId, String username, String role, String sessionId, String jti, String type, long expiresAtMs) {
    }

    /** An issued token and its expiry. */
    public record Issued(String token, String jti, long expiresAtMs) {
    }

    private final MACSigner signer;
    private final List<JWSVerifier> verifiers = new ArrayList<>();
    /** Access tokens whose signature and time-independent claims verified, by their exact text. */
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private static final int MAX_VERIFIED = 4096;

    private record Verified(Claims claims, Long notBeforeMs) {
    }

    private final Duration accessTtl;
    private final Duration refreshTtl;
    private final LongSupplier clock;

    public TokenService(byte[] secret, byte[] previousSecret, Duration accessTtl, Duration refreshTtl, LongSupplier clockMillis) {
        try {
            this.signer = new MACSigner(secret);
            verifiers.add(new MACVerifier(secret));
            if (previousSecret != null) verifiers.add(new MACVerifier(previousSecret));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("JWT secret too short: it must have at least 32 bytes", e);
        }
        this.accessTtl = accessTtl;
        this.refreshTtl = refreshTtl;
        this.clock = clockMillis;
    }

    public Duration refreshTtl() {
        return refreshTtl;
    }

    public Issued issueAccess(String userId, String username, String role, String sessionId) {
        long now = clock.getAsLong();
        long exp = now + accessTtl.toMillis();
        String jti = app.sqlstudio.howler.service.util.Ids.token(16);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER).subject(userId)
                .claim("user_id", userId).claim("username", username).claim("role", role)
                .claim("sid", sessionId).claim("typ", "access")
                .jwtID(jti)
                .issueTime(new Date(now)).notBeforeTime(new Date(now)).expirationTime(new Date(exp))
                .build();
        return new Issued(sign(claims), jti, exp);
    }

    public Issued issueRefresh(String userId, String sessionId, String jti) {
        long now = clock.getAsLong();
        long exp = now + refreshTtl.toMillis();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER).subject(userId)
                .claim("sid", sessionId).claim("typ", "refresh")
                .jwtID(jti)
                .issueTime(new Date(now)).notBeforeTime(new Date(now)).expirationTime(new Date(exp))
                .build();
        return new Issued(sign(claims), jti, exp);
    }

    /**
     * Verifies signature, algorithm, issuer, times and type; returns null for any invalid token (callers answer 401
     * with one message, so a client learns nothing about why).
     */
    public Claims verify(String token, String expectedType) {
        if (token == null) return null;
        Verified v = verified.get(token);
        if (v == null) {
            v = verifySignatureAndClaims(token);
            if (v == null) return null;
            if ("access".equals(v.claims().type())) {
                if (verified.size() >= MAX_VERIFIED) verified.clear();
                verified.put(token, v);
            }
        }
        long now = clock.getAsLong();
        Claims c = v.claims();
        if (c.expiresAtMs() + SKEW_MS <= now) {
            verified.remove(token);
            return null;
        }
        if (v.notBeforeMs() != null && v.notBeforeMs() - SKEW_MS > now) return null;
        if (!expectedType.equals(c.type())) return null;
        return c;
    }

    /** Signature, algorithm, issuer and the claims the service needs; null when any is wrong. Time is not checked. */
    private Verified verifySignatureAndClaims(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) return null;
            boolean ok = false;
            for (JWSVerifier v : verifiers) {
                if (jwt.verify(v)) {
                    ok = true;
                    break;
                }
            }
            if (!ok) return null;
            JWTClaimsSet c = jwt.getJWTClaimsSet();
            if (!ISSUER.equals(c.getIssuer())) return null;
            if (c.getExpirationTime() == null) return null;
            String type = c.getStringClaim("typ");
            if (type == null) return null;
            String sid = c.getStringClaim("sid");
            if (sid == null || c.getSubject() == null || c.getJWTID() == null) return null;
            Claims claims = new Claims(c.getSubject(), c.getStringClaim("username"), c.getStringClaim("role"), sid, c.getJWTID(), type,
                    c.getExpirationTime().getTime());
            return new Verified(claims, c.getNotBeforeTime() == null ? null : c.getNotBeforeTime().getTime());
        } catch (ParseException | JOSEException | RuntimeException e) {
            return null;
        }
    }

    private String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(com.nimbusds.jose.JOSEObjectType.JWT).build(), claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a JWT", e);
        }
    }
}
