package app.sqlstudio.howler.stack.config;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes resource quantity ("100m", "2", "256Mi", "1Gi") kept as written and as a number of base units
 * (cores or bytes), so policies can compare requests, limits and quotas exactly.
 */
public record Quantity(String text, BigDecimal value) implements Comparable<Quantity> {

    private static final Pattern FORMAT = Pattern.compile("^([0-9]+(?:\\.[0-9]+)?)(m|k|M|G|T|Ki|Mi|Gi|Ti)?$");
    private static final Map<String, BigDecimal> SUFFIXES = Map.of(
            "m", new BigDecimal("0.001"),
            "k", BigDecimal.valueOf(1_000L),
            "M", BigDecimal.valueOf(1_000_000L),
            "G", BigDecimal.valueOf(1_000_000_000L),
            "T", BigDecimal.valueOf(1_000_000_000_000L),
            "Ki", BigDecimal.valueOf(1024L),
            "Mi", BigDecimal.valueOf(1024L * 1024),
            "Gi", BigDecimal.valueOf(1024L * 1024 * 1024),
            "Ti", BigDecimal.valueOf(1024L * 1024 * 1024 * 1024));

    public Quantity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
    }

    /** Parses a quantity; throws {@link IllegalArgumentException} naming the accepted forms. */
    public static Quantity parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a Kubernetes quantity such as 100m, 2, 256Mi or 1Gi");
        }
        BigDecimal number = new BigDecimal(m.group(1));
        String suffix = m.group(2);
        BigDecimal scaled = suffix == null ? number : number.multiply(SUFFIXES.get(suffix));
        return new Quantity(text.trim(), scaled.stripTrailingZeros());
    }

    public Quantity times(long factor) {
        return new Quantity(text + "×" + factor, value.multiply(BigDecimal.valueOf(factor)));
    }

    public Quantity plus(Quantity other) {
        return new Quantity(text + "+" + other.text, value.add(other.value));
    }

    /** limit / request, as Kubernetes computes it for LimitRange maxLimitRequestRatio. */
    public BigDecimal ratioTo(Quantity request) {
        return value.divide(request.value, 4, java.math.RoundingMode.HALF_UP);
    }

    @Override
    public int compareTo(Quantity o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return text;
    }
}
