package app.sqlstudio.howler.service.sync;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DownloadPageCacheTest {
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    static DownloadPageCache.Key key(String user) {
        return new DownloadPageCache.Key(user, 0, 0, 100);
    }

    static DownloadPageCache.Entry entry(long epoch, int bytes) {
        return new DownloadPageCache.Entry(epoch, new byte[bytes], false, 7);
    }

    double count(String result) {
        return registry.get("howler.sync.page.cache").tag("result", result).counter().count();
    }

    @Test
    void a_page_is_reused_only_at_the_epoch_it_was_rendered_at() {
        DownloadPageCache cache = new DownloadPageCache(10_000, registry);
        DownloadPageCache.Entry e = entry(3, 100);
        cache.put(key("u"), e);
        assertThat(cache.get(key("u"), 3)).isSameAs(e);
        assertThat(cache.get(key("u"), 4)).as("the user's epoch moved: the page is out of date").isNull();
        assertThat(cache.get(key("u"), 3)).as("an out-of-date page is dropped, not kept for later").isNull();
        assertThat(cache.bytes()).isZero();
        assertThat(count("hit")).isEqualTo(1);
        assertThat(count("miss")).isEqualTo(2);
    }

    @Test
    void pages_differ_by_user_cursor_since_and_limit() {
        DownloadPageCache cache = new DownloadPageCache(10_000, registry);
        cache.put(new DownloadPageCache.Key("u", 5, 0, 100), entry(1, 10));
        assertThat(cache.get(new DownloadPageCache.Key("v", 5, 0, 100), 1)).isNull();
        assertThat(cache.get(new DownloadPageCache.Key("u", 6, 0, 100), 1)).isNull();
        assertThat(cache.get(new DownloadPageCache.Key("u", 5, 1, 100), 1)).isNull();
        assertThat(cache.get(new DownloadPageCache.Key("u", 5, 0, 99), 1)).isNull();
        assertThat(cache.get(new DownloadPageCache.Key("u", 5, 0, 100), 1)).isNotNull();
    }

    @Test
    void the_byte_budget_evicts_the_least_recently_used_page_first() {
        DownloadPageCache cache = new DownloadPageCache(8_000, registry);
        cache.put(key("a"), entry(1, 1_000));
        cache.put(key("b"), entry(1, 1_000));
        for (int i = 0; i < 6; i++) cache.put(key("fill" + i), entry(1, 1_000));
        assertThat(cache.bytes()).isEqualTo(8_000);
        assertThat(cache.get(key("a"), 1)).isNotNull(); // a is now the most recently used
        cache.put(key("c"), entry(1, 1_000));
        assertThat(cache.bytes()).isLessThanOrEqualTo(8_000);
        assertThat(cache.get(key("b"), 1)).as("b was the least recently used").isNull();
        assertThat(cache.get(key("a"), 1)).isNotNull();
        assertThat(cache.get(key("c"), 1)).isNotNull();
    }

    @Test
    void a_page_larger_than_an_eighth_of_the_budget_is_not_kept() {
        DownloadPageCache cache = new DownloadPageCache(8_000, registry);
        cache.put(key("big"), entry(1, 1_001));
        assertThat(cache.get(key("big"), 1)).isNull();
        assertThat(cache.bytes()).isZero();
    }

    @Test
    void a_zero_budget_keeps_nothing_and_a_negative_one_is_refused() {
        DownloadPageCache off = new DownloadPageCache(0, registry);
        off.put(key("u"), entry(1, 1));
        assertThat(off.get(key("u"), 1)).isNull();
        assertThatThrownBy(() -> new DownloadPageCache(-1, registry)).isInstanceOf(IllegalArgumentException.class);
    }
}
