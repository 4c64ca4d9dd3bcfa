package app.sqlstudio.howler.stack.components;

import static app.sqlstudio.howler.stack.components.PlanAssertions.childrenOf;
import static app.sqlstudio.howler.stack.components.PlanAssertions.component;
import static app.sqlstudio.howler.stack.components.PlanAssertions.list;
import static app.sqlstudio.howler.stack.components.PlanAssertions.map;
import static app.sqlstudio.howler.stack.components.PlanAssertions.one;
import static org.assertj.core.api.Assertions.assertThat;

import app.sqlstudio.howler.stack.TestStacks;
import app.sqlstudio.howler.stack.edge.EdgeRules;
import app.sqlstudio.howler.stack.edge.EdgeRulesArgs;
import app.sqlstudio.howler.stack.plan.MockCloud;
import app.sqlstudio.howler.stack.plan.Plan;
import app.sqlstudio.howler.stack.plan.PlanRunner;
import app.sqlstudio.howler.stack.plan.PlannedResource;
import app.sqlstudio.howler.stack.policy.PolicyContext;
import app.sqlstudio.howler.stack.policy.PolicyEngine;
import app.sqlstudio.howler.stack.policy.Severity;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.test.PulumiTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Cloudflare edge of the prod plan: records, zone settings and every rule, as the engine receives them. */
class EdgeRulesTest {

    static final String ZONE = "5d41402abc4b2a76b9719d911017c592";
    static final String DNS_RECORD = "cloudflare:index/dnsRecord:DnsRecord";
    static final String ZONE_SETTING = "cloudflare:index/zoneSetting:ZoneSetting";
    static final String RULESET = "cloudflare:index/ruleset:Ruleset";

    private final Plan plan = TestStacks.prod();

    @AfterEach
    void cleanUpTheMockEngine() {
        PulumiTest.cleanup();
    }

    private PlannedResource ruleset(String phase) {
        return plan.ofType(RULESET).stream().filter(r -> phase.equals(r.inputs().get("phase"))).findFirst()
                .orElseThrow(() -> new AssertionError("no ruleset for phase " + phase));
    }

    private static Map<String, Object> rule(PlannedResource ruleset, String ref) {
        return ruleset.listAt("rules").stream().map(PlanAssertions::map).filter(r -> ref.equals(r.get("ref")))
                .findFirst().orElseThrow(() -> new AssertionError("no rule " + ref));
    }

    @Test
    void apex_and_api_point_at_the_ingress_ip_and_www_at_the_apex_all_proxied_with_automatic_ttl() {
        var records = plan.ofType(DNS_RECORD).stream()
                .collect(Collectors.toMap(r -> (String) r.inputs().get("name"), PlannedResource::inputs));
        // the address Google reserves on up: unknown in the plan, never made up (the EdgeRules test below shows a
        // known one flowing into the records)
        Object ingressIp = plan.outputs().get("ingressIp");
        assertThat(ingressIp).isEqualTo(PlannedResource.UNKNOWN);
        assertThat(records).containsOnlyKeys("sql-studio.app", "api.sql-studio.app", "www.sql-studio.app");
        assertThat(records.get("sql-studio.app")).containsEntry("type", "A").containsEntry("content", ingressIp);
        assertThat(records.get("api.sql-studio.app")).containsEntry("type", "A").containsEntry("content", ingressIp);
        assertThat(records.get("www.sql-studio.app")).containsEntry("type", "CNAME").containsEntry("content", "sql-studio.app");
        assertThat(records.values()).allSatisfy(r -> assertThat(r).containsEntry("proxied", true)
                .containsEntry("ttl", 1).containsEntry("zoneId", ZONE));
    }

