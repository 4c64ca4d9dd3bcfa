/**
 * Howler's typed bindings for the Cloudflare Pulumi provider ({@code pulumi-resource-cloudflare} 6.22.1), in the exact
 * shape of the generated {@code com.pulumi:cloudflare} Java SDK, which this build cannot download: replacing them with
 * the official SDK is a dependency change only.
 *
 * <p>Bound: {@link com.pulumi.cloudflare.DnsRecord}, {@link com.pulumi.cloudflare.Ruleset},
 * {@link com.pulumi.cloudflare.ZoneSetting}, the {@code getZone} invoke
 * ({@link com.pulumi.cloudflare.CloudflareFunctions#getZone(com.pulumi.cloudflare.inputs.GetZoneArgs)}) and the
 * {@link com.pulumi.cloudflare.Provider}, with every property of {@code infra/sdk/schema/cloudflare-6.x-subset.json} plus
 * the 6.22.1 changes of {@code cloudflare-overlay-6.22.1.json} beside it ({@code zoneId} is required on DnsRecord and ZoneSetting: always set it). Every resource and invoke
 * asks the engine for plugin version 6.22.1 ({@code version.txt}); {@code plugin.json} makes the Java language host
 * report that plugin as required. {@code CloudflareBindingsConformanceTest} checks each class against the schema.
 *
 * <pre>{@code
 * var zoneId = CloudflareFunctions.getZone(GetZoneArgs.builder()
 *         .filter(GetZoneFilterArgs.builder().name("sql-studio.app").build())
 *         .build())
 *     .applyValue(GetZoneResult::zoneId);
 *
 * new DnsRecord("apex", DnsRecordArgs.builder()
 *     .zoneId(zoneId).name("@").type("A").content(ingressIp).ttl(1.0).proxied(true)
 *     .build());
 *
 * new Ruleset("cache", RulesetArgs.builder()
 *     .zoneId(zoneId).kind("zone").phase("http_request_cache_settings").name("cache settings")
 *     .rules(RulesetRuleArgs.builder()
 *         .ref("cache_assets")
 *         .expression("(starts_with(http.request.uri.path, \"/assets/\"))")
 *         .action("set_cache_settings")
 *         .actionParameters(RulesetRuleActionParametersArgs.builder()
 *             .cache(true)
 *             .edgeTtl(RulesetRuleActionParametersEdgeTtlArgs.builder().mode("override_origin").default_(31536000).build())
 *             .browserTtl(RulesetRuleActionParametersBrowserTtlArgs.builder().mode("override_origin").default_(31536000).build())
 *             .build())
 *         .build())
 *     .build());
 *
 * new ZoneSetting("ssl", ZoneSettingArgs.builder().zoneId(zoneId).settingId("ssl").value("strict").build());
 * }</pre>
 */
package com.pulumi.cloudflare;
