package app.sqlstudio.howler.service.support;

import app.sqlstudio.howler.service.HowlerApi;
import app.sqlstudio.howler.service.Lifecycle;
import app.sqlstudio.howler.service.ServiceDeps;
import app.sqlstudio.howler.service.config.Config;
import app.sqlstudio.howler.service.http.Json;
import app.sqlstudio.howler.service.organizations.Mailer;
import app.sqlstudio.howler.service.storage.Database;
import app.sqlstudio.howler.service.storage.Migrations;
import app.sqlstudio.howler.service.storage.SqliteDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The real API on an ephemeral loopback port over a real temporary SQLite file, with a clock the test can move and a
 * cheap Argon2id cost (tests only: production always uses the OWASP cost).
 */
public final class TestApi implements AutoCloseable {
    public static final String SECRET = "test-secret-0123456789-abcdefghijklmnopqrstuvwxyz";
    public static final Config.PasswordHashing CHEAP = new Config.PasswordHashing(64, 1, 1);

    public final Path dir;
    public final Database db;
    public final Javalin app;
    public final Http http;
    public final AtomicLong clock = new AtomicLong(System.currentTimeMillis());
    public final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    public final Lifecycle lifecycle = new Lifecycle();
    public final List<HowlerApi.RouteInfo> routes = new CopyOnWriteArrayList<>();
    public final List<String> mails = new CopyOnWriteArrayList<>();
    public final ObjectMapper json = Json.mapper();
    public final Config config;

    public TestApi() {
        this(Map.of());
    }

    public TestApi(Map<String, String> env) {
        this(env, null);
    }

    /** With another database (e.g. Turso over Hrana); null means a temporary SQLite file. */
    public TestApi(Map<String, String> env, Database database) {
        try {
            dir = Files.createTempDirectory("howler-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> e = new HashMap<>();
        e.put("TURSO_URL", "file:" + dir.resolve("howler.db"));
        e.put("JWT_SECRET", SECRET);
        e.put("RATE_LIMIT_AUTH_PER_MINUTE", "100000");
        e.put("RATE_LIMIT_API_PER_MINUTE", "100000");
        e.put("SHUTDOWN_DELAY", "0s");
        e.putAll(env);
        config = Config.fromEnv(e).withPasswordHashing(CHEAP);
        db = database != null ? database : new SqliteDatabase(dir.resolve("howler.db"), 4, registry);
        new Migrations(db).apply();
        Mailer mailer = (to, org, inviter, role, link) -> mails.add(to + " " + org + " " + role + " " + link);
        app = HowlerApi.create(new ServiceDeps(config, db, registry, json, mailer, lifecycle, clock::get), routes, extra -> {
        });
        app.start("127.0.0.1", 0);
        http = new Http("http://127.0.0.1:" + app.port(), json);
    }

    /** Signs a new user up and returns their session. */
    public Session signup(String username) {
        Http.Response r = http.post("/api/auth/signup", null, Map.of("username", username, "email", username + "@example.com", "password", "correct horse " + username));
        if (r.status() != 201) throw new AssertionError("signup failed: " + r);
        return new Session(r.json().get("user").get("id").asText(), username, username + "@example.com", r.json().get("token").asText(),
                r.json().get("refresh_token").asText());
    }

    public static String password(String username) {
        return "correct horse " + username;
    }

    /** A signed-in user. */
    public record Session(String userId, String username, String email, String token, String refreshToken) {
    }

    public static List<Object> list(Object... items) {
        return new ArrayList<>(List.of(items));
    }

    @Override
    public void close() {
        app.stop();
        db.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temp dir
        }
    }
}
