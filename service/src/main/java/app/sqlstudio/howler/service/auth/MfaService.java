package app.sqlstudio.howler.service.auth;

import app.sqlstudio.howler.service.http.ApiException;
import app.sqlstudio.howler.service.organizations.AuditLogRepository;
import app.sqlstudio.howler.service.organizations.OrganizationService;
import app.sqlstudio.howler.service.storage.Database;
import app.sqlstudio.howler.service.storage.Sql;
import app.sqlstudio.howler.service.util.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * Two-factor sign-in with a TOTP authenticator: setup (a new secret, pending until confirmed), enable (a correct code
 * confirms it and yields {@link RecoveryCodes#COUNT} recovery codes), disable (password and a second factor), and the
 * second-factor check that login, disable and account deletion share.
 */
public final class MfaService {
    private static final Logger LOG = LoggerFactory.getLogger(MfaService.class);
    /** The name authenticator apps show above the code. */
    public static final String ISSUER = "HowlerOps SQL Studio";

    /** What {@link #verify} found. */
    public enum Check {
        OK,
        /** not a current code */
        WRONG,
        /** not an unused recovery code of this user */
        RECOVERY_CODE_REFUSED,
        /** a current code, but one already accepted in its time step (or a later one) */
        REPLAYED,
        NOT_ENABLED
    }

    /** A new secret for the authenticator app, shown once by setup. */
    public record Setup(String secret, String otpauthUrl) {
    }

    /** A second factor as the client sent it: a TOTP {@code code} or a {@code recoveryCode}, exactly one. */
    public record Factor(String code, String recoveryCode) {
        /** 400 unless exactly one is present. */
        public static Factor of(String code, String recoveryCode) {
            boolean hasCode = code != null && !code.isBlank();
            boolean hasRecovery = recoveryCode != null && !recoveryCode.isBlank();
            if (hasCode && hasRecovery) throw ApiException.badRequest("send either code or recovery_code, not both");
            if (!hasCode && !hasRecovery) {
                throw ApiException.badRequest("code is required: the 6-digit code from your authenticator app (or a recovery_code)");
            }
            return new Factor(hasCode ? code.replace(" ", "") : null, hasRecovery ? recoveryCode : null);
        }
    }

    private final Database db;
    private final MfaRepository mfa;
    private final UserRepository users;
    private final AuditLogRepository audit;
    private final PasswordHasher hasher;
    private final LoginLockout lockout;
    private final MfaSecretCipher cipher;
    private final Totp totp = new Totp();
    private final SessionGuard guard;
    private final AuthMetrics metrics;
    private final LongSupplier clock;

    public MfaService(Database db, MfaRepository mfa, UserRepository users, AuditLogRepository audit, PasswordHasher hasher,
                      LoginLockout lockout, MfaSecretCipher cipher, SessionGuard guard, AuthMetrics metrics, LongSupplier clock) {
        this.db = db;
        this.mfa = mfa;
        this.users = users;
        this.audit = audit;
        this.hasher = hasher;
        this.lockout = lockout;
        this.cipher = cipher;
        this.guard = guard;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** A new pending secret; an earlier unconfirmed one is replaced. 409 while two-factor sign-in is on. */
    public Setup setup(Principal p) {
        User user = db.read(sql -> users.findById(sql, p.userId())).orElseThrow(() -> ApiException.unauthorized("invalid or expired token"));
        byte[] secret = Totp.newSecret();
        String sealed = cipher.seal(secret, user.id());
        db.write(sql -> {
            if (mfa.find(sql, user.id()).filter(MfaRepository.State::enabled).isPresent()) {
                throw ApiException.conflict("two-factor sign-in is already enabled: disable it first to set up another authenticator");
            }
            mfa.savePending(sql, user.id(), sealed, clock.getAsLong());
            return null;
        });
        String base32 = Totp.base32(secret);
        String label = encode(ISSUER) + ":" + encode(user.username());
        String url = "otpauth://totp/" + label + "?secret=" + base32 + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_MILLIS / 1000;
        return new Setup(base32, url);
    }

    /** Confirms the pending secret with a current code and returns the recovery codes (shown this once). */
    public List<String> enable(Principal p, String code, OrganizationService.Origin origin) {
        if (code == null || code.isBlank()) throw ApiException.badRequest("code is required: the 6-digit code from your authenticator app");
        List<String> codes = RecoveryCodes.generate();
        List<String> hashes = codes.stream().map(c -> RecoveryCodes.hash(p.userId(), c)).toList();
        long now = clock.getAsLong();
        db.write(sql -> {
            MfaRepository.State state = mfa.find(sql, p.userId()).orElse(null);
            if (state != null && state.enabled()) throw ApiException.conflict("two-factor sign-in is already enabled");
            if (state == null || state.pendingSecret() == null) {
                throw ApiException.badRequest("no two-factor setup in progress: call POST /api/auth/mfa/setup first");
            }
            byte[] secret = cipher.open(state.pendingSecret(), p.userId()).orElseThrow(() -> ApiException.badRequest(
                    "the two-factor setup can no longer be read (the server's key changed): call POST /api/auth/mfa/setup again"));
            OptionalLong step = totp.match(secret, code.replace(" ", ""), now);
            if (step.isEmpty()) {
                throw ApiException.badRequest("invalid code: enter the current 6-digit code your authenticator app shows for this setup");
            }
            mfa.enable(sql, p.userId(), step.getAsLong(), now);
            mfa.replaceRecoveryCodes(sql, p.userId(), hashes, now);
            log(sql, p.userId(), "mfa.enabled", origin, now);
            return null;
        });
        guard.evictAll();
        metrics.attempt("mfa_enable", "success");
        return codes;
    }

    /** Turns two-factor sign-in off; needs the password and a second factor, failures count toward the lockout. */
    public void disable(Principal p, String password, Factor factor, String ip, OrganizationService.Origin origin) {
        if (password == null || password.isEmpty()) throw ApiException.badRequest("password is required");
        User user = db.read(sql -> users.findById(sql, p.userId())).orElseThrow(() -> ApiException.unauthorized("invalid or expired token"));
        if (!user.mfaEnabled()) throw ApiException.conflict("two-factor sign-in is not enabled");
        String key = LoginLockout.key(user);
        lockout.check(ip, key, "mfa_disable");
        if (!hasher.verify(password, user.passwordHash())) {
            lockout.fail(ip, key);
            metrics.attempt("mfa_disable", "failure");
            throw ApiException.unauthorized("password is incorrect");
        }
        Check check = db.write(sql -> {
            Check c = verify(sql, user.id(), factor);
            if (c != Check.OK) {
                lockout.fail(sql, ip, key);
                return c;
            }
            mfa.delete(sql, user.id());
            log(sql, user.id(), "mfa.disabled", origin, clock.getAsLong());
            return c;
        });
        if (check != Check.OK) {
            metrics.attempt("mfa_disable", "failure");
            throw rejected(check);
        }
        guard.evictAll();
        metrics.attempt("mfa_disable", "success");
    }

    /**
     * Checks a second factor inside the caller's write transaction: a TOTP code of the current step or a neighbour not
     * older than the last accepted one, or an unused recovery code (spent by this call). A success is recorded in the
     * same transaction, so it is undone if the caller's work rolls back.
     */
    public Check verify(Sql sql, String userId, Factor factor) {
        Optional<MfaRepository.State> state = mfa.find(sql, userId).filter(MfaRepository.State::enabled);
        if (state.isEmpty()) return Check.NOT_ENABLED;
        long now = clock.getAsLong();
        if (factor.recoveryCode() != null) {
            String hash = RecoveryCodes.hash(userId, factor.recoveryCode());
            return hash != null && mfa.useRecoveryCode(sql, userId, hash, now) ? Check.OK : Check.RECOVERY_CODE_REFUSED;
        }
        Optional<byte[]> secret = cipher.open(state.get().secret(), userId);
        if (secret.isEmpty()) {
            LOG.error("the TOTP secret of user {} opens with neither JWT_SECRET nor JWT_SECRET_PREVIOUS: JWT_SECRET changed without "
                    + "keeping the old value in JWT_SECRET_PREVIOUS; the user can still sign in with a recovery code", userId);
            return Check.WRONG;
        }
        OptionalLong step = totp.match(secret.get(), factor.code(), now);
        if (step.isEmpty()) return Check.WRONG;
        return mfa.useStep(sql, userId, step.getAsLong()) ? Check.OK : Check.REPLAYED;
    }

    /** The 401 for a second factor that was not accepted. */
    public static ApiException rejected(Check check) {
        return switch (check) {
            case REPLAYED -> ApiException.unauthorized("this code was already used: wait for the next code from your authenticator app");
            case RECOVERY_CODE_REFUSED -> ApiException.unauthorized("invalid or already used recovery code");
            case NOT_ENABLED -> ApiException.conflict("two-factor sign-in is not enabled");
            default -> ApiException.unauthorized("invalid two-factor code");
        };
    }

    public boolean enabled(Sql sql, String userId) {
        return mfa.find(sql, userId).filter(MfaRepository.State::enabled).isPresent();
    }

    /**
     * Seals again, with the current key, every secret that only the previous JWT secret opens; run by the hourly
     * housekeeping so that a rotation never strands a user's authenticator. Returns how many were re-sealed.
     */
    public int resealAfterRotation() {
        if (!cipher.rotating()) return 0;
        return db.write(sql -> {
            int n = 0;
            for (MfaRepository.State s : mfa.all(sql)) {
                if (s.secret() != null && cipher.needsResealing(s.secret(), s.userId())) {
                    byte[] secret = cipher.open(s.secret(), s.userId()).orElseThrow();
                    mfa.replaceSecret(sql, s.userId(), cipher.seal(secret, s.userId()));
                    n++;
                }
            }
            return n;
        });
    }

    public void purge(Sql sql, long before) {
        mfa.purgeChallenges(sql, before);
    }

    private void log(Sql sql, String userId, String action, OrganizationService.Origin origin, long now) {
        String ua = origin.userAgent() == null ? null : origin.userAgent().substring(0, Math.min(256, origin.userAgent().length()));
        audit.insert(sql, new AuditLogRepository.Entry(Ids.uuid(), null, userId, action, "user", userId, origin.ip(), ua, "{}", now));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