    @Test
    void every_zone_setting_of_the_architecture_is_set_in_the_configured_zone() {
        var settings = plan.ofType(ZONE_SETTING).stream()
                .collect(Collectors.toMap(r -> (String) r.inputs().get("settingId"), r -> r.inputs().get("value")));
        assertThat(settings).containsOnlyKeys("ssl", "min_tls_version", "tls_1_3", "always_use_https",
                "automatic_https_rewrites", "http2", "http3", "0rtt", "brotli", "early_hints", "security_header",
                "security_level", "browser_check");
        assertThat(settings).containsEntry("ssl", "strict").containsEntry("min_tls_version", "1.2")
                .containsEntry("tls_1_3", "on").containsEntry("always_use_https", "on")
                .containsEntry("automatic_https_rewrites", "on").containsEntry("http2", "on")
                .containsEntry("http3", "on").containsEntry("0rtt", "on").containsEntry("brotli", "on")
                .containsEntry("early_hints", "on").containsEntry("security_level", "medium")
                .containsEntry("browser_check", "on");
        assertThat(map(map(settings.get("security_header")).get("strict_transport_security"))).isEqualTo(Map.of(
                "enabled", true, "max_age", 31_536_000, "include_subdomains", true, "preload", true, "nosniff", true));
        assertThat(plan.ofType(ZONE_SETTING)).allSatisfy(s -> assertThat(s.inputs()).containsEntry("zoneId", ZONE));
    }

    @Test
    void every_ruleset_is_the_zones_entry_point_for_its_phase() {
        var rulesets = plan.ofType(RULESET);
        assertThat(rulesets).extracting(r -> r.inputs().get("phase")).containsExactlyInAnyOrder(
                "http_request_cache_settings", "http_request_firewall_managed", "http_request_firewall_custom",
                "http_ratelimit", "http_response_headers_transform", "http_request_dynamic_redirect");
        assertThat(rulesets).allSatisfy(r -> assertThat(r.inputs()).containsEntry("kind", "zone")
                .containsEntry("zoneId", ZONE).doesNotContainKey("accountId"));
        assertThat(rulesets).allSatisfy(r -> assertThat(r.listAt("rules")).allSatisfy(rule -> assertThat(map(rule))
                .containsEntry("enabled", true).containsKeys("ref", "description", "expression", "action")));
    }

    @Test
    void cache_rules_override_the_origin_for_assets_fonts_and_images_and_bypass_html_and_the_api() {
        var cache = ruleset("http_request_cache_settings");
        assertThat(cache.listAt("rules")).extracting(r -> map(r).get("ref"))
                .containsExactly("cache_images", "cache_static_assets", "bypass_html", "bypass_api");
        var assets = rule(cache, "cache_static_assets");
        assertThat(assets).containsEntry("action", "set_cache_settings").containsEntry("expression",
                "(starts_with(http.request.uri.path, \"/assets/\") or "
                        + "http.request.uri.path.extension in {\"eot\" \"otf\" \"ttf\" \"woff\" \"woff2\"})");
        assertThat(map(assets.get("actionParameters"))).isEqualTo(Map.of("cache", true,
                "edgeTtl", Map.of("mode", "override_origin", "default", 31_536_000),
                "browserTtl", Map.of("mode", "override_origin", "default", 31_536_000)));
        assertThat(map(rule(cache, "cache_images").get("actionParameters"))).isEqualTo(Map.of("cache", true,
                "edgeTtl", Map.of("mode", "override_origin", "default", 2_592_000),
                "browserTtl", Map.of("mode", "override_origin", "default", 2_592_000)));
        assertThat(rule(cache, "bypass_api")).containsEntry("actionParameters", Map.of("cache", false))
                .containsEntry("expression", "(http.host eq \"api.sql-studio.app\" or "
                        + "starts_with(http.request.uri.path, \"/api/\"))");
        assertThat(rule(cache, "bypass_html")).containsEntry("actionParameters", Map.of("cache", false));
    }

    @Test
    void the_managed_waf_runs_cloudflares_managed_and_owasp_rulesets() {
        var waf = ruleset("http_request_firewall_managed");
        assertThat(waf.listAt("rules")).extracting(r -> map(r).get("action") + " " + map(r).get("expression") + " "
                + map(map(r).get("actionParameters")).get("id")).containsExactly(
                "execute true efb7b8c949ac4650a09736fc376e9aee", "execute true 4814384a9e5d4991b9815dcfc25d2f1f");
    }

