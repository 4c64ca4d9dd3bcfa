package app.sqlstudio.howler.stack.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** The dated price table kept in the repository (prices.json); estimates say which date they are priced at. */
public record PriceTable(LocalDate asOf, String currency, String sources, int hoursPerMonth,
                         BigDecimal gkeClusterManagementPerHour, Map<String, BigDecimal> machineTypesPerHour,
                         BigDecimal persistentDiskBalancedPerGbMonth, BigDecimal loadBalancerForwardingRulePerHour,
                         BigDecimal staticIpInUsePerHour, BigDecimal artifactRegistryPerGbMonth,
                         int artifactRegistryAssumedGb, BigDecimal kmsKeyVersionPerMonth,
                         Map<String, BigDecimal> tursoPlansPerMonth, Map<String, BigDecimal> cloudflarePlansPerMonth,
                         SeedEstimate seedEstimate) {

    /** The seed's own monthly estimate, shown beside ours. */
    public record SeedEstimate(BigDecimal low, BigDecimal high) { }

    private static final ObjectMapper JSON = new ObjectMapper();

    public static PriceTable standard() {
        try (InputStream in = PriceTable.class.getResourceAsStream("prices.json")) {
            if (in == null) {
                throw new IllegalStateException("prices.json is missing from the classpath");
            }
            var node = JSON.readTree(in);
            return new PriceTable(LocalDate.parse(node.get("asOf").asText()), node.get("currency").asText(),
                    node.get("sources").asText(), node.get("hoursPerMonth").asInt(),
                    node.get("gkeClusterManagementPerHour").decimalValue(),
                    prices(node.get("machineTypesPerHour")),
                    node.get("persistentDiskBalancedPerGbMonth").decimalValue(),
                    node.get("loadBalancerForwardingRulePerHour").decimalValue(),
                    node.get("staticIpInUsePerHour").decimalValue(),
                    node.get("artifactRegistryPerGbMonth").decimalValue(),
                    node.get("artifactRegistryAssumedGb").asInt(),
                    node.get("kmsKeyVersionPerMonth").decimalValue(),
                    prices(node.get("tursoPlansPerMonth")),
                    prices(node.get("cloudflarePlansPerMonth")),
                    new SeedEstimate(node.get("seedEstimate").get("low").decimalValue(), node.get("seedEstimate").get("high").decimalValue()));
        } catch (IOException e) {
            throw new IllegalStateException("prices.json could not be read: " + e.getMessage(), e);
        }
    }

    private static Map<String, BigDecimal> prices(JsonNode node) {
        return JSON.convertValue(node, JSON.getTypeFactory().constructMapType(Map.class, String.class, BigDecimal.class));
    }

    public BigDecimal monthly(BigDecimal perHour) {
        return perHour.multiply(BigDecimal.valueOf(hoursPerMonth));
    }
}
