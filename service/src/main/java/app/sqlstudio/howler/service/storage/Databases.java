package app.sqlstudio.howler.service.storage;

import app.sqlstudio.howler.service.config.Config;
import app.sqlstudio.howler.service.storage.turso.HranaClient;
import app.sqlstudio.howler.service.storage.turso.HranaDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;

import java.nio.file.Path;
import java.time.Duration;

/** Opens the database named by {@code TURSO_URL}: {@code file:<path>} is SQLite, anything else Turso over HTTP. */
public final class Databases {
    private Databases() {
    }

    public static Database open(Config config, MeterRegistry registry, ObjectMapper json) {
        String url = config.databaseUrl();
        if (url.startsWith("file:")) {
            return new SqliteDatabase(sqlitePath(url), config.sqlitePoolSize(), registry);
        }
        HranaClient.Endpoint ep = HranaClient.endpoint(url);
        String token = config.databaseToken() != null && !config.databaseToken().isBlank() ? config.databaseToken() : ep.tokenFromUrl();
        return new HranaDatabase(new HranaClient(ep.baseUrl(), token, json, Duration.ofSeconds(10)), registry);
    }

    /** {@code file:./data/howler.db}, {@code file:/abs/x.db} or {@code file:///abs/x.db}; a query string is ignored. */
    public static Path sqlitePath(String url) {
        String p = url.substring("file:".length());
        int q = p.indexOf('?');
        if (q >= 0) p = p.substring(0, q);
        if (p.startsWith("//")) p = p.substring(2);
        if (p.isBlank()) throw new IllegalArgumentException("TURSO_URL file: needs a path, e.g. file:./data/howler.db");
        return Path.of(p);
    }
}
