package app.sqlstudio.howler.service.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything the service reads from its environment, validated once at start.
 *
 * @param environment          {@code ENVIRONMENT}: {@code development} (default) or {@code production}
 * @param httpPort             {@code SERVER_HTTP_PORT}, default 8500
 * @param metricsPort          {@code SERVER_METRICS_PORT}, default 9100
 * @param databaseUrl          {@code TURSO_URL}, default {@code file:./data/howler.db}
 * @param databaseToken        {@code TURSO_AUTH_TOKEN} / {@code _FILE}
 * @param jwtSecret            {@code JWT_SECRET} / {@code _FILE}; random in development when unset
 * @param jwtSecretPrevious    {@code JWT_SECRET_PREVIOUS} / {@code _FILE}: still accepted for verification
 * @param jwtSecretGenerated   true when the secret was generated for this process
 * @param accessTokenTtl       {@code JWT_EXPIRATION}, default 24h
 * @param refreshTokenTtl      {@code JWT_REFRESH_EXPIRATION}, default 168h
 * @param resendApiKey         {@code RESEND_API_KEY} / {@code _FILE}: invitation e-mail is logged when unset
 * @param resendFromEmail      {@code RESEND_FROM_EMAIL}, default {@code Howler <noreply@sql-studio.app>}
 * @param appUrl               {@code APP_URL}: base of links in e-mails, default https://sql-studio.app
 * @param logFormat            {@code LOG_FORMAT}: json (default) or text
 * @param corsAllowedOrigins   {@code CORS_ALLOWED_ORIGINS}, comma-separated
 * @param trustedProxies       {@code TRUSTED_PROXIES}, comma-separated CIDRs, empty by default
 * @param authRatePerMinute    {@code RATE_LIMIT_AUTH_PER_MINUTE}, default 20 per client IP on /api/auth/*
 * @param apiRatePerMinute     {@code RATE_LIMIT_API_PER_MINUTE}, default 600 per user (or IP) elsewhere
 * @param loginMaxFailures     {@code LOGIN_MAX_FAILURES}, default 5
 * @param loginLockoutWindow   {@code LOGIN_LOCKOUT_WINDOW}, default 15m
 * @param maxBodyBytes         request body limit, 10 MiB
 * @param shutdownDelay        {@code SHUTDOWN_DELAY}: how long readiness reports 503 before the listener closes, default 3s
 * @param shutdownTimeout      {@code SHUTDOWN_TIMEOUT}: how long in-flight requests may finish, default 25s
 * @param sqlitePoolSize       {@code DATABASE_POOL_SIZE}, default 8
 * @param migrateOnStart       {@code MIGRATE_ON_START}, default true
 * @param serverMaxThreads     {@code SERVER_MAX_THREADS}: Jetty threads, default 4 per core (at least 8) on SQLite, where
 *                             requests are CPU-bound, and 200 on Turso, where each request waits on the network
 * @param syncPageCacheMb      {@code SYNC_PAGE_CACHE_MB}: rendered download pages kept per replica, default 16; 0 keeps none
 * @param passwordHashing      Argon2id cost; production defaults, lowered only by tests in code
 */
