package app.sqlstudio.howler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.sqlstudio.howler.service.HowlerServer;
import app.sqlstudio.howler.service.config.Config;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** smoke and load against the real API started in this JVM, and smoke against a server that fails every check. */
class LiveChecksTest {

    @TempDir
    static Path data;
    static HowlerServer service;
    static String url;

    @BeforeAll
    static void startService() {
        service = HowlerServer.start(Config.fromEnv(Map.of("TURSO_URL", "file:" + data.resolve("howler.db"),
                "JWT_SECRET", "a-test-secret-that-is-long-enough-for-hs256-0123456789", "SERVER_HTTP_PORT", "0",
                "SERVER_METRICS_PORT", "0", "SHUTDOWN_DELAY", "0s", "LOG_LEVEL", "ERROR",
                // every /api/auth/* call counts per client IP (docs/api.md), and the load test's /me calls all come from here
                "RATE_LIMIT_AUTH_PER_MINUTE", "100000")));
        url = "http://127.0.0.1:" + service.port();
    }

    @AfterAll
    static void stopService() {
        service.shutdown();
    }

    @Test
    void smoke_passes_every_check_against_the_real_service_and_skips_tls_over_http() throws Exception {
        CliRun run = CliRun.of("smoke", "local", "--url", url);
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).containsPattern("PASS\\s+health").containsPattern("PASS\\s+readiness")
                .containsPattern("SKIP\\s+tls").containsPattern("SKIP\\s+hsts").containsPattern("PASS\\s+security-headers")
                .containsPattern("PASS\\s+auth\\s+signup → login → me → logout").containsPattern("PASS\\s+cors")
                .contains("All checks passed.");
        var json = new ObjectMapper().readTree(CliRun.of("smoke", "local", "--url", url, "--json").out());
        assertThat(json.get("failed").asInt()).isZero();
        assertThat(json.get("checks").size()).isEqualTo(7);
    }

    @Test
    void smoke_reports_each_failing_check_and_exits_1() throws Exception {
        HttpServer bad = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        bad.createContext("/", exchange -> {
            String origin = exchange.getRequestHeaders().getFirst("Origin");
            if (origin != null) {
                exchange.getResponseHeaders().add("Access-Control-Allow-Origin", origin);
            }
            byte[] body = "{\"error\":true,\"message\":\"down\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().startsWith("/health") ? 503 : 500, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        bad.start();
        try {
            String badUrl = "http://127.0.0.1:" + bad.getAddress().getPort();
            CliRun run = CliRun.of("smoke", "local", "--url", badUrl);
            assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
            assertThat(run.out()).containsPattern("FAIL\\s+health\\s+GET /health → 503")
                    .containsPattern("FAIL\\s+readiness\\s+GET /health/ready → 503")
                    .containsPattern("FAIL\\s+security-headers\\s+missing X-Content-Type-Options")
                    .containsPattern("FAIL\\s+auth\\s+signup → 500")
                    .containsPattern("FAIL\\s+cors\\s+a preflight from https://smoke-test.invalid is allowed")
                    .contains("5 check(s) failed.");
            // Over https the same plain-http server fails the TLS and HSTS checks too.
            CliRun tls = CliRun.of("smoke", "local", "--url", "https://127.0.0.1:" + bad.getAddress().getPort(), "--timeout", "2");
            assertThat(tls.exitCode()).isEqualTo(ExitCode.FAILURE);
            assertThat(tls.out()).containsPattern("FAIL\\s+tls\\s+no TLS 1.2/1.3 handshake").containsPattern("FAIL\\s+hsts");
        } finally {
            bad.stop(0);
        }
    }

    @Test
    void load_ramps_holds_and_reports_percentiles_per_endpoint_within_its_bounds() throws Exception {
        long start = System.nanoTime();
        CliRun run = CliRun.of("load", url, "--rps", "60", "--duration", "3s", "--ramp", "1s", "--json");
        double seconds = (System.nanoTime() - start) / 1e9;
        var report = new ObjectMapper().readTree(run.out()).get("report");
        // Latency on a shared build machine is not the test's business; the verdict must match the exit code.
        assertThat(run.exitCode()).as(run.err()).isEqualTo(report.get("meetsTargets").asBoolean() ? 0 : 1);
        // 60 req/s: 30 during the 1 s ramp, then 120 in the 2 s hold; never more.
        assertThat(report.get("requests").asLong()).isBetween(120L, 150L);
        assertThat(report.get("errors").asLong()).isZero();
        assertThat(report.get("meetsTargets").asBoolean()).isEqualTo(report.get("p95Ms").asDouble() < 200);
        assertThat(report.get("endpoints")).extracting(e -> e.get("endpoint").asText())
                .containsExactly("/health", "/health/ready", "/api/auth/me");
        assertThat(report.at("/endpoints/2/p95Ms").asDouble()).isPositive();
        assertThat(seconds).isLessThan(15);
    }

    @Test
    void load_against_a_failing_api_misses_the_error_target_and_exits_1() throws Exception {
        HttpServer bad = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        bad.createContext("/", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        bad.start();
        try {
            CliRun run = CliRun.of("load", "http://127.0.0.1:" + bad.getAddress().getPort(), "--rps", "40", "--duration", "1s", "--ramp", "0");
            assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
            assertThat(run.out()).contains("MISSES the seed's targets").containsPattern("/health\\s+\\d+\\s+100.00%");
            assertThat(run.err()).contains("signup of the load user was refused (503)");
        } finally {
            bad.stop(0);
        }
    }

    @Test
    void load_stops_at_max_requests() throws Exception {
        CliRun run = CliRun.of("load", url, "--rps", "200", "--duration", "20s", "--ramp", "0", "--max-requests", "40", "--json");
        assertThat(new ObjectMapper().readTree(run.out()).at("/report/requests").asLong()).isEqualTo(40);
    }

    @Test
    void load_refuses_a_protected_stack_without_confirm_and_bad_bounds() {
        CliRun prod = CliRun.of("load", "prod", "--cwd", CliRun.repoRoot().toString());
        assertThat(prod.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(prod.err()).contains("protected", "--confirm prod");
        assertThat(CliRun.of("load").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("load", url, "--duration", "3h").err()).contains("2h bound");
        assertThat(CliRun.of("load", url, "--duration", "1m", "--ramp", "5m").err()).contains("longer than --duration");
        assertThat(CliRun.of("load", "ftp://127.0.0.1/").exitCode()).isEqualTo(ExitCode.USAGE);
    }
}
