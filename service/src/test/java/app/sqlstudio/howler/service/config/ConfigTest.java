package app.sqlstudio.howler.service.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigTest {
    static final String SECRET = "0123456789abcdef0123456789abcdef!";

    @Test
    void development_defaults_run_with_no_configuration_at_all() {
        Config c = Config.fromEnv(Map.of());
        assertThat(c.httpPort()).isEqualTo(8500);
        assertThat(c.metricsPort()).isEqualTo(9100);
        assertThat(c.databaseUrl()).isEqualTo("file:./data/howler.db");
        assertThat(c.jwtSecretGenerated()).isTrue();
        assertThat(c.jwtSecret()).hasSize(32);
        assertThat(c.accessTokenTtl()).isEqualTo(Duration.ofHours(24));
        assertThat(c.refreshTokenTtl()).isEqualTo(Duration.ofHours(168));
        assertThat(c.corsAllowedOrigins()).containsExactly("https://sql-studio.app", "https://www.sql-studio.app", "http://localhost:*");
        assertThat(c.trustedProxies()).isEmpty();
        assertThat(c.authRatePerMinute()).isEqualTo(20);
        assertThat(c.apiRatePerMinute()).isEqualTo(600);
        assertThat(c.loginMaxFailures()).isEqualTo(5);
        assertThat(c.loginLockoutWindow()).isEqualTo(Duration.ofMinutes(15));
        assertThat(c.shutdownTimeout()).isEqualTo(Duration.ofSeconds(25));
        assertThat(c.passwordHashing()).isEqualTo(Config.PasswordHashing.PRODUCTION);
        assertThat(c.syncPageCacheMb()).isEqualTo(16);
        assertThat(c.toString()).doesNotContain(new String(c.jwtSecret()));
    }

    @Test
    void request_threads_default_to_few_on_sqlite_and_many_on_turso_and_are_bounded() {
        assertThat(Config.fromEnv(Map.of()).serverMaxThreads()).isEqualTo(Math.max(8, 4 * Runtime.getRuntime().availableProcessors()));
        assertThat(Config.fromEnv(Map.of("TURSO_URL", "libsql://db.turso.io", "TURSO_AUTH_TOKEN", "t")).serverMaxThreads()).isEqualTo(200);
        assertThat(Config.fromEnv(Map.of("SERVER_MAX_THREADS", "32")).serverMaxThreads()).isEqualTo(32);
        assertThatThrownBy(() -> Config.fromEnv(Map.of("SERVER_MAX_THREADS", "4")))
                .hasMessageContaining("SERVER_MAX_THREADS must be an integer from 8 to 1000 (got '4')");
    }

    @Test
    void the_page_cache_size_accepts_zero_and_refuses_negative_or_huge_values() {
        assertThat(Config.fromEnv(Map.of("SYNC_PAGE_CACHE_MB", "0")).syncPageCacheMb()).isZero();
        assertThatThrownBy(() -> Config.fromEnv(Map.of("SYNC_PAGE_CACHE_MB", "-1")))
                .hasMessageContaining("SYNC_PAGE_CACHE_MB must be an integer from 0 to 1024 (got '-1')");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("SYNC_PAGE_CACHE_MB", "4096"))).hasMessageContaining("SYNC_PAGE_CACHE_MB");
    }

    @Test
    void production_refuses_to_start_without_secret_and_database_and_says_what_to_set() {
        assertThatThrownBy(() -> Config.fromEnv(Map.of("ENVIRONMENT", "production")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).hasSize(2))
                .hasMessageContaining("JWT_SECRET (or JWT_SECRET_FILE) must be set in production to at least 32 bytes")
                .hasMessageContaining("TURSO_URL must be set in production");
    }

    @Test
    void short_secrets_and_wildcard_cors_are_refused_everywhere() {
        assertThatThrownBy(() -> Config.fromEnv(Map.of("JWT_SECRET", "too-short"))).hasMessageContaining("JWT_SECRET must be at least 32 bytes (it has 9)");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("CORS_ALLOWED_ORIGINS", "*"))).hasMessageContaining("'*' is not allowed");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("TURSO_URL", "libsql://db.turso.io"))).hasMessageContaining("TURSO_AUTH_TOKEN");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("TRUSTED_PROXIES", "10.0.0.0/99"))).hasMessageContaining("TRUSTED_PROXIES");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("SERVER_HTTP_PORT", "eighty"))).hasMessageContaining("SERVER_HTTP_PORT must be a port number");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("JWT_EXPIRATION", "soon"))).hasMessageContaining("JWT_EXPIRATION must be a duration");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("LOG_FORMAT", "xml"))).hasMessageContaining("LOG_FORMAT must be json or text");
        // logback picks its appender by the exact value: an upper-case one would log nothing, so it is refused
        assertThatThrownBy(() -> Config.fromEnv(Map.of("LOG_FORMAT", "JSON"))).hasMessageContaining("LOG_FORMAT must be json or text, in lower case (got 'JSON')");
    }

    @Test
    void production_with_a_secret_file_and_turso_starts_and_drops_localhost_cors() throws Exception {
        Path dir = Files.createTempDirectory("cfg");
        Files.writeString(dir.resolve("jwt"), SECRET + "\n");
        Files.writeString(dir.resolve("prev"), SECRET.replace('0', 'z') + "\n");
        Files.writeString(dir.resolve("turso"), "turso-token\n");
        Config c = Config.fromEnv(Map.of("ENVIRONMENT", "production", "TURSO_URL", "libsql://db-org.turso.io",
                "JWT_SECRET_FILE", dir.resolve("jwt").toString(), "JWT_SECRET_PREVIOUS_FILE", dir.resolve("prev").toString(),
                "TURSO_AUTH_TOKEN_FILE", dir.resolve("turso").toString(), "JWT_REFRESH_EXPIRATION", "7d"));
        assertThat(new String(c.jwtSecret())).isEqualTo(SECRET);
        assertThat(c.jwtSecretPrevious()).isNotNull();
        assertThat(c.databaseToken()).isEqualTo("turso-token");
        assertThat(c.refreshTokenTtl()).isEqualTo(Duration.ofDays(7));
        assertThat(c.corsAllowedOrigins()).doesNotContain("http://localhost:*");
        assertThat(c.production()).isTrue();
    }

    @Test
    void a_secret_set_twice_or_an_unreadable_file_is_an_error() {
        assertThatThrownBy(() -> Config.fromEnv(Map.of("JWT_SECRET", SECRET, "JWT_SECRET_FILE", "/nonexistent")))
                .hasMessageContaining("set either JWT_SECRET or JWT_SECRET_FILE, not both")
                .hasMessageContaining("JWT_SECRET_FILE points to /nonexistent, which cannot be read");
    }

    @Test
    void durations_accept_the_go_forms() {
        assertThat(Durations.parse("24h")).isEqualTo(Duration.ofHours(24));
        assertThat(Durations.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse("7d")).isEqualTo(Duration.ofDays(7));
        assertThatThrownBy(() -> Durations.parse("7 days")).isInstanceOf(IllegalArgumentException.class);
    }
}
