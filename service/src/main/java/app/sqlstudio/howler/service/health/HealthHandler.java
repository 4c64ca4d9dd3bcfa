package app.sqlstudio.howler.service.health;

import app.sqlstudio.howler.service.Lifecycle;
import app.sqlstudio.howler.service.storage.Database;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;

/**
 * {@code GET /health}: liveness, no I/O, byte-compatible with the original body. {@code GET /health/ready}: 200 when
 * the database answers and the process is not shutting down, else 503.
 */
public final class HealthHandler {
    private static final byte[] HEALTHY = "{\"status\": \"healthy\", \"service\": \"backend\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] READY = "{\"status\":\"ready\",\"service\":\"backend\",\"database\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] DRAINING = "{\"status\":\"unavailable\",\"service\":\"backend\",\"reason\":\"shutting down\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NO_DB = "{\"status\":\"unavailable\",\"service\":\"backend\",\"reason\":\"database unreachable\"}".getBytes(StandardCharsets.UTF_8);

    private final Database db;
    private final Lifecycle lifecycle;

    public HealthHandler(Database db, Lifecycle lifecycle) {
        this.db = db;
        this.lifecycle = lifecycle;
    }

    public void health(Context ctx) {
        ctx.contentType("application/json").result(HEALTHY);
    }

    public void ready(Context ctx) {
        ctx.contentType("application/json");
        if (lifecycle.draining()) ctx.status(503).result(DRAINING);
        else if (!db.ping()) ctx.status(503).result(NO_DB);
        else ctx.result(READY);
    }
}
