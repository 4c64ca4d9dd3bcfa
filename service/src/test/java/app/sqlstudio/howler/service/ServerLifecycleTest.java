package app.sqlstudio.howler.service;

import app.sqlstudio.howler.service.config.Config;
import app.sqlstudio.howler.service.http.Role;
import app.sqlstudio.howler.service.support.TestApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerLifecycleTest {
    @TempDir
    Path dir;

    Config config(String delay) {
        return Config.fromEnv(Map.of("TURSO_URL", "file:" + dir.resolve("h.db"), "JWT_SECRET", TestApi.SECRET, "SERVER_HTTP_PORT", "0",
                "SERVER_METRICS_PORT", "0", "SHUTDOWN_DELAY", delay, "SHUTDOWN_TIMEOUT", "10s")).withPasswordHashing(TestApi.CHEAP);
    }

    static HttpResponse<String> get(HttpClient c, String url) throws IOException, InterruptedException {
        return c.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shutdown_turns_readiness_503_first_then_drains_in_flight_requests_and_refuses_new_ones() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        HowlerServer server = HowlerServer.start(config("600ms"), routes -> routes.get("/test/slow", ctx -> {
            entered.countDown();
            Thread.sleep(3_000); // longer than the 1 s Jetty leaves idle connections once it stops accepting
            ctx.result("done");
        }, Role.PUBLIC));
        String base = "http://127.0.0.1:" + server.port();
        HttpClient client = HttpClient.newHttpClient();
        assertThat(get(client, base + "/health/ready").statusCode()).isEqualTo(200);

        CompletableFuture<HttpResponse<String>> slow = client.sendAsync(HttpRequest.newBuilder(URI.create(base + "/test/slow")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        Thread stopper = new Thread(server::shutdown);
        stopper.start();

        List<Integer> readiness = new ArrayList<>();
        HttpClient prober = HttpClient.newHttpClient();
        for (int i = 0; i < 50 && !readiness.contains(503); i++) {
            readiness.add(get(prober, base + "/health/ready").statusCode());
            Thread.sleep(10);
        }
        assertThat(readiness).contains(503);

        HttpResponse<String> drained = slow.get(15, TimeUnit.SECONDS);
        assertThat(drained.statusCode()).isEqualTo(200);
        assertThat(drained.body()).isEqualTo("done");
        stopper.join(15_000);
        assertThat(stopper.isAlive()).isFalse();
        assertThatThrownBy(() -> get(HttpClient.newHttpClient(), base + "/health")).isInstanceOf(ConnectException.class);
    }

    @Test
    void metrics_port_serves_the_documented_families() throws Exception {
        HowlerServer server = HowlerServer.start(config("0s"));
        try {
            HttpClient c = HttpClient.newHttpClient();
            String api = "http://127.0.0.1:" + server.port();
            get(c, api + "/health");
            get(c, api + "/api/auth/me");
            get(c, api + "/nope");
            HttpResponse<String> m = get(c, "http://127.0.0.1:" + server.metricsPort() + "/metrics");
            assertThat(m.statusCode()).isEqualTo(200);
            assertThat(m.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
            assertThat(m.body())
                    .contains("http_server_requests_seconds_bucket{method=\"GET\",outcome=\"SUCCESS\",route=\"/health\",status=\"200\"")
                    .contains("route=\"/api/auth/me\",status=\"401\"")
                    .contains("route=\"NOT_FOUND\",status=\"404\"")
                    .contains("http_server_requests_active")
                    .contains("howler_db_query_seconds_bucket")
                    .contains("howler_db_connection_failures_total{backend=\"sqlite\"}")
                    .contains("howler_auth_token_rejections_total{reason=\"missing\"}")
                    .contains("hikaricp_connections_active")
                    .contains("jvm_memory_used_bytes");
            assertThat(m.body()).doesNotContain("user_id");
            assertThat(get(c, "http://127.0.0.1:" + server.metricsPort() + "/other").statusCode()).isEqualTo(404);
        } finally {
            server.shutdown();
        }
    }

    @Test
    void a_restart_keeps_every_acknowledged_write() throws Exception {
        HowlerServer first = HowlerServer.start(config("0s"));
        String api = "http://127.0.0.1:" + first.port();
        var http = new app.sqlstudio.howler.service.support.Http(api, app.sqlstudio.howler.service.http.Json.mapper());
        var r = http.post("/api/auth/signup", null, Map.of("username", "durable", "email", "durable@example.com", "password", "durable pass"));
        assertThat(r.status()).isEqualTo(201);
        first.shutdown();
        HowlerServer second = HowlerServer.start(config("0s"));
        try {
            var http2 = new app.sqlstudio.howler.service.support.Http("http://127.0.0.1:" + second.port(), app.sqlstudio.howler.service.http.Json.mapper());
            assertThat(http2.post("/api/auth/login", null, Map.of("username", "durable", "password", "durable pass")).status()).isEqualTo(200);
        } finally {
            second.shutdown();
        }
    }
}
