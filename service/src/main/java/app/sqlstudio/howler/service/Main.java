package app.sqlstudio.howler.service;

import app.sqlstudio.howler.service.config.Config;
import app.sqlstudio.howler.service.config.ConfigException;
import app.sqlstudio.howler.service.http.Json;
import app.sqlstudio.howler.service.storage.Database;
import app.sqlstudio.howler.service.storage.Databases;
import app.sqlstudio.howler.service.storage.Migrations;
import app.sqlstudio.howler.service.util.Ids;
import ch.qos.logback.classic.LoggerContext;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar service.jar [serve]} runs the API; {@code migrate} applies pending migrations and exits;
 * {@code migrate --status} lists them. Exit codes: 0 ok, 1 runtime failure, 2 bad configuration or usage.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.getenv(), System.out, System.err);
        if (code >= 0) {
            flushLogs();
            System.exit(code);
        }
    }

    /** Returns the exit code, or -1 when the server was started and keeps running. */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        List<String> a = List.of(args);
        String command = a.isEmpty() ? "serve" : a.get(0);
        if (command.equals("-h") || command.equals("--help") || command.equals("help")) {
            out.println("usage: java -jar service.jar [serve | migrate [--status]]");
            out.println("  serve            start the API on SERVER_HTTP_PORT (8500) and metrics on SERVER_METRICS_PORT (9100)");
            out.println("  migrate          apply pending database migrations and exit");
            out.println("  migrate --status list migrations and whether each is applied");
            out.println("Configuration comes from the environment; see service/README.md.");
            return 0;
        }
        Config config;
        try {
            config = Config.fromEnv(env);
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return 2;
        }
        try {
            switch (command) {
                case "serve" -> {
                    HowlerServer server = HowlerServer.start(config);
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        server.shutdown();
                        flushLogs();
                    }, "shutdown"));
                    return -1;
                }
                case "migrate" -> {
                    boolean status = a.contains("--status");
                    try (Database db = Databases.open(config, new SimpleMeterRegistry(), Json.mapper())) {
                        Migrations m = new Migrations(db);
                        if (status) {
                            for (Migrations.Migration x : m.status()) {
                                out.printf("%4d  %-30s %s%n", x.version(), x.description(),
                                        x.appliedAt() == null ? "pending" : "applied " + Ids.time(x.appliedAt()));
                            }
                        } else {
                            List<Migrations.Migration> applied = m.apply();
                            if (applied.isEmpty()) out.println("database is up to date");
                            for (Migrations.Migration x : applied) out.printf("applied %d %s%n", x.version(), x.description());
                        }
                    }
                    return 0;
                }
                default -> {
                    err.println("unknown command '" + command + "': use serve, migrate or migrate --status");
                    return 2;
                }
            }
        } catch (RuntimeException e) {
            err.println("howler: " + e.getMessage());
            LoggerFactory.getLogger(Main.class).error("fatal", e);
            return 1;
        }
    }

    private static void flushLogs() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext lc) lc.stop();
    }
}
