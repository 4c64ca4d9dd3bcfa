package app.sqlstudio.howler.service.auth;

import app.sqlstudio.howler.service.http.ApiException;
import app.sqlstudio.howler.service.storage.ConstraintViolationException;
import app.sqlstudio.howler.service.storage.Database;
import app.sqlstudio.howler.service.util.Ids;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/** Signup, login with lockout, refresh rotation with reuse detection, logout, password change. */
public final class AuthService {
    public static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9_.-]{3,32}$");
    public static final Pattern EMAIL = Pattern.compile("^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}$");
    private static final String BAD_CREDENTIALS = "invalid username or password";
    private static final String BAD_REFRESH = "invalid or expired refresh token";
    private static final String BAD_MFA_TOKEN = "invalid or expired mfa_token: sign in again with your password";
    /** How long the second step of a login may take after the password. */
    public static final Duration MFA_TOKEN_TTL = Duration.ofMinutes(5);

    /** What a successful signup, login or refresh returns. */
    public record Tokens(User user, String token, String refreshToken, long expiresAt) {
    }

    /** A login's answer: a session ({@code tokens}), or, with two-factor sign-in, the token for the second step. */
    public record LoginOutcome(Tokens tokens, String mfaToken, long mfaTokenExpiresAt) {
    }

    private final Database db;
    private final UserRepository users;
    private final SessionRepository sessions;
    private final LoginAttemptRepository attempts;
    private final LoginLockout lockout;
    private final MfaRepository mfa;
    private final MfaService mfaService;
    private final PasswordHasher hasher;
    private final TokenService tokens;
    private final SessionGuard guard;
    private final AuthMetrics metrics;
    private final LongSupplier clock;

    public AuthService(Database db, UserRepository users, SessionRepository sessions, LoginAttemptRepository attempts,
                       LoginLockout lockout, MfaRepository mfa, MfaService mfaService,
                       PasswordHasher hasher, TokenService tokens, SessionGuard guard, AuthMetrics metrics, LongSupplier clock) {
        this.db = db;
        this.users = users;
        this.sessions = sessions;
        this.attempts = attempts;
        this.lockout = lockout;
        this.mfa = mfa;
        this.mfaService = mfaService;
        this.hasher = hasher;
        this.tokens = tokens;
        this.guard = guard;
        this.metrics = metrics;
        this.clock = clock;
    }

    public Tokens signup(String username, String email, String password, String ip, String userAgent) {
        username = required(username, "username").strip();
        email = required(email, "email").strip().toLowerCase(Locale.ROOT);
        required(password, "password");
        if (!USERNAME.matcher(username).matches()) {
            throw ApiException.badRequest("username must be 3-32 characters of letters, digits, '_', '.' or '-'");
        }
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) throw ApiException.badRequest("email is not a valid e-mail address");
        checkPassword(password, "password");
        String hash = hasher.hash(password);
        long now = clock.getAsLong();
        User user = new User(Ids.uuid(), username, email, hash, "user", true, now, now, now, false);
        String u = username, e = email;
        try {
            return db.write(sql -> {
                if (users.existsByUsernameOrEmail(sql, u, e)) throw ApiException.conflict("username or email already exists");
                users.insert(sql, user);
                Tokens t = openSession(sql, user, ip, userAgent, now);
                metrics.attempt("signup", "success");
                return t;
            });
        } catch (ConstraintViolationException ex) {
            throw ApiException.conflict("username or email already exists");
        }
    }

    /**
     * Checks the password. Without two-factor sign-in that opens a session; with it, the answer is a short-lived,
     * single-use {@code mfa_token} for {@link #loginSecondStep} and no session yet.
     */
    public LoginOutcome login(String login, String password, String ip, String userAgent) {
        login = required(login, "username").strip();
        required(password, "password");
        String l = login;
        Optional<User> found = db.read(sql -> users.findByLogin(sql, l));
        // One lockout per account whichever name it is signed in with: switching from the username to the e-mail
        // must not buy five more guesses. An unknown login is counted under what was typed.
        String key = found.map(LoginLockout::key).orElse(login.toLowerCase(Locale.ROOT));
        lockout.check(ip, key, "login");
        boolean ok;
        if (found.isPresent()) ok = hasher.verify(password, found.get().passwordHash());
        else {
            hasher.verifyDummy(password);
            ok = false;
        }
        if (!ok) {
            lockout.fail(ip, key);
            metrics.attempt("login", "failure");
            throw ApiException.unauthorized(BAD_CREDENTIALS);
        }
        User user = found.get();
        if (!user.active()) {
            metrics.attempt("login", "disabled");
            throw ApiException.forbidden("user account is disabled");
        }
        long now = clock.getAsLong();
        if (user.mfaEnabled()) {
            String mfaToken = Ids.token(32);
            long expiresAt = now + MFA_TOKEN_TTL.toMillis();
            db.write(sql -> {
                mfa.insertChallenge(sql, new MfaRepository.Challenge(sha256(mfaToken), user.id(), key, 0, now, expiresAt, null));
                return null;
            });
            metrics.attempt("login", "mfa_required");
            return new LoginOutcome(null, mfaToken, expiresAt);
        }
        Tokens t = db.write(sql -> {
            lockout.succeed(sql, ip, key);
            users.updateLastLogin(sql, user.id(), now);
            return openSession(sql, user.withLastLogin(now), ip, userAgent, now);
        });
        metrics.attempt("login", "success");
        return new LoginOutcome(t, null, 0);
    }

    /**
     * The second step of a login with two-factor sign-in: the {@code mfa_token} from the password step and a TOTP code
     * or a recovery code. A wrong code is a login failure (it counts toward the lockout, and a token dies after as
     * many wrong codes as the lockout allows); the token is spent by the first success.
     */
    public Tokens loginSecondStep(String mfaToken, MfaService.Factor factor, String ip, String userAgent) {
        if (mfaToken == null || mfaToken.isBlank()) throw ApiException.badRequest("mfa_token is required");
        String hash = sha256(mfaToken.strip());
        long now = clock.getAsLong();
        MfaRepository.Challenge challenge = db.read(sql -> mfa.findChallenge(sql, hash))
                .filter(c -> c.usedAt() == null && c.expiresAt() > now)
                .orElseThrow(() -> {
                    metrics.attempt("login_mfa", "invalid");
                    return ApiException.unauthorized(BAD_MFA_TOKEN);
                });
        // the lockout first: a locked account answers 429 whichever token is tried
        lockout.check(ip, challenge.loginKey(), "login_mfa");
        if (challenge.failures() >= lockout.maxFailures()) {
            // as many wrong codes as the lockout allows, from other addresses: this token is done
            metrics.attempt("login_mfa", "invalid");
            throw ApiException.unauthorized(BAD_MFA_TOKEN);
        }
        User user = db.read(sql -> users.findById(sql, challenge.userId())).filter(User::active)
                .orElseThrow(() -> ApiException.unauthorized(BAD_MFA_TOKEN));
        Object outcome = db.write(sql -> {
            MfaService.Check check = mfaService.verify(sql, user.id(), factor);
            // turned off between the two steps: this token is for a login that no longer exists
            if (check == MfaService.Check.NOT_ENABLED) return BAD_MFA_TOKEN;
            if (check != MfaService.Check.OK) {
                mfa.countChallengeFailure(sql, hash);
                lockout.fail(sql, ip, challenge.loginKey());
                return check;
            }
            if (!mfa.spendChallenge(sql, hash, now)) return BAD_MFA_TOKEN;
            lockout.succeed(sql, ip, challenge.loginKey());
            users.updateLastLogin(sql, user.id(), now);
            return openSession(sql, user.withLastLogin(now), ip, userAgent, now);
        });
        if (outcome instanceof Tokens t) {
            metrics.attempt("login_mfa", "success");
            return t;
        }
        if (outcome instanceof MfaService.Check check) {
            metrics.attempt("login_mfa", check == MfaService.Check.REPLAYED ? "reuse" : "failure");
            throw MfaService.rejected(check);
        }
        metrics.attempt("login_mfa", "invalid");
        throw ApiException.unauthorized(BAD_MFA_TOKEN);
    }

    /** Rotates a refresh token; a spent one revokes its whole session (it was stolen or replayed). */
    public Tokens refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) throw ApiException.badRequest("refresh_token is required");
        TokenService.Claims claims = tokens.verify(refreshToken.strip(), "refresh");
        if (claims == null) {
            metrics.attempt("refresh", "invalid");
            throw ApiException.unauthorized(BAD_REFRESH);
        }
        long now = clock.getAsLong();
        String outcome = db.write(sql -> {
            Optional<Session> s = sessions.find(sql, claims.sessionId());
            if (s.isEmpty() || !s.get().liveAt(now) || !s.get().userId().equals(claims.userId())) return "invalid";
            if (!s.get().refreshJti().equals(claims.jti())) {
                sessions.revoke(sql, claims.sessionId(), "refresh_token_reuse", now);
                return "reuse";
            }
            return "ok";
        });
        if (!outcome.equals("ok")) {
            guard.evict(claims.sessionId());
            metrics.attempt("refresh", outcome);
            throw ApiException.unauthorized(BAD_REFRESH);
        }
        User user = db.read(sql -> users.findById(sql, claims.userId())).filter(User::active)
                .orElseThrow(() -> ApiException.unauthorized(BAD_REFRESH));
        String newJti = Ids.token(16);
        TokenService.Issued refresh = tokens.issueRefresh(user.id(), claims.sessionId(), newJti);
        boolean rotated = db.write(sql -> sessions.rotate(sql, claims.sessionId(), claims.jti(), newJti, refresh.expiresAtMs(), now));
        if (!rotated) {
            // a concurrent refresh with the same token won the race: this one is a reuse
            db.write(sql -> {
                sessions.revoke(sql, claims.sessionId(), "refresh_token_reuse", now);
                return null;
            });
            guard.evict(claims.sessionId());
            metrics.attempt("refresh", "reuse");
            throw ApiException.unauthorized(BAD_REFRESH);
        }
        TokenService.Issued access = tokens.issueAccess(user.id(), user.username(), user.role(), claims.sessionId());
        metrics.attempt("refresh", "success");
        return new Tokens(user, access.token(), refresh.token(), access.expiresAtMs());
    }

    /**
     * Ends the caller's session, or with {@code everywhere} every session of the user ("sign out everywhere"), in one
     * transaction; returns how many other sessions were ended.
     */
    public int logout(Principal p, boolean everywhere) {
        long now = clock.getAsLong();
        int others = db.write(sql -> {
            sessions.revoke(sql, p.sessionId(), "logout", now);
            return everywhere ? sessions.revokeAllExcept(sql, p.userId(), p.sessionId(), "logout_everywhere", now) : 0;
        });
        if (everywhere) {
            guard.evictAll();
        } else {
            guard.evict(p.sessionId());
        }
        metrics.attempt(everywhere ? "logout_everywhere" : "logout", "success");
        return others;
    }

    /** The caller's account, as the session check read it (at most 1 s old, like revocation); 401 if it is gone. */
    public User me(Principal p) {
        return guard.user(p.sessionId(), p.userId()).orElseThrow(() -> ApiException.unauthorized("invalid or expired token"));
    }

    /** Changes the password and revokes every other session of the user; the caller's session stays. */
    public int changePassword(Principal p, String current, String next) {
        required(current, "current_password");
        required(next, "new_password");
        checkPassword(next, "new_password");
        // read fresh, not from the session cache: the current password is checked against the stored hash
        User user = db.read(sql -> users.findById(sql, p.userId())).orElseThrow(() -> ApiException.unauthorized("invalid or expired token"));
        if (!hasher.verify(current, user.passwordHash())) {
            metrics.attempt("password", "failure");
            throw ApiException.unauthorized("current password is incorrect");
        }
        String hash = hasher.hash(next);
        long now = clock.getAsLong();
        int revoked = db.write(sql -> {
            users.updatePassword(sql, user.id(), hash, now);
            return sessions.revokeAllExcept(sql, user.id(), p.sessionId(), "password_change", now);
        });
        guard.evictAll();
        metrics.attempt("password", "success");
        return revoked;
    }

    /** Deletes expired sessions, day-old login attempts and second-step tokens (hourly job). */
    public void purge() {
        long now = clock.getAsLong();
        db.write(sql -> {
            sessions.purge(sql, now - Duration.ofDays(1).toMillis());
            attempts.purge(sql, now - Math.max(Duration.ofDays(1).toMillis(), lockout.window().toMillis()));
            mfa.purgeChallenges(sql, now - Duration.ofDays(1).toMillis());
            return null;
        });
    }

    private Tokens openSession(app.sqlstudio.howler.service.storage.Sql sql, User user, String ip, String userAgent, long now) {
        String sessionId = Ids.uuid();
        String jti = Ids.token(16);
        TokenService.Issued refresh = tokens.issueRefresh(user.id(), sessionId, jti);
        sessions.insert(sql, new Session(sessionId, user.id(), jti, now, refresh.expiresAtMs(), null, ip,
                userAgent == null ? null : userAgent.substring(0, Math.min(userAgent.length(), 256))));
        TokenService.Issued access = tokens.issueAccess(user.id(), user.username(), user.role(), sessionId);
        return new Tokens(user, access.token(), refresh.token(), access.expiresAtMs());
    }

    /** How an {@code mfa_token} is stored: 256 random bits need no slow hash, only one that does not give them back. */
    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String required(String v, String name) {
        if (v == null || v.isBlank()) throw ApiException.badRequest(name + " is required");
        return v;
    }

    private static void checkPassword(String password, String field) {
        int n = password.codePointCount(0, password.length());
        if (n < 8) throw ApiException.badRequest(field + " must be at least 8 characters");
        if (n > 128) throw ApiException.badRequest(field + " must be at most 128 characters");
    }
}
