package app.sqlstudio.howler.service.auth;

import app.sqlstudio.howler.service.storage.Database;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Answers "is this session still live?" for every authenticated request. The answer is cached per replica for at
 * most {@code maxStaleMillis} (1 s), which docs/api.md allows; a revocation made on this replica evicts the entry at once.
 * The session's user is read with it and kept as long, so {@code GET /api/auth/me} costs no database read of its own;
 * a change to the user made on this replica (a password change) evicts the entries too.
 */
public final class SessionGuard {
    private record Entry(boolean live, String userId, User user, long checkedAt) {
    }

    private final Database db;
    private final SessionRepository sessions;
    private final UserRepository users;
    private final LongSupplier clock;
    private final long maxStaleMillis;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    public SessionGuard(Database db, SessionRepository sessions, UserRepository users, LongSupplier clock, long maxStaleMillis) {
        this.db = db;
        this.sessions = sessions;
        this.users = users;
        this.clock = clock;
        this.maxStaleMillis = maxStaleMillis;
    }

    public boolean isLive(String sessionId, String userId) {
        Entry e = current(sessionId);
        return e.live() && userId.equals(e.userId());
    }

    /** The user of a live session, as read with the session (at most {@code maxStaleMillis} old); empty otherwise. */
    public Optional<User> user(String sessionId, String userId) {
        Entry e = current(sessionId);
        return e.live() && userId.equals(e.userId()) ? Optional.ofNullable(e.user()) : Optional.empty();
    }

    private Entry current(String sessionId) {
        long now = clock.getAsLong();
        Entry e = cache.get(sessionId);
        if (e == null || now - e.checkedAt() >= maxStaleMillis) {
            e = db.read(sql -> sessions.find(sql, sessionId)
                    .map(s -> {
                        User u = s.liveAt(now) ? users.findById(sql, s.userId()).filter(User::active).orElse(null) : null;
                        return new Entry(u != null, s.userId(), u, now);
                    })
                    .orElse(new Entry(false, null, null, now)));
            if (cache.size() > 100_000) cache.clear();
            cache.put(sessionId, e);
        }
        return e;
    }

    public void evict(String sessionId) {
        cache.remove(sessionId);
    }

    public void evictAll() {
        cache.clear();
    }
}
