package app.sqlstudio.howler.service.auth;

import app.sqlstudio.howler.service.storage.Database;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Answers "is this session still live?" for every authenticated request. The answer is cached per replica for at
 * most {@code maxStaleMillis} (1 s), which api.md allows; a revocation made on this replica evicts the entry at once.
 */
public final class SessionGuard {
    private record Entry(boolean live, String userId, long checkedAt) {
    }

    private final Database db;
    private final SessionRepository sessions;
    private final LongSupplier clock;
    private final long maxStaleMillis;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    public SessionGuard(Database db, SessionRepository sessions, LongSupplier clock, long maxStaleMillis) {
        this.db = db;
        this.sessions = sessions;
        this.clock = clock;
        this.maxStaleMillis = maxStaleMillis;
    }

    public boolean isLive(String sessionId, String userId) {
        long now = clock.getAsLong();
        Entry e = cache.get(sessionId);
        if (e == null || now - e.checkedAt() >= maxStaleMillis) {
            e = db.read(sql -> sessions.find(sql, sessionId))
                    .map(s -> new Entry(s.liveAt(now), s.userId(), now))
                    .orElse(new Entry(false, null, now));
            if (cache.size() > 100_000) cache.clear();
            cache.put(sessionId, e);
        }
        return e.live() && userId.equals(e.userId());
    }

    public void evict(String sessionId) {
        cache.remove(sessionId);
    }

    public void evictAll() {
        cache.clear();
    }
}