    @Test
    void custom_firewall_rules_block_unverified_bots_and_injection_patterns_in_the_query() {
        var firewall = ruleset("http_request_firewall_custom");
        assertThat(firewall.listAt("rules")).extracting(r -> map(r).get("ref")).containsExactly("block_unverified_bots",
                "block_sql_injection_in_query", "block_xss_in_query", "block_path_traversal_in_query");
        assertThat(firewall.listAt("rules")).allSatisfy(r -> assertThat(map(r)).containsEntry("action", "block")
                .doesNotContainKey("actionParameters"));
        assertThat((String) rule(firewall, "block_unverified_bots").get("expression"))
                .startsWith("(not cf.client.bot and (lower(http.user_agent) contains \"bot/\"");
        assertThat((String) rule(firewall, "block_sql_injection_in_query").get("expression"))
                .contains("lower(url_decode(http.request.uri.query)) contains \"union select\"");
        assertThat((String) rule(firewall, "block_xss_in_query").get("expression"))
                .contains("lower(url_decode(http.request.uri.query)) contains \"<script\"");
        assertThat((String) rule(firewall, "block_path_traversal_in_query").get("expression"))
                .contains("lower(url_decode(http.request.uri.query)) contains \"../\"");
    }

    @Test
    void login_and_api_writes_are_rate_limited_per_ip_with_the_configured_numbers() {
        var limits = ruleset("http_ratelimit");
        var login = rule(limits, "login_rate_limit");
        assertThat(login).containsEntry("action", "block").containsEntry("expression",
                "(http.request.uri.path eq \"/api/auth/login\" and http.request.method eq \"POST\")");
        assertThat(map(login.get("ratelimit"))).isEqualTo(Map.of("characteristics", List.of("cf.colo.id", "ip.src"),
                "requestsPerPeriod", 5, "period", 300, "mitigationTimeout", 3600));
        var writes = rule(limits, "api_write_rate_limit");
        assertThat(writes).containsEntry("action", "managed_challenge").containsEntry("expression",
                "(starts_with(http.request.uri.path, \"/api/\") and "
                        + "http.request.method in {\"DELETE\" \"PATCH\" \"POST\" \"PUT\"})");
        assertThat(map(writes.get("ratelimit"))).isEqualTo(Map.of("characteristics", List.of("cf.colo.id", "ip.src"),
                "requestsPerPeriod", 100, "period", 60, "mitigationTimeout", 0));
    }

    @Test
    void responses_get_the_security_headers_and_www_redirects_to_the_apex() {
        var headers = rule(ruleset("http_response_headers_transform"), "security_headers");
        assertThat(headers).containsEntry("action", "rewrite").containsEntry("expression", "true");
        assertThat(map(map(headers.get("actionParameters")).get("headers"))).isEqualTo(Map.of(
                "X-Frame-Options", Map.of("operation", "set", "value", "DENY"),
                "X-Content-Type-Options", Map.of("operation", "set", "value", "nosniff"),
                "Referrer-Policy", Map.of("operation", "set", "value", "strict-origin-when-cross-origin"),
                "Permissions-Policy", Map.of("operation", "set", "value", "geolocation=(), microphone=(), camera=()")));

        var redirect = rule(ruleset("http_request_dynamic_redirect"), "www_to_apex");
        assertThat(redirect).containsEntry("action", "redirect")
                .containsEntry("expression", "(http.host eq \"www.sql-studio.app\")");
        assertThat(map(map(redirect.get("actionParameters")).get("fromValue"))).isEqualTo(Map.of(
                "targetUrl", Map.of("expression", "concat(\"https://sql-studio.app\", http.request.uri.path)"),
                "statusCode", 301, "preserveQueryString", true));
    }

    @Test
    void everything_is_a_child_of_the_edge_component_and_the_provider_token_is_a_secret() {
        var edge = component(plan, "EdgeRules");
        var children = childrenOf(plan, edge);
        assertThat(children).extracting(PlannedResource::type).filteredOn(t -> t.startsWith("cloudflare:")).hasSize(22);
        var provider = one(plan, "pulumi:providers:cloudflare");
        assertThat(provider.parent()).isEqualTo(edge.urn());
        assertThat(provider.inputs()).containsEntry("apiToken", PlannedResource.SECRET);
        assertThat(plan.where(r -> r.type().startsWith("cloudflare:"))).allSatisfy(r -> assertThat(r.parent()).isEqualTo(edge.urn()));
    }

