package app.sqlstudio.howler.service.http;

import app.sqlstudio.howler.service.support.Http;
import app.sqlstudio.howler.service.support.TestApi;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static app.sqlstudio.howler.service.support.ApiAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

class RateLimitTest {
    @Test
    void auth_endpoints_are_limited_per_client_ip_with_headers_and_retry_after() {
        try (TestApi api = new TestApi(Map.of("RATE_LIMIT_AUTH_PER_MINUTE", "3"))) {
            Map<String, String> body = Map.of("username", "nobody", "password", "whatever1");
            Http.Response first = api.http.post("/api/auth/login", null, body);
            assertThat(first.header("X-RateLimit-Limit")).isEqualTo("3");
            assertThat(first.header("X-RateLimit-Remaining")).isEqualTo("2");
            assertThat(Long.parseLong(first.header("X-RateLimit-Reset"))).isGreaterThan(System.currentTimeMillis() / 1000 - 120);
            api.http.post("/api/auth/login", null, body);
            api.http.post("/api/auth/signup", null, Map.of());
            Http.Response limited = api.http.post("/api/auth/login", null, body);
            assertError(limited, 429, "rate limit exceeded: try again later");
            assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
            assertThat(limited.header("X-RateLimit-Remaining")).isEqualTo("0");
            // health probes are never limited
            for (int i = 0; i < 10; i++) assertThat(api.http.get("/health", null).status()).isEqualTo(200);
            // a new minute resets the window
            api.clock.addAndGet(60_000);
            assertThat(api.http.post("/api/auth/login", null, body).status()).isEqualTo(401);
        }
    }

    @Test
    void api_is_limited_per_user_not_per_ip() {
        try (TestApi api = new TestApi(Map.of("RATE_LIMIT_API_PER_MINUTE", "5"))) {
            TestApi.Session a = api.signup("rl_a");
            TestApi.Session b = api.signup("rl_b");
            for (int i = 0; i < 5; i++) assertThat(api.http.get("/api/sync/conflicts", a.token()).status()).isEqualTo(200);
            assertThat(api.http.get("/api/sync/conflicts", a.token()).status()).isEqualTo(429);
            assertThat(api.http.get("/api/sync/conflicts", b.token()).status()).isEqualTo(200);
        }
    }

    @Test
    void every_api_auth_route_counts_against_the_per_ip_auth_limit() {
        try (TestApi api = new TestApi(Map.of("RATE_LIMIT_AUTH_PER_MINUTE", "5"))) {
            TestApi.Session a = api.signup("rl_me"); // 1
            TestApi.Session b = api.signup("rl_other"); // 2
            assertThat(api.http.get("/api/auth/me", a.token()).header("X-RateLimit-Limit")).isEqualTo("5"); // 3
            assertThat(api.http.get("/api/auth/profile", a.token()).status()).isEqualTo(200); // 4
            assertThat(api.http.post("/api/auth/logout", b.token(), null).status()).isEqualTo(200); // 5
            Http.Response over = api.http.get("/api/auth/me", a.token());
            assertThat(over.status()).isEqualTo(429);
            assertThat(over.header("Retry-After")).isNotNull();
            assertThat(api.http.get("/api/sync/conflicts", a.token()).status()).as("the rest has its own limit").isEqualTo(200);
        }
    }

    @Test
    void forwarded_client_ip_is_used_only_behind_a_trusted_proxy() {
        try (TestApi trusting = new TestApi(Map.of("RATE_LIMIT_AUTH_PER_MINUTE", "1", "TRUSTED_PROXIES", "127.0.0.1/32"))) {
            Map<String, String> body = Map.of("username", "x", "password", "whatever1");
            assertThat(trusting.http.send("POST", "/api/auth/login", null, body, Map.of("CF-Connecting-IP", "203.0.113.1")).status()).isEqualTo(401);
            assertThat(trusting.http.send("POST", "/api/auth/login", null, body, Map.of("CF-Connecting-IP", "203.0.113.2")).status()).isEqualTo(401);
            assertThat(trusting.http.send("POST", "/api/auth/login", null, body, Map.of("X-Forwarded-For", "203.0.113.3")).status()).isEqualTo(401);
            assertThat(trusting.http.send("POST", "/api/auth/login", null, body, Map.of("CF-Connecting-IP", "203.0.113.1")).status()).isEqualTo(429);
        }
        try (TestApi untrusting = new TestApi(Map.of("RATE_LIMIT_AUTH_PER_MINUTE", "1"))) {
            Map<String, String> body = Map.of("username", "x", "password", "whatever1");
            assertThat(untrusting.http.send("POST", "/api/auth/login", null, body, Map.of("X-Forwarded-For", "203.0.113.1")).status()).isEqualTo(401);
            // spoofed header from an untrusted peer: still the same client
            assertThat(untrusting.http.send("POST", "/api/auth/login", null, body, Map.of("X-Forwarded-For", "203.0.113.2")).status()).isEqualTo(429);
        }
    }

    @Test
    void cidr_matching_covers_v4_and_v6() {
        assertThat(Cidr.parse("10.0.0.0/8").contains("10.2.3.4")).isTrue();
        assertThat(Cidr.parse("10.0.0.0/8").contains("11.0.0.1")).isFalse();
        assertThat(Cidr.parse("192.168.1.0/25").contains("192.168.1.127")).isTrue();
        assertThat(Cidr.parse("192.168.1.0/25").contains("192.168.1.128")).isFalse();
        assertThat(Cidr.parse("::1").contains("::1")).isTrue();
        assertThat(Cidr.parse("2001:db8::/32").contains("2001:db8:1::5")).isTrue();
        assertThat(Cidr.parse("10.0.0.0/8").contains("not-an-ip")).isFalse();
    }
}
