package app.sqlstudio.howler.service.http;

import io.javalin.http.Context;

import java.util.List;

/**
 * CORS from an allow-list: the request's Origin is echoed only when listed ({@code http://localhost:*} matches any
 * port), with credentials allowed and {@code Vary: Origin}; never {@code *}.
 */
public final class Cors {
    private final List<String> allowed;

    public Cors(List<String> allowedOrigins) {
        this.allowed = List.copyOf(allowedOrigins);
    }

    public boolean allows(String origin) {
        if (origin == null) return false;
        for (String a : allowed) {
            if (a.equals(origin)) return true;
            if (a.endsWith(":*")) {
                String prefix = a.substring(0, a.length() - 2);
                if (origin.equals(prefix)) return true;
                if (origin.startsWith(prefix + ":") && origin.substring(prefix.length() + 1).matches("\\d{1,5}")) return true;
            }
        }
        return false;
    }

    /** Adds the CORS response headers for an allowed origin. */
    public void apply(Context ctx) {
        ctx.header("Vary", "Origin");
        String origin = ctx.header("Origin");
        if (!allows(origin)) return;
        ctx.header("Access-Control-Allow-Origin", origin);
        ctx.header("Access-Control-Allow-Credentials", "true");
        // Content-Disposition: the console names the account export download after it
        ctx.header("Access-Control-Expose-Headers", "X-Request-Id, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Retry-After, Content-Disposition");
    }

    /** Answers a preflight {@code OPTIONS} request (200, empty body). */
    public void preflight(Context ctx) {
        if (allows(ctx.header("Origin"))) {
            ctx.header("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE, OPTIONS");
            ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type, Accept, X-Request-Id, X-Client-Version");
            ctx.header("Access-Control-Max-Age", "86400");
        }
        ctx.status(200).result("");
    }
}