    @Test
    void the_numbers_come_from_stack_config() {
        var planned = PlanRunner.plan(TestStacks.prodWith(Map.of(
                "howler:cloudflareDnsTtl", "300", "howler:cloudflareMinTlsVersion", "1.3",
                "howler:cloudflareCacheImagesSeconds", "86400", "howler:cloudflareLoginRateLimitRequests", "3",
                "howler:cloudflareApiRateLimitPeriodSeconds", "10", "howler:hstsMaxAgeSeconds", "63072000"))).plan();
        assertThat(planned.ofType(DNS_RECORD)).allSatisfy(r -> assertThat(r.inputs()).containsEntry("ttl", 300));
        var settings = planned.ofType(ZONE_SETTING).stream()
                .collect(Collectors.toMap(r -> (String) r.inputs().get("settingId"), r -> r.inputs().get("value")));
        assertThat(settings).containsEntry("min_tls_version", "1.3");
        assertThat(map(map(settings.get("security_header")).get("strict_transport_security"))).containsEntry("max_age", 63_072_000);
        var rules = planned.ofType(RULESET).stream().flatMap(r -> r.listAt("rules").stream()).map(PlanAssertions::map)
                .collect(Collectors.toMap(r -> (String) r.get("ref"), r -> r));
        assertThat(map(map(rules.get("cache_images").get("actionParameters")).get("edgeTtl"))).containsEntry("default", 86_400);
        assertThat(map(rules.get("login_rate_limit").get("ratelimit"))).containsEntry("requestsPerPeriod", 3);
        assertThat(map(rules.get("api_write_rate_limit").get("ratelimit"))).containsEntry("period", 10);
    }

    @Test
    void an_ephemeral_stack_under_the_zone_publishes_its_records_and_leaves_the_zone_wide_rules_to_prod() {
        var planned = PlanRunner.plan(TestStacks.ephemeral("dev-alice"));
        var dev = planned.plan();
        assertThat(dev.ofType(DNS_RECORD)).extracting(r -> r.inputs().get("name")).containsExactlyInAnyOrder(
                "dev-alice.dev.sql-studio.app", "api.dev-alice.dev.sql-studio.app", "www.dev-alice.dev.sql-studio.app");
        assertThat(dev.ofType(DNS_RECORD)).allSatisfy(r -> assertThat(r.inputs()).containsEntry("zoneId", ZONE)
                .containsEntry("proxied", true));
        assertThat(dev.ofType(ZONE_SETTING)).isEmpty();
        assertThat(dev.ofType(RULESET)).isEmpty();
        var violations = PolicyEngine.standard().evaluate(
                new PolicyContext(dev, planned.config(),
                        LocalDate.parse("2026-11-25"), Optional.empty()));
        assertThat(violations).noneMatch(v -> v.severity() == Severity.MANDATORY);
    }

    @Test
    void records_settings_rulesets_and_the_zone_lookup_all_go_through_the_components_own_provider() {
        var config = TestStacks.prodConfig();
        var cloud = new RecordingCloud(new MockCloud("howlerops-prod", "sql-studio.app"));
        var result = PulumiTest.withMocks(cloud).runTest(ctx -> new EdgeRules("edge",
                EdgeRulesArgs.from(config, Output.of("203.0.113.10")), ComponentResourceOptions.Empty));
        assertThat(result.exceptions()).isEmpty();

        var provider = cloud.named("edge-provider");
        assertThat(provider.type).isEqualTo("pulumi:providers:cloudflare");
        var zoneResources = cloud.ofTypePrefix("cloudflare:");
        assertThat(zoneResources).hasSize(22);
        assertThat(zoneResources).allSatisfy(r -> assertThat(r.provider).contains("::edge-provider::"));
        assertThat(cloud.calls).singleElement().satisfies(call -> {
            assertThat(call.token).isEqualTo("cloudflare:index/getZone:getZone");
            assertThat(call.args).containsEntry("zoneId", ZONE);
            assertThat(call.provider).contains("::edge-provider::");
        });
        assertThat(cloud.named("edge-apex").inputs).containsEntry("content", "203.0.113.10");
    }

    @Test
    void a_zone_id_of_another_domain_fails_the_program_before_the_zone_is_touched() {
        var config = TestStacks.prodConfig();
        var cloud = new RecordingCloud(new MockCloud("howlerops-prod", "example.com"));
        var result = PulumiTest.withMocks(cloud).runTest(ctx -> new EdgeRules("edge",
                EdgeRulesArgs.from(config, Output.of("203.0.113.10")), ComponentResourceOptions.Empty));
        assertThat(result.exceptions()).isNotEmpty();
        assertThat(result.exceptions().get(0)).hasStackTraceContaining("is the zone of 'example.com'");
        assertThat(cloud.ofTypePrefix("cloudflare:")).isEmpty();
    }
}
