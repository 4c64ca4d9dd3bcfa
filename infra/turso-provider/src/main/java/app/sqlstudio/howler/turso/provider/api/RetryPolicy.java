package app.sqlstudio.howler.turso.provider.api;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Capped exponential backoff for throttled (429, 408) and failing (5xx, network) calls.
 *
 * <p>Modelled on the Turso CLI's own policy (2 s doubling, 60 s cap, jitter) but shorter by default, because the
 * engine runs many resource operations in parallel and a user waits on each. A {@code Retry-After} header wins when
 * it asks for less than the cap. Jitter spreads the parallel calls apart after a shared 429.
 *
 * @param maxAttempts attempts in total, the first included (default 6)
 * @param base        delay before the first retry (default 1 s)
 * @param cap         longest single delay (default 30 s)
 * @param jitter      fraction in [0,1) of the delay added at random
 */
public record RetryPolicy(int maxAttempts, Duration base, Duration cap, Sleeper sleeper, DoubleSupplier jitter) {

    public static RetryPolicy standard() {
        return new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(30), Sleeper.REAL,
                () -> ThreadLocalRandom.current().nextDouble(0.25));
    }

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** The delay before retry number {@code retry} (1 = the first retry). */
    public Duration delayBefore(int retry, Optional<Duration> retryAfter) {
        if (retryAfter.isPresent()) {
            return min(retryAfter.get(), cap);
        }
        var exponential = base.multipliedBy(1L << Math.min(retry - 1, 30));
        var capped = min(exponential, cap);
        return capped.plusMillis((long) (capped.toMillis() * jitter.getAsDouble()));
    }

    public void pause(int retry, Optional<Duration> retryAfter) {
        try {
            sleeper.sleep(delayBefore(retry, retryAfter));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a Turso call", e);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
