package app.sqlstudio.howler.stack.edge;

import java.util.Objects;

/**
 * One rule of a Cloudflare ruleset. {@code ref} is the rule's stable reference: Cloudflare keeps a rule's id and
 * counters across updates when its ref is unchanged, so refs are never renamed casually.
 */
public record EdgeRule(String ref, String description, String expression, EdgeAction action) {
    public EdgeRule {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(action, "action");
        if (!ref.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("rule ref '" + ref + "' must be lower-case letters, digits and _");
        }
    }
}
