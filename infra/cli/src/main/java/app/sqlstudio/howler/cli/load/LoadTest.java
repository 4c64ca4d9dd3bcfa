package app.sqlstudio.howler.cli.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The seed's pre-production load test: an open-model generator that ramps linearly to {@code rps} over
 * {@code ramp}, holds it until {@code duration}, and spreads the requests round-robin over the endpoints. It stops at
 * whichever comes first: the duration or {@code maxRequests}. In-flight requests are capped; a request that would
 * exceed the cap is not sent and counted as dropped, so a saturated client shows up instead of a flattering rate.
 * Redirects are never followed: the load goes only where it was pointed.
 */
public final class LoadTest {

    /** A request the generator sends: a name for the report and a request to copy. */
    public record Endpoint(String name, HttpRequest request) { }

    /** Everything the test measured for one endpoint. */
    public record EndpointReport(String endpoint, long requests, long errors, long rateLimited, double errorRate,
                                 double p50Ms, double p95Ms, double p99Ms, boolean meetsP95) { }

    /** The whole run: per endpoint, overall, achieved rate and the seed's verdict. */
    public record Report(List<EndpointReport> endpoints, long requests, long errors, long rateLimited, long dropped,
                         double errorRate, double p95Ms, double achievedRps, double seconds, boolean meetsTargets) { }

    /** The seed's targets: API p95 under 200 ms, errors under 1 %. */
    public static final double TARGET_P95_MS = 200;
    public static final double TARGET_ERROR_RATE = 0.01;

    private final List<Endpoint> endpoints;
    private final int rps;
    private final Duration duration;
    private final Duration ramp;
    private final long maxRequests;
    private final int maxInFlight;
    private final HttpClient http;
    private final LongSupplier nanos;

    public LoadTest(List<Endpoint> endpoints, int rps, Duration duration, Duration ramp, long maxRequests, int maxInFlight,
                    LongSupplier nanos) {
        this.endpoints = List.copyOf(endpoints);
        this.rps = rps;
        this.duration = duration;
        this.ramp = ramp;
        this.maxRequests = maxRequests;
        this.maxInFlight = maxInFlight;
        this.nanos = nanos;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** How many requests should have been sent {@code t} seconds in: the integral of the ramped rate. */
    public static double due(double t, double rps, double rampSeconds) {
        if (rampSeconds <= 0 || t >= rampSeconds) {
            double rampPart = rampSeconds <= 0 ? 0 : rps * rampSeconds / 2;
            return rampPart + rps * (t - Math.max(rampSeconds, 0));
        }
        return rps * t * t / (2 * rampSeconds);
    }

    public Report run(java.io.PrintWriter progress) throws InterruptedException {
        int n = endpoints.size();
        List<List<Long>> latencies = new ArrayList<>();
        long[] errors = new long[n];
        long[] limited = new long[n];
        for (int i = 0; i < n; i++) {
            latencies.add(java.util.Collections.synchronizedList(new ArrayList<>()));
        }
        Semaphore inFlight = new Semaphore(maxInFlight);
        AtomicLong dropped = new AtomicLong();
        long sent = 0;
        long start = nanos.getAsLong();
        long end = start + duration.toNanos();
        long lastReport = start;
        while (true) {
            long now = nanos.getAsLong();
            if (now >= end || sent >= maxRequests) {
                break;
            }
            double t = (now - start) / 1e9;
            long target = Math.min(maxRequests, (long) Math.floor(due(t, rps, ramp.toMillis() / 1000.0)));
            while (sent < target) {
                int i = (int) (sent % n);
                sent++;
                if (!inFlight.tryAcquire()) {
                    dropped.incrementAndGet();
                    continue;
                }
                long begun = System.nanoTime();
                http.sendAsync(endpoints.get(i).request(), HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                    long took = System.nanoTime() - begun;
                    latencies.get(i).add(took);
                    if (e != null || r.statusCode() >= 500 || (r.statusCode() >= 300 && r.statusCode() != 429)) {
                        synchronized (errors) {
                            errors[i]++;
                        }
                    } else if (r.statusCode() == 429) {
                        synchronized (limited) {
                            limited[i]++;
                        }
                    }
                    // Released last: the report waits for every permit, so everything recorded is counted.
                    inFlight.release();
                });
            }
            if (progress != null && now - lastReport >= 5_000_000_000L) {
                lastReport = now;
                progress.printf("  %4.0fs  %d sent, target %.0f req/s%n", t, sent, Math.min(rps, ramp.isZero() ? rps : rps * t / (ramp.toMillis() / 1000.0)));
                progress.flush();
            }
            Thread.sleep(2);
        }
        double seconds = (nanos.getAsLong() - start) / 1e9;
        // Wait for what is in flight (bounded): its latencies belong to the run.
        inFlight.tryAcquire(maxInFlight, 30, TimeUnit.SECONDS);
        List<EndpointReport> reports = new ArrayList<>();
        long totalRequests = 0;
        long totalErrors = 0;
        long totalLimited = 0;
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long[] sorted;
            synchronized (latencies.get(i)) {
                sorted = latencies.get(i).stream().mapToLong(Long::longValue).sorted().toArray();
            }
            long count = sorted.length;
            double p95 = percentile(sorted, 0.95);
            double rate = count == 0 ? 0 : (double) errors[i] / count;
            reports.add(new EndpointReport(endpoints.get(i).name(), count, errors[i], limited[i], rate,
                    percentile(sorted, 0.50), p95, percentile(sorted, 0.99), p95 < TARGET_P95_MS));
            totalRequests += count;
            totalErrors += errors[i];
            totalLimited += limited[i];
            Arrays.stream(sorted).forEach(all::add);
        }
        long[] everything = all.stream().mapToLong(Long::longValue).sorted().toArray();
        double errorRate = totalRequests == 0 ? 1 : (double) totalErrors / totalRequests;
        double p95 = percentile(everything, 0.95);
        return new Report(reports, totalRequests, totalErrors, totalLimited, dropped.get(), errorRate, p95,
                seconds <= 0 ? 0 : totalRequests / seconds, seconds,
                totalRequests > 0 && p95 < TARGET_P95_MS && errorRate < TARGET_ERROR_RATE);
    }

    /** Nearest-rank percentile of sorted nanosecond latencies, in milliseconds. */
    static double percentile(long[] sortedNanos, double q) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(q * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(rank, sortedNanos.length - 1))] / 1e6;
    }

}
