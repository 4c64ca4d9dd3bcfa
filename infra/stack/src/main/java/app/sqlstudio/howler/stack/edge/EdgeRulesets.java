package app.sqlstudio.howler.stack.edge;

import static app.sqlstudio.howler.stack.edge.RulesExpression.ALWAYS;
import static app.sqlstudio.howler.stack.edge.RulesExpression.allOf;
import static app.sqlstudio.howler.stack.edge.RulesExpression.anyOf;
import static app.sqlstudio.howler.stack.edge.RulesExpression.concat;
import static app.sqlstudio.howler.stack.edge.RulesExpression.containsAny;
import static app.sqlstudio.howler.stack.edge.RulesExpression.eq;
import static app.sqlstudio.howler.stack.edge.RulesExpression.in;
import static app.sqlstudio.howler.stack.edge.RulesExpression.lower;
import static app.sqlstudio.howler.stack.edge.RulesExpression.not;
import static app.sqlstudio.howler.stack.edge.RulesExpression.quote;
import static app.sqlstudio.howler.stack.edge.RulesExpression.startsWith;
import static app.sqlstudio.howler.stack.edge.RulesExpression.urlDecoded;

import app.sqlstudio.howler.stack.config.StackConfig;
import app.sqlstudio.howler.stack.edge.EdgeAction.Block;
import app.sqlstudio.howler.stack.edge.EdgeAction.BypassCache;
import app.sqlstudio.howler.stack.edge.EdgeAction.CacheFor;
import app.sqlstudio.howler.stack.edge.EdgeAction.ExecuteManagedRuleset;
import app.sqlstudio.howler.stack.edge.EdgeAction.RateLimit;
import app.sqlstudio.howler.stack.edge.EdgeAction.Redirect;
import app.sqlstudio.howler.stack.edge.EdgeAction.SetResponseHeaders;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The zone's rulesets (docs/architecture.md "Edge"), as data: cache settings, managed WAF, custom firewall rules, rate limits, response
 * security headers and the www → apex redirect. They replace the original's page rules, firewall rules and Workers.
 */
public final class EdgeRulesets {

    /** Cloudflare Managed Ruleset and Cloudflare OWASP Core Ruleset: fixed ids, the same in every zone. */
    public static final String CLOUDFLARE_MANAGED_RULESET = "efb7b8c949ac4650a09736fc376e9aee";
    public static final String OWASP_CORE_RULESET = "4814384a9e5d4991b9815dcfc25d2f1f";

    /** The service's login route (service HowlerApi: POST /api/auth/login). */
    public static final String LOGIN_PATH = "/api/auth/login";
    public static final String API_PREFIX = "/api/";
    public static final String ASSETS_PREFIX = "/assets/";

    /** Counters per client IP; Cloudflare requires the data centre as well, as counters are kept per colo. */
    static final List<String> PER_CLIENT_IP = List.of("cf.colo.id", "ip.src");

    static final List<String> FONT_EXTENSIONS = List.of("eot", "otf", "ttf", "woff", "woff2");
    static final List<String> IMAGE_EXTENSIONS = List.of("avif", "gif", "ico", "jpeg", "jpg", "png", "svg", "webp");
    static final List<String> HTML_EXTENSIONS = List.of("htm", "html");
    static final List<String> MUTATING_METHODS = List.of("DELETE", "PATCH", "POST", "PUT");

    /**
     * User-agent fragments that crawlers and scrapers announce themselves with ("Googlebot/2.1", "AhrefsBot/7.0;",
     * "(compatible; PetalBot)"). Anchored on the punctuation after "bot" so phone models such as "CUBOT X19" pass.
     */
    static final List<String> BOT_USER_AGENT_MARKERS = List.of("bot/", "bot;", "bot)", "crawler", "spider", "scraper");

    /**
     * Fragments of SQL injection in a query string. Only the query is inspected: SQL Studio's own requests carry
     * SQL in JSON bodies, which must pass untouched.
     */
    static final List<String> SQL_INJECTION_MARKERS = List.of("union select", "union all select", "' or '1'='1",
            "' or 1=1", "\" or \"1\"=\"1", "information_schema", "sleep(", "benchmark(", "waitfor delay",
            "xp_cmdshell", "; drop table");
    static final List<String> XSS_MARKERS = List.of("<script", "</script", "javascript:", "vbscript:", "onerror=",
            "onload=", "document.cookie", "<iframe");
    /** After one decoding "..%2f" reads "../"; a still-encoded "%2e%2e" means the client encoded twice. */
    static final List<String> PATH_TRAVERSAL_MARKERS = List.of("../", "..\\", "%2e%2e", "/etc/passwd", "c:\\windows");

    static final String PATH = "http.request.uri.path";
    static final String EXTENSION = "http.request.uri.path.extension";
    static final String QUERY = "http.request.uri.query";
    static final String HOST = "http.host";
    static final String METHOD = "http.request.method";
    static final String USER_AGENT = "http.user_agent";
    /** True for bots Cloudflare has verified (search engines, monitors): they are let through. */
    static final String VERIFIED_BOT = "cf.client.bot";

    private EdgeRulesets() {
    }

    /** Every ruleset of the zone, one per phase. */
    public static List<EdgeRuleset> all(String domain, StackConfig.Edge edge) {
        return List.of(cacheSettings(domain, edge), managedWaf(), customFirewall(), rateLimits(edge),
                securityHeaders(), wwwRedirect(domain, edge));
    }

