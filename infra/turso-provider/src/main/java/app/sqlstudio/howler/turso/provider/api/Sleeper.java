package app.sqlstudio.howler.turso.provider.api;

import java.time.Duration;

/** Waits between retries; a seam so tests run the retry path without waiting. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = d -> Thread.sleep(d.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
