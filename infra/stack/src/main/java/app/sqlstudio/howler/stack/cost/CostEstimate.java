package app.sqlstudio.howler.stack.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A stack's monthly cost by component, at minimum and maximum scale, priced from a dated table. */
public record CostEstimate(String stack, List<CostLine> lines, PriceTable prices) {

    public BigDecimal low() {
        return round(lines.stream().map(CostLine::low).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    public BigDecimal high() {
        return round(lines.stream().map(CostLine::high).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** component → [low, high] */
    public Map<String, BigDecimal[]> byComponent() {
        Map<String, BigDecimal[]> out = new TreeMap<>();
        for (CostLine l : lines) {
            out.merge(l.component(), new BigDecimal[] {l.low(), l.high()},
                    (a, b) -> new BigDecimal[] {a[0].add(b[0]), a[1].add(b[1])});
        }
        out.replaceAll((k, v) -> new BigDecimal[] {round(v[0]), round(v[1])});
        return out;
    }

    static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
