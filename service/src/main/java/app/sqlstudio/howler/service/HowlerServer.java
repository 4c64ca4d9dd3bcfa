package app.sqlstudio.howler.service;

import app.sqlstudio.howler.service.config.Config;
import app.sqlstudio.howler.service.http.Json;
import app.sqlstudio.howler.service.organizations.Mailer;
import app.sqlstudio.howler.service.storage.Database;
import app.sqlstudio.howler.service.storage.Databases;
import app.sqlstudio.howler.service.storage.Migrations;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.function.Consumer;

/**
 * A running service: API, metrics listener and database. {@link #shutdown()} is the SIGTERM sequence of docs/api.md:
 * readiness turns 503, after {@code SHUTDOWN_DELAY} the listener stops accepting, in-flight requests get up to
 * {@code SHUTDOWN_TIMEOUT} to finish, then the database closes.
 */
public final class HowlerServer {
    private static final Logger LOG = LoggerFactory.getLogger(HowlerServer.class);

    private final Config config;
    private final Lifecycle lifecycle;
    private final Javalin app;
    private final MetricsServer metrics;
    private final Database db;
    private final PrometheusMeterRegistry registry;
    private volatile boolean stopped;

    private HowlerServer(Config config, Lifecycle lifecycle, Javalin app, MetricsServer metrics, Database db, PrometheusMeterRegistry registry) {
        this.config = config;
        this.lifecycle = lifecycle;
        this.app = app;
        this.metrics = metrics;
        this.db = db;
        this.registry = registry;
    }

    /** Opens and migrates the database, then starts both listeners. */
    public static HowlerServer start(Config config) {
        return start(config, null);
    }

    /** As {@link #start(Config)}; {@code extraRoutes} may add routes (tests) while the app is configured. */
    public static HowlerServer start(Config config, Consumer<RoutesConfig> extraRoutes) {
        long t0 = System.nanoTime();
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        // The JVM and process meters load and introspect management beans (a few hundred ms on a cold JVM): they are
        // bound on another thread while the database opens and the API starts, and joined before /metrics listens.
        Thread jvmMeters = new Thread(() -> {
            new ClassLoaderMetrics().bindTo(registry);
            new JvmMemoryMetrics().bindTo(registry);
            new JvmGcMetrics().bindTo(registry);
            new JvmThreadMetrics().bindTo(registry);
            new ProcessorMetrics().bindTo(registry);
            new UptimeMetrics().bindTo(registry);
            new FileDescriptorMetrics().bindTo(registry);
        }, "jvm-meters");
        jvmMeters.setDaemon(true);
        jvmMeters.start();
        var json = Json.mapper();
        if (config.jwtSecretGenerated()) {
            LOG.warn("JWT_SECRET is not set: generated a random secret for this process, so tokens do not survive a restart "
                    + "and replicas do not share them. Set JWT_SECRET (32+ bytes) for anything but local development.");
        }
        Database db = Databases.open(config, registry, json);
        try {
            if (config.migrateOnStart()) {
                var applied = new Migrations(db).apply();
                applied.forEach(m -> LOG.info("applied migration {} {}", m.version(), m.description()));
            }
            Lifecycle lifecycle = new Lifecycle();
            ServiceDeps deps = new ServiceDeps(config, db, registry, json, Mailer.create(config.resendApiKey(), config.resendFromEmail(), json),
                    lifecycle, System::currentTimeMillis);
            Javalin app = extraRoutes == null ? HowlerApi.create(deps) : HowlerApi.create(deps, new ArrayList<>(), extraRoutes);
            app.start(config.httpPort());
            MetricsServer metrics;
            try {
                jvmMeters.join();
                metrics = new MetricsServer(registry, config.metricsPort()).start();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                app.stop();
                throw new IllegalStateException("interrupted while starting", e);
            } catch (IOException e) {
                app.stop();
                throw new UncheckedIOException("cannot listen on SERVER_METRICS_PORT " + config.metricsPort() + ": " + e.getMessage(), e);
            }
            HowlerServer s = new HowlerServer(config, lifecycle, app, metrics, db, registry);
            LOG.info("Howler API listening on :{} (metrics on :{}/metrics), database {}, environment {}, ready in {} ms",
                    s.port(), metrics.port(), db.backend(), config.environment(), (System.nanoTime() - t0) / 1_000_000);
            return s;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public int port() {
        return app.port();
    }

    public int metricsPort() {
        return metrics.port();
    }

    public Lifecycle lifecycle() {
        return lifecycle;
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public Database database() {
        return db;
    }

    /** The graceful shutdown sequence; idempotent. */
    public synchronized void shutdown() {
        if (stopped) return;
        stopped = true;
        long t0 = System.nanoTime();
        LOG.info("shutting down: readiness now 503, closing the listener in {} ms", config.shutdownDelay().toMillis());
        lifecycle.startDraining();
        try {
            Thread.sleep(config.shutdownDelay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        app.stop(); // stops accepting, waits up to SHUTDOWN_TIMEOUT for in-flight requests (Jetty graceful stop)
        metrics.close();
        db.close();
        LOG.info("shutdown complete in {} ms", (System.nanoTime() - t0) / 1_000_000);
    }
}
