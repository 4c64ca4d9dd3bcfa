package app.sqlstudio.howler.service.http;

import app.sqlstudio.howler.service.storage.DatabaseException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one error contract: every failure, including 401 from the auth filter, 404 for unknown routes, 405, 413 and
 * 415, is {@code {"error": true, "message": "..."}} as application/json. 5xx details go to the log only.
 */
public final class ErrorResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);
    private final ObjectMapper json;

    public ErrorResponses(ObjectMapper json) {
        this.json = json;
    }

    public void register(RoutesConfig app) {
        app.exception(ApiException.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            if (e.status() == 401) ctx.header("WWW-Authenticate", "Bearer");
            write(ctx, e.status(), e.getMessage());
        });
        app.exception(HttpResponseException.class, (e, ctx) -> {
            int status = e.getStatus();
            String message = switch (status) {
                case 413 -> "request body too large (limit 10 MiB)";
                case 404 -> "not found";
                case 405 -> "method not allowed";
                default -> status >= 500 ? "internal server error" : e.getMessage();
            };
            write(ctx, status, message);
        });
        app.exception(DatabaseException.class, (e, ctx) -> {
            if (e.unavailable()) {
                LOG.warn("database unavailable: {}", e.getMessage());
                ctx.header("Retry-After", "5");
                write(ctx, 503, "service temporarily unavailable");
            } else {
                LOG.error("database error", e);
                write(ctx, 500, "internal server error");
            }
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("unhandled error", e);
            write(ctx, 500, "internal server error");
        });
        app.error(404, ctx -> {
            if (ctx.attribute(Requests.ERROR_WRITTEN) == null) write(ctx, 404, "not found");
        });
        app.error(405, ctx -> {
            if (ctx.attribute(Requests.ERROR_WRITTEN) == null) write(ctx, 405, "method not allowed");
        });
        app.error(413, ctx -> {
            if (ctx.attribute(Requests.ERROR_WRITTEN) == null) write(ctx, 413, "request body too large (limit 10 MiB)");
        });
        app.error(500, ctx -> {
            if (ctx.attribute(Requests.ERROR_WRITTEN) == null) write(ctx, 500, "internal server error");
        });
    }

    public void write(Context ctx, int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", true);
        body.put("message", message == null ? "error" : message);
        ctx.attribute(Requests.ERROR_WRITTEN, Boolean.TRUE);
        try {
            ctx.status(status).contentType("application/json").result(json.writeValueAsBytes(body));
        } catch (IOException e) {
            ctx.status(status).contentType("application/json").result("{\"error\": true, \"message\": \"error\"}");
        }
    }
}
