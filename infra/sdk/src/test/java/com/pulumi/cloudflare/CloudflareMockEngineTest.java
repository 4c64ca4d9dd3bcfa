package com.pulumi.cloudflare;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Value;
import com.pulumi.Log;
import com.pulumi.cloudflare.inputs.GetZoneArgs;
import com.pulumi.cloudflare.inputs.GetZoneFilterArgs;
import com.pulumi.cloudflare.inputs.GetZonePlainArgs;
import com.pulumi.cloudflare.inputs.RulesetRuleActionParametersArgs;
import com.pulumi.cloudflare.inputs.RulesetRuleActionParametersBrowserTtlArgs;
import com.pulumi.cloudflare.inputs.RulesetRuleActionParametersEdgeTtlArgs;
import com.pulumi.cloudflare.inputs.RulesetRuleActionParametersFromValueArgs;
import com.pulumi.cloudflare.inputs.RulesetRuleActionParametersFromValueTargetUrlArgs;
import com.pulumi.cloudflare.inputs.RulesetRuleActionParametersHeadersArgs;
import com.pulumi.cloudflare.inputs.RulesetRuleArgs;
import com.pulumi.cloudflare.inputs.RulesetRuleRatelimitArgs;
import com.pulumi.cloudflare.outputs.GetZoneResult;
import com.pulumi.cloudflare.outputs.RulesetRule;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.test.Mocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.MockMonitor;
import com.pulumi.test.internal.PulumiTestInternal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pulumirpc.Resource.RegisterResourceRequest;

/**
 * The bindings under Pulumi's mock engine: what the engine receives on the wire (type tokens, camelCase names,
 * nested maps, numbers as doubles, the pinned plugin version, secrets) and what the SDK reads back into the
 * output types, for resources and for the getZone invoke.
 */
class CloudflareMockEngineTest {
    static final String ZONE_ID = "023e105f4ecef8ad9ca31a8372d0c353";
    static final String GET_ZONE = "cloudflare:index/getZone:getZone";
    /** Secret marker of the Pulumi wire format (a secret value is an object with this key and value). */
    static final String SECRET_SIG = "4dabf18193072939515e22adb298388d";

    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    /** Echoes inputs as outputs and adds what Cloudflare computes; answers getZone like the provider would. */
    static final class CloudflareMocks implements Mocks {
        final List<ResourceArgs> resources = new CopyOnWriteArrayList<>();
        final List<CallArgs> calls = new CopyOnWriteArrayList<>();