    /**
     * When several cache rules match, the later one's settings win: images come before the assets rule so hashed
     * images under /assets/ keep the longer TTL, and the bypasses come last so HTML and the API are never cached.
     */
    public static EdgeRuleset cacheSettings(String domain, StackConfig.Edge edge) {
        return new EdgeRuleset("cache", "http_request_cache_settings", "Cache settings of " + domain, List.of(
                new EdgeRule("cache_images", "Images: cached at the edge and in browsers",
                        anyOf(in(EXTENSION, IMAGE_EXTENSIONS)),
                        new CacheFor(edge.imagesCacheSeconds(), edge.imagesCacheSeconds())),
                new EdgeRule("cache_static_assets", "Content-hashed assets and fonts: cached at the edge and in browsers",
                        anyOf(startsWith(PATH, ASSETS_PREFIX), in(EXTENSION, FONT_EXTENSIONS)),
                        new CacheFor(edge.assetsCacheSeconds(), edge.assetsCacheSeconds())),
                // The SPA's index.html names the current asset hashes: a cached copy would serve a stale release.
                new EdgeRule("bypass_html", "HTML and extension-less routes of the single-page app: never cached",
                        anyOf(in(EXTENSION, HTML_EXTENSIONS), eq(EXTENSION, "")),
                        new BypassCache()),
                new EdgeRule("bypass_api", "The API (api. host and /api/ on the apex): never cached",
                        anyOf(eq(HOST, "api." + domain), startsWith(PATH, API_PREFIX)),
                        new BypassCache())));
    }

    public static EdgeRuleset managedWaf() {
        return new EdgeRuleset("waf-managed", "http_request_firewall_managed", "Managed WAF rulesets", List.of(
                new EdgeRule("cloudflare_managed_ruleset", "Cloudflare Managed Ruleset", ALWAYS,
                        new ExecuteManagedRuleset(CLOUDFLARE_MANAGED_RULESET)),
                new EdgeRule("owasp_core_ruleset", "Cloudflare OWASP Core Ruleset", ALWAYS,
                        new ExecuteManagedRuleset(OWASP_CORE_RULESET))));
    }

    public static EdgeRuleset customFirewall() {
        String query = lower(urlDecoded(QUERY));
        return new EdgeRuleset("firewall", "http_request_firewall_custom", "Custom firewall rules", List.of(
                new EdgeRule("block_unverified_bots", "Block self-declared bots that Cloudflare has not verified",
                        allOf(not(VERIFIED_BOT), containsAny(lower(USER_AGENT), BOT_USER_AGENT_MARKERS)),
                        new Block()),
                new EdgeRule("block_sql_injection_in_query", "Block SQL injection patterns in the query string",
                        containsAny(query, SQL_INJECTION_MARKERS), new Block()),
                new EdgeRule("block_xss_in_query", "Block cross-site scripting patterns in the query string",
                        containsAny(query, XSS_MARKERS), new Block()),
                new EdgeRule("block_path_traversal_in_query", "Block path traversal patterns in the query string",
                        containsAny(query, PATH_TRAVERSAL_MARKERS), new Block())));
    }

    /**
     * Login attempts are blocked outright once over the limit (brute force); other writes get a managed challenge,
     * which a person passes. Challenge actions throttle rather than block for a duration, so Cloudflare takes no
     * mitigation timeout for them (0).
     */
    public static EdgeRuleset rateLimits(StackConfig.Edge edge) {
        var login = edge.loginRateLimit();
        var api = edge.apiRateLimit();
        return new EdgeRuleset("rate-limits", "http_ratelimit", "Rate limits", List.of(
                new EdgeRule("login_rate_limit", "Login: " + login.requests() + " attempts per "
                        + login.periodSeconds() + " s per IP, then blocked",
                        allOf(eq(PATH, LOGIN_PATH), eq(METHOD, "POST")),
                        new RateLimit("block", PER_CLIENT_IP, login.requests(), login.periodSeconds(),
                                edge.loginBlockSeconds())),
                new EdgeRule("api_write_rate_limit", "API writes: " + api.requests() + " per "
                        + api.periodSeconds() + " s per IP, then a managed challenge",
                        allOf(startsWith(PATH, API_PREFIX), in(METHOD, MUTATING_METHODS)),
                        new RateLimit("managed_challenge", PER_CLIENT_IP, api.requests(), api.periodSeconds(), 0))));
    }

    /** The seed's "Security Headers", set at the edge on every response whatever the origin sent. */
    public static EdgeRuleset securityHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Frame-Options", "DENY");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.put("Permissions-Policy", "geolocation=(), microphone=(), camera=()");
        return new EdgeRuleset("security-headers", "http_response_headers_transform", "Response security headers",
                List.of(new EdgeRule("security_headers", "Security headers on every response", ALWAYS,
                        new SetResponseHeaders(headers))));
    }

    /** {@code www.<domain>/<path>?<query>} → {@code https://<domain>/<path>?<query>}. */
    public static EdgeRuleset wwwRedirect(String domain, StackConfig.Edge edge) {
        return new EdgeRuleset("www-redirect", "http_request_dynamic_redirect", "www to apex redirect", List.of(
                new EdgeRule("www_to_apex", "Redirect www." + domain + " to " + domain + ", keeping path and query",
                        anyOf(eq(HOST, "www." + domain)),
                        new Redirect(concat(quote("https://" + domain), PATH), edge.redirectStatusCode(), true))));
    }
}
