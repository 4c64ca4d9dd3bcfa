package app.sqlstudio.howler.service.http;

import app.sqlstudio.howler.service.auth.AuthMetrics;
import app.sqlstudio.howler.service.auth.Principal;
import app.sqlstudio.howler.service.auth.SessionGuard;
import app.sqlstudio.howler.service.auth.TokenService;
import app.sqlstudio.howler.service.config.Config;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.security.RouteRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;

import static net.logstash.logback.argument.StructuredArguments.kv;

/**
 * What runs around every request: request id, client IP, security headers, CORS, body limits (413/415), the role
 * check driven by each route's declared {@link Role} (401), rate limits (429 with X-RateLimit-* and Retry-After),
 * the access log line and the HTTP metrics.
 */
public final class RequestPipeline {
    private static final Logger ACCESS = LoggerFactory.getLogger("access");
    private static final Set<String> UNLIMITED = Set.of("/health", "/health/ready");
    /** docs/api.md: every {@code /api/auth/*} route is limited per client IP by RATE_LIMIT_AUTH_PER_MINUTE. */
    private static final String AUTH_PREFIX = "/api/auth/";

    private final Config config;
    private final ClientIp clientIp;
    private final Cors cors;
    private final TokenService tokens;
    private final SessionGuard sessions;
    private final AuthMetrics authMetrics;
    private final HttpMetrics metrics;
    private final RateLimiter authLimiter;
    private final RateLimiter apiLimiter;
    private final List<Cidr> trustedProxies;

    public RequestPipeline(Config config, TokenService tokens, SessionGuard sessions, AuthMetrics authMetrics, HttpMetrics metrics,
                           LongSupplier clock) {
        this.config = config;
        this.clientIp = new ClientIp(config.trustedProxies());
        this.cors = new Cors(config.corsAllowedOrigins());
        this.tokens = tokens;
        this.sessions = sessions;
        this.authMetrics = authMetrics;
        this.metrics = metrics;
        this.authLimiter = new RateLimiter(config.authRatePerMinute(), clock);
        this.apiLimiter = new RateLimiter(config.apiRatePerMinute(), clock);
        this.trustedProxies = config.trustedProxies().stream().map(Cidr::parse).toList();
    }

    public Cors cors() {
        return cors;
    }

