package app.sqlstudio.howler.service.auth;

import app.sqlstudio.howler.service.http.ApiException;
import app.sqlstudio.howler.service.storage.Database;
import app.sqlstudio.howler.service.storage.Sql;

import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The lockout per (client IP, account): {@code LOGIN_MAX_FAILURES} failures within {@code LOGIN_LOCKOUT_WINDOW} lock
 * the pair, and every proof of identity counts toward it: a wrong password, a wrong second-factor code at login, and a
 * wrong password or code where a signed-in user confirms a sensitive change (disabling two-factor sign-in, deleting the
 * account). So a guesser gets the same few tries whichever door they knock on.
 */
public final class LoginLockout {
    private final Database db;
    private final LoginAttemptRepository attempts;
    private final AuthMetrics metrics;
    private final int maxFailures;
    private final Duration window;
    private final LongSupplier clock;

    public LoginLockout(Database db, LoginAttemptRepository attempts, AuthMetrics metrics, int maxFailures, Duration window, LongSupplier clock) {
        this.db = db;
        this.attempts = attempts;
        this.metrics = metrics;
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** The lockout key of an account: its username, whichever name was typed to sign in. */
    public static String key(User user) {
        return user.username().toLowerCase(Locale.ROOT);
    }

    public int maxFailures() {
        return maxFailures;
    }

    public Duration window() {
        return window;
    }

    /** 429 with Retry-After when the pair is locked. {@code operation} is the metric's operation tag. */
    public void check(String ip, String key, String operation) {
        long now = clock.getAsLong();
        long since = now - window.toMillis();
        long failures = db.read(sql -> attempts.recentFailures(sql, ip, key, since));
        if (failures >= maxFailures) {
            Long oldest = db.read(sql -> attempts.oldestRecentFailure(sql, ip, key, since));
            long retry = oldest == null ? window.toSeconds() : (oldest + window.toMillis() - now) / 1000;
            metrics.attempt(operation, "locked");
            throw ApiException.tooManyRequests("account is temporarily locked due to too many failed login attempts", retry);
        }
    }

    /** Records a failure in its own transaction. */
    public void fail(String ip, String key) {
        db.write(sql -> {
            fail(sql, ip, key);
            return null;
        });
    }

    /** Records a failure inside the caller's transaction (which must commit for it to count). */
    public void fail(Sql sql, String ip, String key) {
        attempts.record(sql, ip, key, false, clock.getAsLong());
    }

    public void succeed(Sql sql, String ip, String key) {
        attempts.record(sql, ip, key, true, clock.getAsLong());
    }
}
