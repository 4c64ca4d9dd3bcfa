package app.sqlstudio.howler.service.http;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A fixed one-minute window counter per key (client IP or user id), per replica. Old windows are swept as keys are
 * touched, so memory stays bounded by the number of active clients in the last minute.
 */
public final class RateLimiter {
    /** The decision and the values of the X-RateLimit-* headers; {@code resetEpochSeconds} is when the window ends. */
    public record Decision(boolean allowed, int limit, int remaining, long resetEpochSeconds, long retryAfterSeconds) {
    }

    private static final long WINDOW_MS = 60_000;

    private final int limit;
    private final LongSupplier clock;
    private final Map<String, long[]> windows = new ConcurrentHashMap<>();
    private volatile long lastSweep;

    public RateLimiter(int limitPerMinute, LongSupplier clockMillis) {
        this.limit = limitPerMinute;
        this.clock = clockMillis;
    }

    public Decision acquire(String key) {
        long now = clock.getAsLong();
        long windowStart = now - (now % WINDOW_MS);
        long[] state = windows.compute(key, (k, w) -> {
            if (w == null || w[0] != windowStart) return new long[]{windowStart, 1};
            w[1]++;
            return w;
        });
        long count;
        synchronized (state) {
            count = state[1];
        }
        sweep(now, windowStart);
        long reset = (windowStart + WINDOW_MS) / 1000;
        long retry = Math.max(1, (windowStart + WINDOW_MS - now + 999) / 1000);
        int remaining = (int) Math.max(0, limit - count);
        return new Decision(count <= limit, limit, remaining, reset, retry);
    }

    private void sweep(long now, long windowStart) {
        if (now - lastSweep < WINDOW_MS) return;
        lastSweep = now;
        for (Iterator<long[]> it = windows.values().iterator(); it.hasNext(); ) {
            if (it.next()[0] < windowStart) it.remove();
        }
    }
}
