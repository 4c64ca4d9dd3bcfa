package app.sqlstudio.howler.service.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code http_server_requests_seconds{method,route,status,outcome}} (timer with a percentile histogram; {@code route}
 * is the route template, {@code NOT_FOUND} for unknown paths), {@code http_server_requests_active} (in flight) and
 * {@code howler_rate_limit_rejections_total{scope}}.
 */
public final class HttpMetrics {
    private record Key(String method, String route, int status) {
    }

    private final MeterRegistry registry;
    private final Map<Key, Timer> timers = new ConcurrentHashMap<>();
    private final AtomicInteger active = new AtomicInteger();

    public HttpMetrics(MeterRegistry registry) {
        this.registry = registry;
        registry.gauge("http.server.requests.active", active);
    }

    public void started() {
        active.incrementAndGet();
    }

    public void finished(String method, String route, int status, double millis) {
        active.decrementAndGet();
        Timer t = timers.computeIfAbsent(new Key(method, route, status), k -> Timer.builder("http.server.requests")
                .description("HTTP requests by route template and status")
                .tag("method", k.method()).tag("route", k.route()).tag("status", Integer.toString(k.status()))
                .tag("outcome", outcome(k.status()))
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry));
        t.record((long) (millis * 1_000_000), TimeUnit.NANOSECONDS);
    }

    public void rateLimited(String scope) {
        Counter.builder("howler.rate.limit.rejections").description("Requests refused with 429 by the rate limiter")
                .tag("scope", scope).register(registry).increment();
    }

    private static String outcome(int status) {
        if (status >= 500) return "SERVER_ERROR";
        if (status >= 400) return "CLIENT_ERROR";
        if (status >= 300) return "REDIRECTION";
        return "SUCCESS";
    }
}
