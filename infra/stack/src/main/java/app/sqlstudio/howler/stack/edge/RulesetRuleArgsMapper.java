package app.sqlstudio.howler.stack.edge;

import app.sqlstudio.howler.stack.edge.EdgeAction.Block;
import app.sqlstudio.howler.stack.edge.EdgeAction.BypassCache;
import app.sqlstudio.howler.stack.edge.EdgeAction.CacheFor;
import app.sqlstudio.howler.stack.edge.EdgeAction.ExecuteManagedRuleset;
import app.sqlstudio.howler.stack.edge.EdgeAction.RateLimit;
import app.sqlstudio.howler.stack.edge.EdgeAction.Redirect;
import app.sqlstudio.howler.stack.edge.EdgeAction.SetResponseHeaders;
import com.pulumi.cloudflare.inputs.RulesetRuleActionParametersArgs;
import com.pulumi.cloudflare.inputs.RulesetRuleActionParametersBrowserTtlArgs;
import com.pulumi.cloudflare.inputs.RulesetRuleActionParametersEdgeTtlArgs;
import com.pulumi.cloudflare.inputs.RulesetRuleActionParametersFromValueArgs;
import com.pulumi.cloudflare.inputs.RulesetRuleActionParametersFromValueTargetUrlArgs;
import com.pulumi.cloudflare.inputs.RulesetRuleActionParametersHeadersArgs;
import com.pulumi.cloudflare.inputs.RulesetRuleArgs;
import com.pulumi.cloudflare.inputs.RulesetRuleRatelimitArgs;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns an {@link EdgeRule} into the Cloudflare bindings' {@link RulesetRuleArgs}: the only place that knows both. */
final class RulesetRuleArgsMapper {

    /** TTL mode that ignores the origin's Cache-Control and uses the rule's own TTL. */
    static final String OVERRIDE_ORIGIN = "override_origin";

    private RulesetRuleArgsMapper() {
    }

    static RulesetRuleArgs toArgs(EdgeRule rule) {
        var args = RulesetRuleArgs.builder()
                .ref(rule.ref())
                .description(rule.description())
                .expression(rule.expression())
                .action(rule.action().action())
                .enabled(true);
        // Java 17 has no pattern switch: one branch per EdgeAction record; Block takes no parameters.
        EdgeAction action = rule.action();
        if (action instanceof CacheFor cache) {
            args.actionParameters(RulesetRuleActionParametersArgs.builder()
                    .cache(true)
                    .edgeTtl(RulesetRuleActionParametersEdgeTtlArgs.builder()
                            .mode(OVERRIDE_ORIGIN).default_(cache.edgeTtlSeconds()).build())
                    .browserTtl(RulesetRuleActionParametersBrowserTtlArgs.builder()
                            .mode(OVERRIDE_ORIGIN).default_(cache.browserTtlSeconds()).build())
                    .build());
        } else if (action instanceof BypassCache) {
            args.actionParameters(RulesetRuleActionParametersArgs.builder().cache(false).build());
        } else if (action instanceof ExecuteManagedRuleset execute) {
            args.actionParameters(RulesetRuleActionParametersArgs.builder().id(execute.rulesetId()).build());
        } else if (action instanceof RateLimit limit) {
            args.ratelimit(RulesetRuleRatelimitArgs.builder()
                    .characteristics(limit.characteristics())
                    .requestsPerPeriod(limit.requestsPerPeriod())
                    .period(limit.periodSeconds())
                    .mitigationTimeout(limit.mitigationTimeoutSeconds())
                    .build());
        } else if (action instanceof SetResponseHeaders set) {
            Map<String, RulesetRuleActionParametersHeadersArgs> headers = new LinkedHashMap<>();
            set.headers().forEach((name, value) -> headers.put(name,
                    RulesetRuleActionParametersHeadersArgs.builder().operation("set").value(value).build()));
            args.actionParameters(RulesetRuleActionParametersArgs.builder().headers(headers).build());
        } else if (action instanceof Redirect redirect) {
            args.actionParameters(RulesetRuleActionParametersArgs.builder()
                    .fromValue(RulesetRuleActionParametersFromValueArgs.builder()
                            .targetUrl(RulesetRuleActionParametersFromValueTargetUrlArgs.builder()
                                    .expression(redirect.targetUrlExpression()).build())
                            .statusCode(redirect.statusCode())
                            .preserveQueryString(redirect.preserveQueryString())
                            .build())
                    .build());
        } else if (!(action instanceof Block)) {
            throw new IllegalArgumentException("no mapping for " + action);
        }
        return args.build();
    }
}