    /** Runs before routing, for every request (unknown paths included). */
    public void before(Context ctx) {
        metrics.started();
        String rid = ctx.header("X-Request-Id");
        if (rid == null || rid.length() > 64 || !rid.matches("[A-Za-z0-9._-]+")) rid = Long.toHexString(ThreadLocalRandom.current().nextLong());
        ctx.header("X-Request-Id", rid);
        MDC.put("request_id", rid);
        String peer = ctx.req().getRemoteAddr();
        ctx.attribute(Requests.CLIENT_IP, clientIp.resolve(peer, ctx.header("CF-Connecting-IP"), ctx.header("X-Forwarded-For")));

        SecurityHeaders.apply(ctx::header);
        if (ctx.req().isSecure() || ("https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")) && trusted(peer))) {
            ctx.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        cors.apply(ctx);
        if (ctx.method() == HandlerType.OPTIONS) {
            cors.preflight(ctx);
            ctx.skipRemainingHandlers();
            return;
        }
        long length = ctx.req().getContentLengthLong();
        if (length > config.maxBodyBytes()) throw new ApiException(413, "request body too large (limit 10 MiB)");
        boolean chunked = length < 0 && ctx.header("Transfer-Encoding") != null;
        boolean hasBody = length > 0 || chunked;
        if (chunked) {
            // No Content-Length to check up front: read at most the limit and one byte more, so an endless body
            // costs 10 MiB of memory at worst, and keep it for the handler (Requests.body).
            byte[] body;
            try {
                body = ctx.req().getInputStream().readNBytes((int) config.maxBodyBytes() + 1);
            } catch (java.io.IOException e) {
                throw ApiException.badRequest("could not read the request body");
            }
            if (body.length > config.maxBodyBytes()) throw new ApiException(413, "request body too large (limit 10 MiB)");
            ctx.attribute(Requests.BODY, body);
        }
        if (hasBody && (ctx.method() == HandlerType.POST || ctx.method() == HandlerType.PUT || ctx.method() == HandlerType.PATCH)) {
            String ct = ctx.contentType();
            String base = ct == null ? "" : ct.split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (!base.equals("application/json") && !base.endsWith("+json")) {
                throw new ApiException(415, "Content-Type must be application/json");
            }
        }
    }

    /** Runs after routing, before the endpoint: enforces the route's role and the rate limits. */
    public void authorize(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        String route = java.util.Objects.requireNonNullElse(routeTemplate(ctx), "");
        if (roles.contains(Role.USER)) {
            Principal p = authenticate(ctx);
            ctx.attribute(Requests.PRINCIPAL, p);
            MDC.put("user_id", p.userId());
            boolean auth = route.startsWith(AUTH_PREFIX);
            limit(ctx, auth ? authLimiter : apiLimiter, auth ? "ip:" + Requests.clientIp(ctx) : "user:" + p.userId(),
                    auth ? "auth" : "api");
        } else if (roles.contains(Role.PUBLIC)) {
            if (UNLIMITED.contains(route)) return;
            boolean auth = route.startsWith(AUTH_PREFIX);
            limit(ctx, auth ? authLimiter : apiLimiter, "ip:" + Requests.clientIp(ctx), auth ? "auth" : "api");
        } else {
            // unreachable: HowlerApi refuses to start with a route that declares no role
            throw ApiException.forbidden("route has no role");
        }
    }

    private Principal authenticate(Context ctx) {
        String h = ctx.header("Authorization");
        if (h == null || h.isBlank()) {
            authMetrics.tokenRejected("missing");
            throw ApiException.unauthorized("missing authorization header");
        }
        if (h.strip().equalsIgnoreCase("bearer")) {
            authMetrics.tokenRejected("empty");
            throw ApiException.unauthorized("empty authorization token");
        }
        if (h.length() < 7 || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            authMetrics.tokenRejected("format");
            throw ApiException.unauthorized("invalid authorization header format");
        }
        String token = h.substring(7).strip();
        if (token.isEmpty()) {
            authMetrics.tokenRejected("empty");
            throw ApiException.unauthorized("empty authorization token");
        }
        TokenService.Claims c = tokens.verify(token, "access");
        if (c == null) {
            authMetrics.tokenRejected("invalid");
            throw ApiException.unauthorized("invalid or expired token");
        }
        if (!sessions.isLive(c.sessionId(), c.userId())) {
            authMetrics.tokenRejected("revoked");
            throw ApiException.unauthorized("invalid or expired token");
        }
        return new Principal(c.userId(), c.username(), c.role(), c.sessionId());
    }

    private void limit(Context ctx, RateLimiter limiter, String key, String scope) {
        RateLimiter.Decision d = limiter.acquire(key);
        ctx.header("X-RateLimit-Limit", Integer.toString(d.limit()));
        ctx.header("X-RateLimit-Remaining", Integer.toString(d.remaining()));
        ctx.header("X-RateLimit-Reset", Long.toString(d.resetEpochSeconds()));
        if (!d.allowed()) {
            metrics.rateLimited(scope);
            throw ApiException.tooManyRequests("rate limit exceeded: try again later", d.retryAfterSeconds());
        }
    }

    /** The access log line and request metrics; runs once per request, after the response is written. */
    public void finished(Context ctx, float millis) {
        String route;
        if (ctx.method() == HandlerType.OPTIONS) route = "PREFLIGHT";
        else {
            route = routeTemplate(ctx);
            if (route == null || route.isEmpty() || route.equals("*")) route = ctx.statusCode() == 404 ? "NOT_FOUND" : "UNMATCHED";
        }
        int status = ctx.statusCode();
        metrics.finished(ctx.method().name(), route, status, millis);
        boolean probe = UNLIMITED.contains(route);
        if (!probe || status >= 400 || ACCESS.isDebugEnabled()) {
            // user_id and request_id come from the MDC
            ACCESS.info("{} {} {} {} {}", kv("method", ctx.method().name()), kv("route", route), kv("status", status),
                    kv("duration_ms", Math.round(millis * 100) / 100.0), kv("client_ip", Requests.clientIp(ctx)));
        }
        MDC.remove("request_id");
        MDC.remove("user_id");
    }

    /** The matched route's template ({@code /api/organizations/{id}}), or null when no route matched. */
    private static String routeTemplate(Context ctx) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        return matched == null ? null : matched.path;
    }

    private boolean trusted(String ip) {
        for (Cidr c : trustedProxies) if (c.contains(ip)) return true;
        return false;
    }
}
