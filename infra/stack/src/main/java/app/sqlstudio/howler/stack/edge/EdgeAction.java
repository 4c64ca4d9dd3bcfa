package app.sqlstudio.howler.stack.edge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a Cloudflare rule does when its expression matches, with the parameters that action takes: one record per kind
 * of rule this stack writes. {@link RulesetRuleArgsMapper} turns them into the ruleset's wire shape.
 */
public sealed interface EdgeAction {

    /** The ruleset {@code action} value. */
    String action();

    /** Cache at the edge and in browsers for fixed times, whatever the origin's headers say. */
    record CacheFor(int edgeTtlSeconds, int browserTtlSeconds) implements EdgeAction {
        public String action() {
            return "set_cache_settings";
        }
    }

    /** Never cache: the response is always fetched from the origin. */
    record BypassCache() implements EdgeAction {
        public String action() {
            return "set_cache_settings";
        }
    }

    /** Run a Cloudflare managed ruleset (WAF) with its default actions. */
    record ExecuteManagedRuleset(String rulesetId) implements EdgeAction {
        public ExecuteManagedRuleset {
            Objects.requireNonNull(rulesetId, "rulesetId");
        }

        public String action() {
            return "execute";
        }
    }

    /** Refuse the request with Cloudflare's block page (403). */
    record Block() implements EdgeAction {
        public String action() {
            return "block";
        }
    }

    /**
     * Count matching requests per {@code characteristics} and apply {@code mitigation} once more than
     * {@code requestsPerPeriod} arrive within {@code periodSeconds}, for {@code mitigationTimeoutSeconds}.
     */
    record RateLimit(String mitigation, List<String> characteristics, int requestsPerPeriod, int periodSeconds,
                     int mitigationTimeoutSeconds) implements EdgeAction {
        public RateLimit {
            characteristics = List.copyOf(characteristics);
        }

        public String action() {
            return mitigation;
        }
    }

    /** Set response headers (name → value, in this order), replacing whatever the origin sent. */
    record SetResponseHeaders(Map<String, String> headers) implements EdgeAction {
        public SetResponseHeaders {
            headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        }

        public String action() {
            return "rewrite";
        }
    }

    /** Redirect to the URL {@code targetUrlExpression} evaluates to. */
    record Redirect(String targetUrlExpression, int statusCode, boolean preserveQueryString) implements EdgeAction {
        public String action() {
            return "redirect";
        }
    }
}
