package app.sqlstudio.howler.service.sync;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rendered download pages of this replica, reused only while the user's sync epoch is the one they were rendered at.
 * The epoch lives in the database and its triggers move it on every change a page could show (own items, items of
 * the user's organizations, memberships, organization deletion), so a reused page is exactly what the database would
 * answer now, on every replica. Bounded by bytes, least recently used first out; a page larger than an eighth of the
 * budget is not kept.
 */
public final class DownloadPageCache {
    /** What identifies a page: whose, after which change, since when, how many items. */
    public record Key(String userId, long afterSeq, long sinceMillis, int limit) {
    }

    /** A page rendered as the start of the response body, with what the rest of the response needs. */
    public record Entry(long epoch, byte[] body, boolean hasMore, long lastSeq) {
    }

    private final long maxBytes;
    private final Counter hits;
    private final Counter misses;
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    /** @param maxBytes the budget for kept pages; 0 keeps none (every download reads the database) */
    public DownloadPageCache(long maxBytes, MeterRegistry registry) {
        if (maxBytes < 0) throw new IllegalArgumentException("maxBytes must not be negative");
        this.maxBytes = maxBytes;
        this.hits = Counter.builder("howler.sync.page.cache").description("Download pages answered from this replica's page cache, or not")
                .tag("result", "hit").register(registry);
        this.misses = Counter.builder("howler.sync.page.cache").description("Download pages answered from this replica's page cache, or not")
                .tag("result", "miss").register(registry);
    }

    /** The page kept for {@code key} if it was rendered at {@code epoch}; a page of another epoch is dropped. */
    public Entry get(Key key, long epoch) {
        if (maxBytes == 0) {
            misses.increment();
            return null;
        }
        Entry e;
        synchronized (this) {
            e = entries.get(key);
            if (e != null && e.epoch() != epoch) {
                entries.remove(key);
                bytes -= e.body().length;
                e = null;
            }
        }
        (e == null ? misses : hits).increment();
        return e;
    }

    public void put(Key key, Entry entry) {
        long size = entry.body().length;
        if (size > maxBytes / 8) return;
        synchronized (this) {
            Entry old = entries.put(key, entry);
            if (old != null) bytes -= old.body().length;
            bytes += size;
            Iterator<Map.Entry<Key, Entry>> it = entries.entrySet().iterator();
            while (bytes > maxBytes && it.hasNext()) {
                Map.Entry<Key, Entry> eldest = it.next();
                bytes -= eldest.getValue().body().length;
                it.remove();
            }
        }
    }

    /** Bytes held now, for tests and the metrics port. */
    public synchronized long bytes() {
        return bytes;
    }
}
