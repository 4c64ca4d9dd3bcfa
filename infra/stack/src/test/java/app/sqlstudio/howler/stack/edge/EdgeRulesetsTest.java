package app.sqlstudio.howler.stack.edge;

import static org.assertj.core.api.Assertions.assertThat;

import app.sqlstudio.howler.stack.config.StackConfig;
import app.sqlstudio.howler.stack.edge.EdgeAction.Block;
import app.sqlstudio.howler.stack.edge.EdgeAction.BypassCache;
import app.sqlstudio.howler.stack.edge.EdgeAction.CacheFor;
import app.sqlstudio.howler.stack.edge.EdgeAction.ExecuteManagedRuleset;
import app.sqlstudio.howler.stack.edge.EdgeAction.RateLimit;
import app.sqlstudio.howler.stack.edge.EdgeAction.Redirect;
import app.sqlstudio.howler.stack.edge.EdgeAction.SetResponseHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EdgeRulesetsTest {

    static final String DOMAIN = "sql-studio.app";
    static final StackConfig.Edge EDGE = new StackConfig.Edge("sql-studio.app", "023e105f4ecef8ad9ca31a8372d0c353", 1, "1.2",
            31_536_000, 2_592_000, new StackConfig.RateLimit(5, 300), 3600, new StackConfig.RateLimit(100, 60), 301);

    private static EdgeRule rule(EdgeRuleset ruleset, String ref) {
        return ruleset.rules().stream().filter(r -> r.ref().equals(ref)).findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + ref + " in " + ruleset.key()));
    }

    @Test
    void the_zone_gets_one_ruleset_per_phase_of_the_architecture() {
        assertThat(EdgeRulesets.all(DOMAIN, EDGE)).extracting(EdgeRuleset::phase).containsExactly(
                "http_request_cache_settings", "http_request_firewall_managed", "http_request_firewall_custom",
                "http_ratelimit", "http_response_headers_transform", "http_request_dynamic_redirect");
    }

    @Test
    void assets_and_fonts_cache_a_year_images_thirty_days_and_html_and_the_api_never() {
        var cache = EdgeRulesets.cacheSettings(DOMAIN, EDGE);
        // Later matches override earlier ones: images, then assets (so hashed images under /assets/ keep a year),
        // then the two bypasses.
        assertThat(cache.rules()).extracting(EdgeRule::ref)
                .containsExactly("cache_images", "cache_static_assets", "bypass_html", "bypass_api");
        assertThat(rule(cache, "cache_static_assets").expression()).isEqualTo(
                "(starts_with(http.request.uri.path, \"/assets/\") or "
                        + "http.request.uri.path.extension in {\"eot\" \"otf\" \"ttf\" \"woff\" \"woff2\"})");
        assertThat(rule(cache, "cache_static_assets").action()).isEqualTo(new CacheFor(31_536_000, 31_536_000));
        assertThat(rule(cache, "cache_images").expression()).isEqualTo("(http.request.uri.path.extension in "
                + "{\"avif\" \"gif\" \"ico\" \"jpeg\" \"jpg\" \"png\" \"svg\" \"webp\"})");
        assertThat(rule(cache, "cache_images").action()).isEqualTo(new CacheFor(2_592_000, 2_592_000));
        assertThat(rule(cache, "bypass_html").expression()).isEqualTo(
                "(http.request.uri.path.extension in {\"htm\" \"html\"} or http.request.uri.path.extension eq \"\")");
        assertThat(rule(cache, "bypass_api").expression()).isEqualTo(
                "(http.host eq \"api.sql-studio.app\" or starts_with(http.request.uri.path, \"/api/\"))");
        assertThat(rule(cache, "bypass_html").action()).isInstanceOf(BypassCache.class);
        assertThat(rule(cache, "bypass_api").action()).isInstanceOf(BypassCache.class);
    }

    @Test
    void the_managed_waf_executes_the_cloudflare_managed_and_owasp_core_rulesets_on_every_request() {
        var waf = EdgeRulesets.managedWaf();
        assertThat(waf.rules()).extracting(EdgeRule::expression).containsOnly("true");
        assertThat(waf.rules()).extracting(EdgeRule::action).containsExactly(
                new ExecuteManagedRuleset("efb7b8c949ac4650a09736fc376e9aee"),
                new ExecuteManagedRuleset("4814384a9e5d4991b9815dcfc25d2f1f"));
    }

    @Test
    void self_declared_bots_are_blocked_unless_cloudflare_verified_them() {
        var bots = rule(EdgeRulesets.customFirewall(), "block_unverified_bots");
        assertThat(bots.action()).isInstanceOf(Block.class);
        assertThat(bots.expression()).isEqualTo("(not cf.client.bot and (lower(http.user_agent) contains \"bot/\" or "
                + "lower(http.user_agent) contains \"bot;\" or lower(http.user_agent) contains \"bot)\" or "
                + "lower(http.user_agent) contains \"crawler\" or lower(http.user_agent) contains \"spider\" or "
                + "lower(http.user_agent) contains \"scraper\"))");
    }

    @Test
    void sql_injection_xss_and_path_traversal_are_looked_for_in_the_decoded_lower_cased_query() {
        var firewall = EdgeRulesets.customFirewall();
        String query = "lower(url_decode(http.request.uri.query)) contains ";
        var sqli = rule(firewall, "block_sql_injection_in_query");
        assertThat(sqli.expression()).startsWith("(" + query + "\"union select\" or ")
                .contains(query + "\"\\\" or \\\"1\\\"=\\\"1\"").contains(query + "\"information_schema\"");
        assertThat(rule(firewall, "block_xss_in_query").expression()).contains(query + "\"<script\"")
                .contains(query + "\"javascript:\"").contains(query + "\"onerror=\"");
        assertThat(rule(firewall, "block_path_traversal_in_query").expression()).contains(query + "\"../\"")
                .contains(query + "\"..\\\\\"").contains(query + "\"%2e%2e\"").contains(query + "\"/etc/passwd\"");
        assertThat(firewall.rules()).extracting(EdgeRule::action).allMatch(Block.class::isInstance);
        assertThat(firewall.rules()).noneMatch(r -> r.expression().contains("http.request.body"));
    }

    @Test
    void login_is_blocked_for_an_hour_after_5_posts_in_5_minutes_and_api_writes_are_challenged_after_100_a_minute() {
        var limits = EdgeRulesets.rateLimits(EDGE);
        var login = rule(limits, "login_rate_limit");
        assertThat(login.expression()).isEqualTo(
                "(http.request.uri.path eq \"/api/auth/login\" and http.request.method eq \"POST\")");
        assertThat(login.action()).isEqualTo(new RateLimit("block", List.of("cf.colo.id", "ip.src"), 5, 300, 3600));
        var writes = rule(limits, "api_write_rate_limit");
        assertThat(writes.expression()).isEqualTo("(starts_with(http.request.uri.path, \"/api/\") and "
                + "http.request.method in {\"DELETE\" \"PATCH\" \"POST\" \"PUT\"})");
        assertThat(writes.action()).isEqualTo(new RateLimit("managed_challenge", List.of("cf.colo.id", "ip.src"), 100, 60, 0));
    }

    @Test
    void rate_limits_follow_the_configured_numbers() {
        var edge = new StackConfig.Edge("sql-studio.app", "023e105f4ecef8ad9ca31a8372d0c353", 1, "1.2", 60, 60,
                new StackConfig.RateLimit(10, 60), 600, new StackConfig.RateLimit(50, 10), 308);
        var limits = EdgeRulesets.rateLimits(edge);
        assertThat(rule(limits, "login_rate_limit").action()).isEqualTo(new RateLimit("block", List.of("cf.colo.id", "ip.src"), 10, 60, 600));
        assertThat(rule(limits, "api_write_rate_limit").action()).isEqualTo(new RateLimit("managed_challenge", List.of("cf.colo.id", "ip.src"), 50, 10, 0));
        assertThat(rule(EdgeRulesets.wwwRedirect(DOMAIN, edge), "www_to_apex").action())
                .isEqualTo(new Redirect("concat(\"https://sql-studio.app\", http.request.uri.path)", 308, true));
    }

    @Test
    void every_response_gets_the_seeds_security_headers() {
        var headers = EdgeRulesets.securityHeaders();
        var rule = rule(headers, "security_headers");
        assertThat(rule.expression()).isEqualTo("true");
        assertThat(((SetResponseHeaders) rule.action()).headers()).containsExactly(
                Map.entry("X-Frame-Options", "DENY"),
                Map.entry("X-Content-Type-Options", "nosniff"),
                Map.entry("Referrer-Policy", "strict-origin-when-cross-origin"),
                Map.entry("Permissions-Policy", "geolocation=(), microphone=(), camera=()"));
    }

    @Test
    void www_redirects_permanently_to_the_apex_keeping_path_and_query() {
        var redirect = rule(EdgeRulesets.wwwRedirect(DOMAIN, EDGE), "www_to_apex");
        assertThat(redirect.expression()).isEqualTo("(http.host eq \"www.sql-studio.app\")");
        assertThat(redirect.action()).isEqualTo(
                new Redirect("concat(\"https://sql-studio.app\", http.request.uri.path)", 301, true));
    }

    @Test
    void every_expression_is_well_formed_and_every_ref_is_unique_in_the_zone() {
        var all = EdgeRulesets.all(DOMAIN, EDGE);
        var rules = all.stream().flatMap(r -> r.rules().stream()).toList();
        assertThat(rules).extracting(EdgeRule::ref).doesNotHaveDuplicates();
        assertThat(all).extracting(EdgeRuleset::key).doesNotHaveDuplicates();
        for (EdgeRule rule : rules) {
            assertThat(balanced(rule.expression())).as(rule.ref() + ": " + rule.expression()).isTrue();
            assertThat(rule.expression()).as(rule.ref()).doesNotContain(" matches ");
            assertThat(rule.expression().length()).as(rule.ref()).isLessThanOrEqualTo(4096);
        }
    }

    /** Parentheses and braces balance outside string literals, and every literal is closed. */
    static boolean balanced(String expression) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(' || c == '{') {
                depth++;
            } else if (c == ')' || c == '}') {
                if (--depth < 0) {
                    return false;
                }
            }
        }
        return depth == 0 && !inString;
    }
}