        @Override
        public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
            resources.add(args);
            Map<String, Object> state = new HashMap<>(args.inputs);
            switch (args.type) {
                case "cloudflare:index/dnsRecord:DnsRecord" -> {
                    state.putAll(Map.of("createdOn", "2026-11-25T10:00:00Z", "modifiedOn", "2026-11-25T10:00:00Z",
                        "commentModifiedOn", "2026-11-25T10:00:00Z", "tagsModifiedOn", "2026-11-25T10:00:00Z",
                        "meta", "{}", "proxiable", true, "includeShadowMetadata", false,
                        "settings", Map.of("flattenCname", false, "ipv4Only", false, "ipv6Only", false)));
                    state.putIfAbsent("tags", List.of());
                    state.putIfAbsent("proxied", false);
                }
                case "cloudflare:index/ruleset:Ruleset" -> {
                    state.put("lastUpdated", "2026-11-25T10:00:00Z");
                    state.put("version", "1");
                    state.putIfAbsent("description", "");
                    state.putIfAbsent("rules", List.of());
                }
                case "cloudflare:index/zoneSetting:ZoneSetting" -> state.putAll(Map.of("editable", true, "enabled", true,
                    "modifiedOn", "2026-11-25T10:00:00Z", "timeRemaining", 0.0));
                default -> { }
            }
            return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(args.name + "-id"), state));
        }

        @Override
        public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
            calls.add(args);
            if (!args.token.equals(GET_ZONE)) {
                return CompletableFuture.failedFuture(new IllegalArgumentException("unexpected invoke " + args.token));
            }
            Map<String, Object> zone = new HashMap<>();
            zone.put("id", ZONE_ID);
            zone.put("zoneId", ZONE_ID);
            zone.put("name", "sql-studio.app");
            zone.put("status", "active");
            zone.put("type", "full");
            zone.put("paused", false);
            zone.put("developmentMode", 0.0);
            zone.put("nameServers", List.of("ada.ns.cloudflare.com", "bob.ns.cloudflare.com"));
            zone.put("originalNameServers", List.of());
            zone.put("vanityNameServers", List.of());
            zone.put("permissions", List.of("#zone:read"));
            zone.put("activatedOn", "2026-01-01T00:00:00Z");
            zone.put("createdOn", "2026-01-01T00:00:00Z");
            zone.put("modifiedOn", "2026-01-01T00:00:00Z");
            zone.put("cnameSuffix", "cdn.cloudflare.net");
            zone.put("originalDnshost", "");
            zone.put("originalRegistrar", "");
            zone.put("verificationKey", "");
            zone.put("account", Map.of("id", "acc", "name", "HowlerOps"));
            zone.put("owner", Map.of("id", "own", "name", "HowlerOps", "type", "organization"));
            zone.put("tenant", Map.of("id", "", "name", ""));
            zone.put("tenantUnit", Map.of("id", ""));
            zone.put("meta", Map.of("cdnOnly", false, "customCertificateQuota", 1.0, "dnsOnly", false, "foundationDns", false,
                "pageRuleQuota", 3.0, "phishingDetected", false, "step", 2.0));
            zone.put("plan", Map.of("canSubscribe", false, "currency", "USD", "externallyManaged", false, "frequency", "monthly",
                "id", "free", "isSubscribed", true, "legacyDiscount", false, "legacyId", "free", "name", "Free Website", "price", 0.0));
            if (args.args.get("filter") != null) {
                zone.put("filter", args.args.get("filter"));
            }
            return CompletableFuture.completedFuture(zone);
        }

        ResourceArgs resource(String name) {
            return resources.stream().filter(r -> r.name.equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no resource " + name + " registered; got " + resources.stream().map(r -> r.name).toList()));
        }
    }

    static Output<String> zoneIdOf(String domain) {
        return CloudflareFunctions.getZone(GetZoneArgs.builder()
                .filter(GetZoneFilterArgs.builder().name(domain).build())
                .build())
            .applyValue(GetZoneResult::zoneId);
    }

    static DnsRecord apexRecord(Output<String> zoneId) {
        return new DnsRecord("apex", DnsRecordArgs.builder()
            .zoneId(zoneId)
            .name("@")
            .type("A")
            .content("203.0.113.10")
            .ttl(1.0)
            .proxied(true)
            .comment("ingress-nginx load balancer")
            .tags("managed-by:howler")
            .build());
    }

    static Ruleset cacheRuleset(Output<String> zoneId) {
        return new Ruleset("cache", RulesetArgs.builder()
            .zoneId(zoneId)
            .name("howler cache settings")
            .kind("zone")
            .phase("http_request_cache_settings")
            .rules(
                RulesetRuleArgs.builder()
                    .ref("cache_assets")
                    .description("Static assets: 1 year at the edge and in browsers")
                    .expression("(starts_with(http.request.uri.path, \"/assets/\"))")
                    .action("set_cache_settings")
                    .actionParameters(RulesetRuleActionParametersArgs.builder()
                        .cache(true)
                        .edgeTtl(RulesetRuleActionParametersEdgeTtlArgs.builder().mode("override_origin").default_(31536000).build())
                        .browserTtl(RulesetRuleActionParametersBrowserTtlArgs.builder().mode("override_origin").default_(31536000).build())
                        .build())
                    .build(),
                RulesetRuleArgs.builder()
                    .ref("bypass_api")
                    .expression("(http.host eq \"api.sql-studio.app\")")
                    .action("set_cache_settings")
                    .actionParameters(RulesetRuleActionParametersArgs.builder().cache(false).build())
                    .enabled(true)
                    .build())
            .build());
    }

    @Test
    void dns_record_ruleset_and_zone_setting_reach_the_engine_with_camelCase_names_and_nested_maps() {
        var mocks = new CloudflareMocks();
        var captured = new AtomicReference<Ruleset>();
        TestResult result = PulumiTest.withMocks(mocks).runTest(ctx -> {
            var zoneId = zoneIdOf("sql-studio.app");
            apexRecord(zoneId);
            captured.set(cacheRuleset(zoneId));
            new Ruleset("ratelimit", RulesetArgs.builder()
                .zoneId(zoneId).name("howler rate limits").kind("zone").phase("http_ratelimit")
                .rules(RulesetRuleArgs.builder()
                    .ref("login")
                    .expression("(http.request.uri.path eq \"/api/auth/login\" and http.request.method eq \"POST\")")
                    .action("block")
                    .ratelimit(RulesetRuleRatelimitArgs.builder()
                        .characteristics("cf.colo.id", "ip.src")
                        .period(300)
                        .requestsPerPeriod(5)
                        .mitigationTimeout(3600)
                        .build())
                    .build())
                .build());
            new Ruleset("headers", RulesetArgs.builder()
                .zoneId(zoneId).name("howler security headers").kind("zone").phase("http_response_headers_transform")
                .rules(RulesetRuleArgs.builder()
                    .expression("true")
                    .action("rewrite")
                    .actionParameters(RulesetRuleActionParametersArgs.builder()
                        .headers(Map.of(
                            "X-Frame-Options", RulesetRuleActionParametersHeadersArgs.builder().operation("set").value("DENY").build(),
                            "Server", RulesetRuleActionParametersHeadersArgs.builder().operation("remove").build()))
                        .build())
                    .build())
                .build());
            new Ruleset("redirect", RulesetArgs.builder()
                .zoneId(zoneId).name("howler redirects").kind("zone").phase("http_request_dynamic_redirect")
                .rules(RulesetRuleArgs.builder()
                    .expression("(http.host eq \"www.sql-studio.app\")")
                    .action("redirect")
                    .actionParameters(RulesetRuleActionParametersArgs.builder()
                        .fromValue(RulesetRuleActionParametersFromValueArgs.builder()
                            .statusCode(301)
                            .preserveQueryString(true)
                            .targetUrl(RulesetRuleActionParametersFromValueTargetUrlArgs.builder()
                                .expression("concat(\"https://sql-studio.app\", http.request.uri.path)")
                                .build())
                            .build())
                        .build())
                    .build())
                .build());
            new Ruleset("waf", RulesetArgs.builder()
                .zoneId(zoneId).name("howler managed WAF").kind("zone").phase("http_request_firewall_managed")
                .rules(RulesetRuleArgs.builder()
                    .expression("true")
                    .action("execute")
                    .actionParameters(RulesetRuleActionParametersArgs.builder().id("efb7b8c949ac4650a09736fc376e9aee").build())
                    .build())
                .build());
            new ZoneSetting("ssl", ZoneSettingArgs.builder().zoneId(zoneId).settingId("ssl").value("strict").build());
            new ZoneSetting("hsts", ZoneSettingArgs.builder().zoneId(zoneId).settingId("security_header")
                .value(Map.of("strict_transport_security", Map.of("enabled", true, "max_age", 31536000,
                    "include_subdomains", true, "preload", true, "nosniff", true)))
                .build());
        });

        assertThat(result.exceptions()).isEmpty();
        assertThat(result.errors()).isEmpty();

        var apex = mocks.resource("apex");
        assertThat(apex.type).isEqualTo("cloudflare:index/dnsRecord:DnsRecord");
        assertThat(apex.inputs).containsExactlyInAnyOrderEntriesOf(Map.of(
            "zoneId", ZONE_ID, "name", "@", "type", "A", "content", "203.0.113.10", "ttl", 1.0, "proxied", true,
            "comment", "ingress-nginx load balancer", "tags", List.of("managed-by:howler")));

        var cache = mocks.resource("cache");
        assertThat(cache.type).isEqualTo("cloudflare:index/ruleset:Ruleset");
        assertThat(cache.inputs).containsEntry("zoneId", ZONE_ID).containsEntry("kind", "zone")
            .containsEntry("phase", "http_request_cache_settings").containsEntry("name", "howler cache settings");
        assertThat(cache.inputs.get("rules")).isEqualTo(List.of(
            Map.of("ref", "cache_assets",
                "description", "Static assets: 1 year at the edge and in browsers",
                "expression", "(starts_with(http.request.uri.path, \"/assets/\"))",
                "action", "set_cache_settings",
                "actionParameters", Map.of(
                    "cache", true,
                    "edgeTtl", Map.of("mode", "override_origin", "default", 31536000.0),
                    "browserTtl", Map.of("mode", "override_origin", "default", 31536000.0))),
            Map.of("ref", "bypass_api", "expression", "(http.host eq \"api.sql-studio.app\")", "action", "set_cache_settings",
                "actionParameters", Map.of("cache", false), "enabled", true)));

        assertThat(mocks.resource("ratelimit").inputs.get("rules")).isEqualTo(List.of(Map.of(
            "ref", "login",
            "expression", "(http.request.uri.path eq \"/api/auth/login\" and http.request.method eq \"POST\")",
            "action", "block",
            "ratelimit", Map.of("characteristics", List.of("cf.colo.id", "ip.src"), "period", 300.0,
                "requestsPerPeriod", 5.0, "mitigationTimeout", 3600.0))));
        assertThat(mocks.resource("headers").inputs.get("rules")).isEqualTo(List.of(Map.of(
            "expression", "true", "action", "rewrite",
            "actionParameters", Map.of("headers", Map.of(
                "X-Frame-Options", Map.of("operation", "set", "value", "DENY"),
                "Server", Map.of("operation", "remove"))))));
        assertThat(mocks.resource("redirect").inputs.get("rules")).isEqualTo(List.of(Map.of(
            "expression", "(http.host eq \"www.sql-studio.app\")", "action", "redirect",
            "actionParameters", Map.of("fromValue", Map.of("statusCode", 301.0, "preserveQueryString", true,
                "targetUrl", Map.of("expression", "concat(\"https://sql-studio.app\", http.request.uri.path)"))))));
        assertThat(mocks.resource("waf").inputs.get("rules")).isEqualTo(List.of(Map.of(
            "expression", "true", "action", "execute", "actionParameters", Map.of("id", "efb7b8c949ac4650a09736fc376e9aee"))));

        var ssl = mocks.resource("ssl");
        assertThat(ssl.type).isEqualTo("cloudflare:index/zoneSetting:ZoneSetting");
        assertThat(ssl.inputs).containsExactlyInAnyOrderEntriesOf(Map.of("zoneId", ZONE_ID, "settingId", "ssl", "value", "strict"));
        assertThat(mocks.resource("hsts").inputs.get("value")).isEqualTo(Map.of("strict_transport_security", Map.of(
            "enabled", true, "max_age", 31536000.0, "include_subdomains", true, "preload", true, "nosniff", true)));

        // The provider's answer comes back through the output types, nested ones and the Java-reserved `default` included.
        List<RulesetRule> rules = PulumiTest.extractValue(captured.get().rules());
        assertThat(rules).hasSize(2);
        var assets = rules.get(0);
        assertThat(assets.action()).isEqualTo("set_cache_settings");
        assertThat(assets.ref()).contains("cache_assets");
        assertThat(assets.actionParameters().orElseThrow().edgeTtl().orElseThrow().default_()).contains(31536000);
        assertThat(assets.actionParameters().orElseThrow().browserTtl().orElseThrow().mode()).isEqualTo("override_origin");
        assertThat(PulumiTest.extractValue(captured.get().version())).isEqualTo("1");
        assertThat(PulumiTest.extractValue(captured.get().zoneId())).contains(ZONE_ID);
    }

    @Test
    void getZone_goes_through_the_mock_callAsync_and_decodes_into_GetZoneResult() {
        var mocks = new CloudflareMocks();
        var result = new AtomicReference<Output<GetZoneResult>>();
        var plain = new AtomicReference<CompletableFuture<GetZoneResult>>();
        TestResult run = PulumiTest.withMocks(mocks).runTest(ctx -> {
            result.set(CloudflareFunctions.getZone(GetZoneArgs.builder()
                .filter(GetZoneFilterArgs.builder().name("sql-studio.app").status("active").build())
                .build()));
            plain.set(CloudflareFunctions.getZonePlain(GetZonePlainArgs.builder().zoneId(ZONE_ID).build()));
        });

        assertThat(run.exceptions()).isEmpty();
        GetZoneResult zone = PulumiTest.extractValue(result.get());
        assertThat(zone.zoneId()).isEqualTo(ZONE_ID);
        assertThat(zone.name()).isEqualTo("sql-studio.app");
        assertThat(zone.nameServers()).containsExactly("ada.ns.cloudflare.com", "bob.ns.cloudflare.com");
        assertThat(zone.plan().name()).isEqualTo("Free Website");
        assertThat(zone.meta().pageRuleQuota()).isEqualTo(3);
        assertThat(zone.filter()).hasValueSatisfying(f -> assertThat(f.name()).contains("sql-studio.app"));
        assertThat(plain.get().join().zoneId()).isEqualTo(ZONE_ID);

        assertThat(mocks.calls).extracting(c -> c.token).containsOnly(GET_ZONE);
        assertThat(mocks.calls).extracting(c -> (Object) c.args).containsExactlyInAnyOrder(
            Map.of("filter", Map.of("name", "sql-studio.app", "status", "active")),
            Map.of("zoneId", ZONE_ID));
    }

    @Test
    void every_registration_asks_for_plugin_6_22_1_and_the_api_token_stays_secret() {
        var mocks = new CloudflareMocks();
        List<RegisterResourceRequest> requests = new CopyOnWriteArrayList<>();
        TestResult result = PulumiTestInternal.builder()
            .mocks(mocks)
            .monitorDecorator(inner -> new MockMonitor(mocks, Log.ignore()) {
                @Override
                public CompletableFuture<pulumirpc.Resource.RegisterResourceResponse> registerResourceAsync(
                        com.pulumi.resources.Resource resource, RegisterResourceRequest request) {
                    requests.add(request);
                    return inner.registerResourceAsync(resource, request);
                }
            })
            .build()
            .runTest(ctx -> {
                var provider = new Provider("cloudflare", ProviderArgs.builder().apiToken("cf-token").build());
                new DnsRecord("www", DnsRecordArgs.builder().zoneId(ZONE_ID).name("www").type("CNAME")
                    .content("sql-studio.app").ttl(1.0).proxied(true).build(),
                    CustomResourceOptions.builder().provider(provider).build());
                new ZoneSetting("min-tls", ZoneSettingArgs.builder().zoneId(ZONE_ID).settingId("min_tls_version").value("1.2").build(),
                    CustomResourceOptions.builder().provider(provider).build());
            });

        assertThat(result.exceptions()).isEmpty();
        assertThat(requests).extracting(RegisterResourceRequest::getType)
            .contains("pulumi:providers:cloudflare", "cloudflare:index/dnsRecord:DnsRecord", "cloudflare:index/zoneSetting:ZoneSetting");
        assertThat(requests).filteredOn(r -> r.getType().startsWith("cloudflare:") || r.getType().equals("pulumi:providers:cloudflare"))
            .allSatisfy(r -> assertThat(r.getVersion()).as(r.getType()).isEqualTo("6.22.1"));

        var providerRequest = requests.stream().filter(r -> r.getType().equals("pulumi:providers:cloudflare")).findFirst().orElseThrow();
        Value token = providerRequest.getObject().getFieldsOrThrow("apiToken");
        assertThat(token.getStructValue().getFieldsOrThrow(SECRET_SIG).getStringValue()).isNotEmpty();
        assertThat(token.getStructValue().getFieldsOrThrow("value").getStringValue()).isEqualTo("cf-token");
        assertThat(providerRequest.getAdditionalSecretOutputsList()).contains("apiToken", "apiKey", "apiUserServiceKey");

        var www = requests.stream().filter(r -> r.getName().equals("www")).findFirst().orElseThrow();
        assertThat(www.getProvider()).contains("pulumi:providers:cloudflare::cloudflare");
        assertThat(www.getAliasesList()).anySatisfy(a -> assertThat(a.getSpec().getType()).isEqualTo("cloudflare:index/record:Record"));
    }
}