public record Config(
        String environment,
        int httpPort,
        int metricsPort,
        String databaseUrl,
        String databaseToken,
        byte[] jwtSecret,
        byte[] jwtSecretPrevious,
        boolean jwtSecretGenerated,
        Duration accessTokenTtl,
        Duration refreshTokenTtl,
        String resendApiKey,
        String resendFromEmail,
        String appUrl,
        String logFormat,
        List<String> corsAllowedOrigins,
        List<String> trustedProxies,
        int authRatePerMinute,
        int apiRatePerMinute,
        int loginMaxFailures,
        Duration loginLockoutWindow,
        long maxBodyBytes,
        Duration shutdownDelay,
        Duration shutdownTimeout,
        int sqlitePoolSize,
        boolean migrateOnStart,
        int serverMaxThreads,
        int syncPageCacheMb,
        PasswordHashing passwordHashing) {

    public static final String DEFAULT_DATABASE_URL = "file:./data/howler.db";
    public static final String DEFAULT_CORS = "https://sql-studio.app,https://www.sql-studio.app";

    /**
     * Argon2id parameters.
     *
     * @param memoryKib  memory per hash, default 19 MiB (OWASP)
     * @param iterations passes, default 2
     */
    public record PasswordHashing(int memoryKib, int iterations, int parallelism) {
        public static final PasswordHashing PRODUCTION = new PasswordHashing(19_456, 2, 1);
    }

    public boolean production() {
        return "production".equals(environment) || "staging".equals(environment);
    }

    public boolean sqlite() {
        return databaseUrl.startsWith("file:");
    }

    /** Reads and validates the configuration; throws {@link ConfigException} listing every problem. */
    public static Config fromEnv(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        Reader r = new Reader(env, problems);
        String environment = r.str("ENVIRONMENT", "development").toLowerCase(Locale.ROOT);
        if (!List.of("development", "production", "staging", "test").contains(environment)) {
            problems.add("ENVIRONMENT must be development or production (got '" + environment + "')");
        }
        boolean prod = environment.equals("production") || environment.equals("staging");
        int httpPort = r.port("SERVER_HTTP_PORT", 8500);
        int metricsPort = r.port("SERVER_METRICS_PORT", 9100);
        String dbUrlRaw = r.secretOrNull("TURSO_URL");
        String dbUrl = dbUrlRaw == null || dbUrlRaw.isBlank() ? DEFAULT_DATABASE_URL : dbUrlRaw.strip();
        String dbToken = r.secretOrNull("TURSO_AUTH_TOKEN");
        if (!(dbUrl.startsWith("file:") || dbUrl.startsWith("libsql://") || dbUrl.startsWith("https://") || dbUrl.startsWith("http://"))) {
            problems.add("TURSO_URL must be file:<path>, libsql://<host> or https://<host> (got '" + dbUrl + "')");
        }
        boolean remote = !dbUrl.startsWith("file:");
        if (remote && (dbToken == null || dbToken.isBlank()) && !dbUrl.contains("authToken=")) {
            problems.add("TURSO_AUTH_TOKEN (or TURSO_AUTH_TOKEN_FILE) is required with a remote TURSO_URL: create one with `turso db tokens create <db>`");
        }
        if (prod && (dbUrlRaw == null || dbUrlRaw.isBlank())) {
            problems.add("TURSO_URL must be set in production (libsql://<db>-<org>.turso.io, or file:/data/howler.db for a single replica with a volume)");
        }

        String secret = r.secretOrNull("JWT_SECRET");
        byte[] jwtSecret;
        boolean generated = false;
        if (secret == null || secret.isEmpty()) {
            if (prod) {
                problems.add("JWT_SECRET (or JWT_SECRET_FILE) must be set in production to at least 32 bytes, e.g. `openssl rand -base64 48`");
            }
            jwtSecret = new byte[32];
            new SecureRandom().nextBytes(jwtSecret);
            generated = true;
        } else {
            jwtSecret = secret.getBytes(StandardCharsets.UTF_8);
            if (jwtSecret.length < 32) {
                problems.add("JWT_SECRET must be at least 32 bytes (it has " + jwtSecret.length + "): generate one with `openssl rand -base64 48`");
            }
            if (prod && secret.equals("change-me-in-production")) {
                problems.add("JWT_SECRET is the example value: set a random secret");
            }
        }
        String previous = r.secretOrNull("JWT_SECRET_PREVIOUS");
        byte[] jwtPrevious = previous == null || previous.isEmpty() ? null : previous.getBytes(StandardCharsets.UTF_8);
        if (jwtPrevious != null && jwtPrevious.length < 32) {
            problems.add("JWT_SECRET_PREVIOUS must be at least 32 bytes when set (it has " + jwtPrevious.length + ")");
        }
        Duration access = r.duration("JWT_EXPIRATION", "24h");
        Duration refresh = r.duration("JWT_REFRESH_EXPIRATION", "168h");
        // logback.xml picks its appender by this exact value, so "JSON" would silently log nothing
        String logFormat = r.str("LOG_FORMAT", "json");
        if (!logFormat.equals("json") && !logFormat.equals("text")) {
            problems.add("LOG_FORMAT must be json or text, in lower case (got '" + logFormat + "')");
        }
        List<String> cors = new ArrayList<>(split(r.str("CORS_ALLOWED_ORIGINS", DEFAULT_CORS)));
        if (cors.contains("*")) {
            problems.add("CORS_ALLOWED_ORIGINS must list origins; '*' is not allowed with credentials");
        }
        if (!prod) cors.add("http://localhost:*");
        List<String> proxies = split(r.str("TRUSTED_PROXIES", ""));
        for (String cidr : proxies) {
            try {
                app.sqlstudio.howler.service.http.Cidr.parse(cidr);
            } catch (IllegalArgumentException e) {
                problems.add("TRUSTED_PROXIES: " + e.getMessage());
            }
        }
        Config c = new Config(environment, httpPort, metricsPort, dbUrl, dbToken, jwtSecret, jwtPrevious, generated,
                access, refresh, r.secretOrNull("RESEND_API_KEY"), r.str("RESEND_FROM_EMAIL", "Howler <noreply@sql-studio.app>"),
                r.str("APP_URL", "https://sql-studio.app"), logFormat, List.copyOf(cors), List.copyOf(proxies),
                r.positive("RATE_LIMIT_AUTH_PER_MINUTE", 20), r.positive("RATE_LIMIT_API_PER_MINUTE", 600),
                r.positive("LOGIN_MAX_FAILURES", 5), r.duration("LOGIN_LOCKOUT_WINDOW", "15m"),
                10L * 1024 * 1024, r.duration("SHUTDOWN_DELAY", "3s"), r.duration("SHUTDOWN_TIMEOUT", "25s"),
                r.positive("DATABASE_POOL_SIZE", 8), r.bool("MIGRATE_ON_START", true),
                r.between("SERVER_MAX_THREADS", dbUrl.startsWith("file:") ? Math.max(8, 4 * Runtime.getRuntime().availableProcessors()) : 200, 8, 1000), r.between("SYNC_PAGE_CACHE_MB", 16, 0, 1024),
                PasswordHashing.PRODUCTION);
        if (!problems.isEmpty()) throw new ConfigException(problems);
        return c;
    }

    /** A copy with other Argon2id costs: for tests only, production always uses {@link PasswordHashing#PRODUCTION}. */
    public Config withPasswordHashing(PasswordHashing hashing) {
        return new Config(environment, httpPort, metricsPort, databaseUrl, databaseToken, jwtSecret, jwtSecretPrevious,
                jwtSecretGenerated, accessTokenTtl, refreshTokenTtl, resendApiKey, resendFromEmail, appUrl, logFormat,
                corsAllowedOrigins, trustedProxies, authRatePerMinute, apiRatePerMinute, loginMaxFailures,
                loginLockoutWindow, maxBodyBytes, shutdownDelay, shutdownTimeout, sqlitePoolSize, migrateOnStart, serverMaxThreads, syncPageCacheMb, hashing);
    }

    @Override
    public String toString() {
        // never print secrets
        return "Config[environment=" + environment + ", httpPort=" + httpPort + ", metricsPort=" + metricsPort
                + ", database=" + (sqlite() ? databaseUrl : "turso") + ", logFormat=" + logFormat + "]";
    }

    private static List<String> split(String s) {
        return Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static final class Reader {
        private final Map<String, String> env;
        private final List<String> problems;

        Reader(Map<String, String> env, List<String> problems) {
            this.env = env;
            this.problems = problems;
        }

        String str(String key, String def) {
            String v = env.get(key);
            return v == null || v.isBlank() ? def : v.strip();
        }

        /** The value of KEY, or the content of the file named by KEY_FILE (trailing newline removed). */
        String secretOrNull(String key) {
            String direct = env.get(key);
            String file = env.get(key + "_FILE");
            if (file != null && !file.isBlank()) {
                if (direct != null && !direct.isBlank()) {
                    problems.add("set either " + key + " or " + key + "_FILE, not both");
                }
                try {
                    return Files.readString(Path.of(file.strip()), StandardCharsets.UTF_8).strip();
                } catch (IOException e) {
                    problems.add(key + "_FILE points to " + file + ", which cannot be read (" + e.getClass().getSimpleName() + ")");
                    return null;
                }
            }
            return direct == null ? null : direct.strip();
        }

        int port(String key, int def) {
            String v = env.get(key);
            if (v == null || v.isBlank()) return def;
            try {
                int p = Integer.parseInt(v.strip());
                if (p < 0 || p > 65535) throw new NumberFormatException();
                return p;
            } catch (NumberFormatException e) {
                problems.add(key + " must be a port number 0-65535 (got '" + v + "')");
                return def;
            }
        }

        int positive(String key, int def) {
            String v = env.get(key);
            if (v == null || v.isBlank()) return def;
            try {
                int n = Integer.parseInt(v.strip());
                if (n <= 0) throw new NumberFormatException();
                return n;
            } catch (NumberFormatException e) {
                problems.add(key + " must be a positive integer (got '" + v + "')");
                return def;
            }
        }

        int between(String key, int def, int min, int max) {
            String v = env.get(key);
            if (v == null || v.isBlank()) return def;
            try {
                int n = Integer.parseInt(v.strip());
                if (n < min || n > max) throw new NumberFormatException();
                return n;
            } catch (NumberFormatException e) {
                problems.add(key + " must be an integer from " + min + " to " + max + " (got '" + v + "')");
                return def;
            }
        }

        boolean bool(String key, boolean def) {
            String v = env.get(key);
            if (v == null || v.isBlank()) return def;
            return switch (v.strip().toLowerCase(Locale.ROOT)) {
                case "true", "1", "yes" -> true;
                case "false", "0", "no" -> false;
                default -> {
                    problems.add(key + " must be true or false (got '" + v + "')");
                    yield def;
                }
            };
        }

        Duration duration(String key, String def) {
            String v = str(key, def);
            try {
                Duration d = Durations.parse(v);
                if (d.isNegative() || d.isZero() && !key.startsWith("SHUTDOWN")) throw new IllegalArgumentException("must be positive");
                return d;
            } catch (IllegalArgumentException e) {
                problems.add(key + " must be a duration like 24h, 15m or 7d (got '" + v + "')");
                return Durations.parse(def);
            }
        }
    }
}
