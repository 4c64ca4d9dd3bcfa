package app.sqlstudio.howler.stack.cost;

import java.math.BigDecimal;

/** One priced item of a component: what it is, and its monthly cost at minimum and at maximum scale. */
public record CostLine(String component, String item, BigDecimal low, BigDecimal high) { }
