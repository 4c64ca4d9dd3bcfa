package app.sqlstudio.howler.stack.edge;

import java.util.List;
import java.util.Objects;

/**
 * A zone's entry-point ruleset for one phase: Cloudflare allows one per zone and phase, so {@code key} (which names
 * the Pulumi resource) is unique too.
 */
public record EdgeRuleset(String key, String phase, String description, List<EdgeRule> rules) {
    public EdgeRuleset {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(description, "description");
        rules = List.copyOf(rules);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("ruleset " + key + " has no rules");
        }
    }
}
