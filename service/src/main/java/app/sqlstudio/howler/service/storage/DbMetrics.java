package app.sqlstudio.howler.service.storage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Database meters: {@code howler_db_query_seconds} (timer by backend and operation) and
 * {@code howler_db_connection_failures_total} (counter by backend).
 */
public final class DbMetrics {
    private final MeterRegistry registry;
    private final String backend;
    private final Counter connectionFailures;
    private final Counter errors;
    private final ConcurrentMap<String, Timer> timers = new ConcurrentHashMap<>();

    public DbMetrics(MeterRegistry registry, String backend) {
        this.registry = registry;
        this.backend = backend;
        this.connectionFailures = Counter.builder("howler.db.connection.failures")
                .description("Failures to obtain a database connection or reach the database")
                .tag("backend", backend).register(registry);
        this.errors = Counter.builder("howler.db.errors")
                .description("Statements that failed with a database error (constraint violations included)")
                .tag("backend", backend).register(registry);
    }

    public Timer timer(String sql) {
        String op = operation(sql);
        return timers.computeIfAbsent(op, o -> Timer.builder("howler.db.query")
                .description("Duration of one SQL statement")
                .tag("backend", backend).tag("operation", o)
                .publishPercentileHistogram()
                .register(registry));
    }

    public void connectionFailure() {
        connectionFailures.increment();
    }

    public void error() {
        errors.increment();
    }

    static String operation(String sql) {
        String s = sql.stripLeading();
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) end++;
        String word = s.substring(0, end).toLowerCase(Locale.ROOT);
        return switch (word) {
            case "select", "insert", "update", "delete", "with" -> word.equals("with") ? "select" : word;
            default -> "other";
        };
    }
}
