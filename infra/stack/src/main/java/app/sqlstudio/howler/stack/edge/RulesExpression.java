package app.sqlstudio.howler.stack.edge;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds Cloudflare Rules language expressions from fields and values, quoting every literal, so no expression is
 * assembled by hand and no value can break out of its string. Only operators and functions every plan accepts are
 * used: {@code matches} (regular expressions) needs the Business plan, so patterns are {@code contains} lists.
 */
public final class RulesExpression {

    /** Matches every request: how a phase's catch-all rule (managed WAF, response headers) is written. */
    public static final String ALWAYS = "true";

    private RulesExpression() {
    }

    /** A double-quoted string literal; backslash and quote are the only characters the language escapes. */
    public static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    public static String eq(String field, String value) {
        return field + " eq " + quote(value);
    }

    /** {@code field in {"a" "b"}}: set members are separated by spaces, in the order given. */
    public static String in(String field, Collection<String> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an 'in' set needs at least one value");
        }
        return field + " in {" + values.stream().map(RulesExpression::quote).collect(Collectors.joining(" ")) + "}";
    }

    public static String startsWith(String field, String prefix) {
        return "starts_with(" + field + ", " + quote(prefix) + ")";
    }

    /** True when {@code field} contains any of {@code needles}. */
    public static String containsAny(String field, List<String> needles) {
        return anyOf(needles.stream().map(n -> field + " contains " + quote(n)).toList());
    }

    /** Lower-cases a field, so a pattern matches however the client cased it. */
    public static String lower(String field) {
        return "lower(" + field + ")";
    }

    /** Percent-decodes a field, so an encoded pattern ({@code %3Cscript}) is seen as what it is. */
    public static String urlDecoded(String field) {
        return "url_decode(" + field + ")";
    }

    public static String concat(String... parts) {
        return "concat(" + String.join(", ", parts) + ")";
    }

    public static String anyOf(String... clauses) {
        return join(" or ", List.of(clauses));
    }

    public static String anyOf(List<String> clauses) {
        return join(" or ", clauses);
    }

    public static String allOf(String... clauses) {
        return join(" and ", List.of(clauses));
    }

    public static String not(String clause) {
        return "not " + clause;
    }

    /** Parenthesised so the result can be nested anywhere without precedence surprises. */
    private static String join(String operator, List<String> clauses) {
        if (clauses.isEmpty()) {
            throw new IllegalArgumentException("an expression needs at least one clause");
        }
        return clauses.size() == 1 ? "(" + clauses.get(0) + ")" : "(" + String.join(operator, clauses) + ")";
    }
}
