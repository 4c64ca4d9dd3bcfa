package app.sqlstudio.howler.service.auth;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code howler_auth_attempts_total{operation,result}}: signup, login, refresh, logout, password outcomes;
 * {@code howler_auth_token_rejections_total{reason}}: requests refused by the auth filter.
 */
public final class AuthMetrics {
    private final MeterRegistry registry;

    public AuthMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void attempt(String operation, String result) {
        Counter.builder("howler.auth.attempts").description("Authentication operations by outcome")
                .tag("operation", operation).tag("result", result).register(registry).increment();
    }

    public void tokenRejected(String reason) {
        Counter.builder("howler.auth.token.rejections").description("Requests refused by the auth filter")
                .tag("reason", reason).register(registry).increment();
    }
}
