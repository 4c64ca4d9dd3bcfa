package app.sqlstudio.howler.stack.edge;

import com.pulumi.cloudflare.CloudflareFunctions;
import com.pulumi.cloudflare.DnsRecord;
import com.pulumi.cloudflare.DnsRecordArgs;
import com.pulumi.cloudflare.Provider;
import com.pulumi.cloudflare.ProviderArgs;
import com.pulumi.cloudflare.Ruleset;
import com.pulumi.cloudflare.RulesetArgs;
import com.pulumi.cloudflare.ZoneSetting;
import com.pulumi.cloudflare.ZoneSettingArgs;
import com.pulumi.cloudflare.inputs.GetZoneArgs;
import com.pulumi.cloudflare.inputs.RulesetRuleArgs;
import com.pulumi.core.Output;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed's edge layer at Cloudflare: the proxied DNS records of the apex, {@code api} and {@code www} pointing at
 * the ingress IP, the zone's TLS and security settings, and one ruleset per phase (cache, managed WAF, custom
 * firewall, rate limits, response headers, www redirect). Everything goes through its own Cloudflare provider, built
 * from the stack's API token, and into the configured zone once Cloudflare confirms the id is that zone's. Settings and
 * rulesets are zone-wide (one ruleset per zone and phase), so only the stack whose domain is the zone creates them;
 * a stack under it (an ephemeral {@code <stack>.dev.<zone>}) adds its records and nothing else.
 */
public final class EdgeRules extends ComponentResource {

    public final Output<String> zoneId;
    /** The names Cloudflare publishes: apex, api and www. */
    public final Output<List<String>> recordNames;
    /** Ruleset id by phase; empty when the stack does not manage the zone. */
    public final Output<Map<String, String>> rulesetIds;

    public EdgeRules(String name, EdgeRulesArgs args, ComponentResourceOptions opts) {
        super("howler:infra:EdgeRules", name, opts);
        String domain = args.domain();
        var edge = args.edge();

        var provider = new Provider(name + "-provider", ProviderArgs.builder()
                .apiToken(args.apiToken())
                .build(), CustomResourceOptions.builder().parent(this).build());
        var inZone = CustomResourceOptions.builder().parent(this).provider(provider).build();

        this.zoneId = CloudflareFunctions.getZone(GetZoneArgs.builder().zoneId(edge.zoneId()).build(),
                        new InvokeOptions(this, provider, null))
                .applyValue(zone -> ZoneCheck.zoneIdFor(zone.id(), zone.name(), edge.zone()));

        // Full names, not "@" or "api": Cloudflare stores full names, and a short name shows a change on every
        // preview (cloudflare/terraform-provider-cloudflare#5440).
        List<String> names = List.of(domain, "api." + domain, "www." + domain);
        record(name + "-apex", "A", names.get(0), args.ingressIp(), edge.dnsTtl(), inZone);
        record(name + "-api", "A", names.get(1), args.ingressIp(), edge.dnsTtl(), inZone);
        record(name + "-www", "CNAME", names.get(2), Output.of(domain), edge.dnsTtl(), inZone);
        this.recordNames = Output.of(names);

        if (!args.managesZone()) {
            this.rulesetIds = Output.of(Map.of());
            registerOutputs(Map.of("zoneId", zoneId, "recordNames", recordNames, "rulesetIds", rulesetIds));
            return;
        }

        ZoneSettings.of(edge.minTlsVersion(), args.hstsMaxAgeSeconds()).forEach((settingId, value) ->
                new ZoneSetting(name + "-setting-" + settingId.replace('_', '-'), ZoneSettingArgs.builder()
                        .zoneId(zoneId)
                        .settingId(settingId)
                        .value(value)
                        .build(), inZone));

        Map<String, Output<String>> ids = new LinkedHashMap<>();
        for (EdgeRuleset ruleset : EdgeRulesets.all(domain, edge)) {
            List<RulesetRuleArgs> rules = new ArrayList<>();
            ruleset.rules().forEach(rule -> rules.add(RulesetRuleArgsMapper.toArgs(rule)));
            var resource = new Ruleset(name + "-" + ruleset.key(), RulesetArgs.builder()
                    .zoneId(zoneId)
                    .kind("zone")
                    .phase(ruleset.phase())
                    .name(ruleset.description())
                    .description(ruleset.description() + " (managed by Howler)")
                    .rules(rules)
                    .build(), inZone);
            ids.put(ruleset.phase(), resource.id());
        }
        this.rulesetIds = Output.all(List.copyOf(ids.values())).applyValue(values -> {
            Map<String, String> byPhase = new LinkedHashMap<>();
            var phases = ids.keySet().iterator();
            values.forEach(id -> byPhase.put(phases.next(), id));
            return byPhase;
        });

        registerOutputs(Map.of("zoneId", zoneId, "recordNames", recordNames, "rulesetIds", rulesetIds));
    }

    private void record(String resourceName, String type, String recordName, Output<String> content, int ttl,
                        CustomResourceOptions options) {
        new DnsRecord(resourceName, DnsRecordArgs.builder()
                .zoneId(zoneId)
                .name(recordName)
                .type(type)
                .content(content)
                .ttl((double) ttl)
                .proxied(true)
                .comment("Managed by Howler")
                .build(), options);
    }
}
