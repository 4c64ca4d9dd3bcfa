package app.sqlstudio.howler.service;

import app.sqlstudio.howler.service.support.Http;
import app.sqlstudio.howler.service.support.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static app.sqlstudio.howler.service.support.ApiAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

class HttpContractTest {
    static TestApi api;

    @BeforeAll
    static void start() {
        api = new TestApi();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void health_is_byte_compatible_with_the_original() {
        Http.Response r = api.http.get("/health", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.body()).isEqualTo("{\"status\": \"healthy\", \"service\": \"backend\"}");
    }

    @Test
    void readiness_is_200_when_the_database_answers_and_503_while_draining() {
        assertThat(api.http.get("/health/ready", null).status()).isEqualTo(200);
        TestApi other = new TestApi();
        try {
            other.lifecycle.startDraining();
            Http.Response r = other.http.get("/health/ready", null);
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.json().get("status").asText()).isEqualTo("unavailable");
        } finally {
            other.close();
        }
    }

    @Test
    void readiness_is_503_when_the_database_is_closed() {
        TestApi other = new TestApi();
        try {
            other.db.close();
            Http.Response r = other.http.get("/health/ready", null);
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.json().get("reason").asText()).isEqualTo("database unreachable");
        } finally {
            other.app.stop();
        }
    }

    @Test
    void unknown_route_is_404_json() {
        Http.Response r = api.http.get("/api/nope", null);
        assertError(r, 404, "not found");
    }

    @Test
    void wrong_method_is_405_json() {
        assertError(api.http.delete("/health", null), 405, "method not allowed");
        assertError(api.http.get("/api/auth/login", null), 405, "method not allowed");
    }

    @Test
    void missing_token_is_401_json_with_the_original_messages() {
        assertError(api.http.get("/api/auth/me", null), 401, "missing authorization header");
        assertError(api.http.send("GET", "/api/auth/me", null, null, Map.of("Authorization", "Basic abc")), 401, "invalid authorization header format");
        assertError(api.http.send("GET", "/api/auth/me", null, null, Map.of("Authorization", "Bearer ")), 401, "empty authorization token");
        assertError(api.http.get("/api/auth/me", "garbage"), 401, "invalid or expired token");
        assertThat(api.http.get("/api/sync/conflicts", null).header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void non_json_body_is_415() {
        Http.Response r = api.http.send("POST", "/api/auth/login", null, "username=a", Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertError(r, 415, "Content-Type must be application/json");
    }

    @Test
    void body_over_10_mib_is_413() {
        byte[] big = new byte[10 * 1024 * 1024 + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        Http.Response r = api.http.post("/api/auth/login", null, big);
        assertError(r, 413, "request body too large (limit 10 MiB)");
    }

    @Test
    void a_chunked_body_over_10_mib_is_413_too() throws Exception {
        String response = raw(out -> {
            out.write(("POST /api/sync/upload HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            for (int i = 0; i < 170; i++) { // 10.6 MiB
                out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        });
        assertThat(response).startsWith("HTTP/1.1 413").contains("application/json")
                .contains("{\"error\":true,\"message\":\"request body too large (limit 10 MiB)\"}");
    }

    @Test
    void errors_jetty_answers_itself_are_json_with_the_security_headers() throws Exception {
        String badPath = raw(out -> out.write("GET /%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertThat(badPath).startsWith("HTTP/1.1 400").contains("Content-Type: application/json", "X-Content-Type-Options: nosniff",
                "Content-Security-Policy: default-src 'none'; frame-ancestors 'none'", "{\"error\":true,\"message\":");
        String hugeHeader = raw(out -> out.write(("GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertThat(hugeHeader).startsWith("HTTP/1.1 431").contains("Content-Type: application/json", "X-Frame-Options: DENY",
                "\"error\":true");
        // Jetty's default answers these with no body at all (a PUT, or an Accept header naming no type it renders)
        String badPut = raw(out -> out.write("PUT /%zz HTTP/1.1\r\nHost: x\r\nAccept: image/png\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertThat(badPut).startsWith("HTTP/1.1 400").contains("Content-Type: application/json", "{\"error\":true,\"message\":\"bad request\"}");
        // an encoded '/' would reach the router as part of an id: refused before routing
        String ambiguous = raw(out -> out.write("GET /api/organizations/a%2Fb/members HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertThat(ambiguous).startsWith("HTTP/1.1 400").contains("{\"error\":true,\"message\":\"ambiguous uri path separator\"}");
    }

    interface RawRequest {
        void write(java.io.OutputStream out) throws java.io.IOException;
    }

    /** One request written by hand on a socket (for what HttpClient refuses to send), and the whole response. */
    static String raw(RawRequest request) throws java.io.IOException {
        java.net.URI base = java.net.URI.create(api.http.base());
        try (var socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            try {
                var out = new java.io.BufferedOutputStream(socket.getOutputStream());
                request.write(out);
                out.flush();
            } catch (java.io.IOException closedEarly) {
                // the server may answer and close before the whole body is sent: read what it said
            }
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void malformed_json_is_400() {
        assertError(api.http.post("/api/auth/login", null, "{not json"), 400, "invalid request body");
        assertError(api.http.post("/api/auth/login", null, "[1,2]"), 400, "invalid request body: a JSON object is expected");
        assertError(api.http.post("/api/auth/login", null, Map.of("username", 5, "password", "x")), 400, "username must be a string");
    }

    @Test
    void every_response_carries_the_security_headers() {
        for (Http.Response r : new Http.Response[]{api.http.get("/health", null), api.http.get("/nope", null), api.http.get("/api/auth/me", null)}) {
            assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(r.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
            assertThat(r.header("Permissions-Policy")).isEqualTo("geolocation=(), microphone=(), camera=()");
            assertThat(r.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
            assertThat(r.header("X-Request-Id")).isNotBlank();
            assertThat(r.header("Strict-Transport-Security")).isNull();
        }
    }

    @Test
    void hsts_is_sent_only_when_a_trusted_proxy_says_https() {
        TestApi trusting = new TestApi(Map.of("TRUSTED_PROXIES", "127.0.0.0/8"));
        try {
            Http.Response r = trusting.http.send("GET", "/health", null, null, Map.of("X-Forwarded-Proto", "https"));
            assertThat(r.header("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
        } finally {
            trusting.close();
        }
        assertThat(api.http.send("GET", "/health", null, null, Map.of("X-Forwarded-Proto", "https")).header("Strict-Transport-Security")).isNull();
    }

    @Test
    void request_id_is_echoed_when_sane_and_replaced_when_not() {
        assertThat(api.http.send("GET", "/health", null, null, Map.of("X-Request-Id", "abc-123")).header("X-Request-Id")).isEqualTo("abc-123");
        assertThat(api.http.send("GET", "/health", null, null, Map.of("X-Request-Id", "a b<script>")).header("X-Request-Id")).isNotEqualTo("a b<script>");
    }

    @Test
    void cors_echoes_only_allowed_origins_and_never_a_wildcard() {
        Http.Response ok = api.http.send("GET", "/health", null, null, Map.of("Origin", "https://sql-studio.app"));
        assertThat(ok.header("Access-Control-Allow-Origin")).isEqualTo("https://sql-studio.app");
        assertThat(ok.header("Access-Control-Allow-Credentials")).isEqualTo("true");
        assertThat(ok.header("Vary")).contains("Origin");
        Http.Response dev = api.http.send("GET", "/health", null, null, Map.of("Origin", "http://localhost:5173"));
        assertThat(dev.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:5173");
        Http.Response evil = api.http.send("GET", "/health", null, null, Map.of("Origin", "https://evil.example"));
        assertThat(evil.header("Access-Control-Allow-Origin")).isNull();
        Http.Response lookalike = api.http.send("GET", "/health", null, null, Map.of("Origin", "http://localhost:5173.evil.example"));
        assertThat(lookalike.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void preflight_answers_200_for_the_paths_the_scripts_use() {
        for (String path : new String[]{"/health", "/api/auth/login", "/api/organizations"}) {
            Http.Response r = api.http.send("OPTIONS", path, null, null, Map.of("Origin", "https://www.sql-studio.app", "Access-Control-Request-Method", "POST"));
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo("https://www.sql-studio.app");
            assertThat(r.header("Access-Control-Allow-Methods")).contains("POST");
            assertThat(r.header("Access-Control-Allow-Headers")).contains("Authorization");
        }
    }

    @Test
    void openapi_documents_every_registered_route() {
        Http.Response r = api.http.get("/api/openapi.json", null);
        assertThat(r.status()).isEqualTo(200);
        JsonNode paths = r.json().get("paths");
        Set<String> documented = new HashSet<>();
        paths.fields().forEachRemaining(e -> e.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase() + " " + e.getKey())));
        Set<String> registered = new HashSet<>();
        for (HowlerApi.RouteInfo route : api.routes) {
            if (route.method().startsWith("BEFORE") || route.method().startsWith("AFTER")) continue;
            registered.add(route.method() + " " + route.path());
        }
        assertThat(registered).isNotEmpty();
        assertThat(documented).containsAll(registered);
        assertThat(registered).containsAll(documented);
    }

    @Test
    void every_route_declares_a_role() {
        assertThat(api.routes).filteredOn(r -> !r.method().startsWith("BEFORE") && !r.method().startsWith("AFTER"))
                .allSatisfy(r -> assertThat(r.role()).isIn("PUBLIC", "USER"));
    }

    @Test
    void request_threads_are_bounded_by_SERVER_MAX_THREADS() {
        try (TestApi small = new TestApi(Map.of("SERVER_MAX_THREADS", "12"))) {
            var pool = (org.eclipse.jetty.util.thread.QueuedThreadPool) small.app.jettyServer().threadPool();
            assertThat(pool.getMaxThreads()).isEqualTo(12);
            assertThat(small.http.get("/health", null).status()).isEqualTo(200);
        }
    }
}
