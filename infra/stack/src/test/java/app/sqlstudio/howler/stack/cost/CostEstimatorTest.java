package app.sqlstudio.howler.stack.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.sqlstudio.howler.stack.PlanEdits;
import app.sqlstudio.howler.stack.TestStacks;
import app.sqlstudio.howler.stack.plan.Plan;
import app.sqlstudio.howler.stack.plan.PlannedResource;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CostEstimatorTest {

    private final CostEstimator estimator = new CostEstimator(PriceTable.standard());

    /** The Google Cloud part of prod, priced by hand from prices.json (2026-11-01). */
    private static Plan googleCloudOfProd() {
        return PlanEdits.without(TestStacks.prod(), r -> r.type().startsWith("cloudflare:") || r.type().startsWith("turso:"));
    }

    @Test
    void prod_gke_costs_match_a_hand_computed_estimate_at_minimum_and_maximum_scale() {
        CostEstimate estimate = estimator.estimate(googleCloudOfProd(), "scaler", "pro");
        // management 0.10×730 = 73.00; e2-medium 0.033503×730 = 24.45719/node; disks 50 GB × 0.10 = 5.00/node;
        // KMS 0.06 (1 version) .. 0.24 (4); LB rule 0.025×730 = 18.25; IP 0.005×730 = 3.65; registry 5 GB × 0.10 = 0.50
        // low  = 73 + 2×24.45719 + 2×5 + 0.06 + 18.25 + 3.65 + 0.50 = 154.37438
        // high = 73 + 10×24.45719 + 10×5 + 0.24 + 18.25 + 3.65 + 0.50 = 390.2119
        assertThat(estimate.low()).isEqualByComparingTo("154.37");
        assertThat(estimate.high()).isEqualByComparingTo("390.21");
        assertThat(estimate.byComponent().get("IngressController")).containsExactly(new BigDecimal("21.90"), new BigDecimal("21.90"));
    }

    @Test
    void turso_and_cloudflare_plans_are_priced_when_the_stack_has_those_resources() {
        Plan withEdge = PlanEdits.plus(PlanEdits.plus(googleCloudOfProd(),
                new PlannedResource("urn:db", "turso:index:Database", "db", null, true, Map.of(), List.of())),
                new PlannedResource("urn:dns", "cloudflare:index/dnsRecord:DnsRecord", "apex", null, false, Map.of(), List.of()));
        CostEstimate estimate = estimator.estimate(withEdge, "scaler", "pro");
        assertThat(estimate.low()).isEqualByComparingTo("203.37");
        assertThat(estimate.byComponent()).containsKeys("TursoDatabase", "EdgeRules");
    }

    @Test
    void an_unknown_machine_type_is_an_error_not_a_free_node() {
        Plan plan = PlanEdits.edit(googleCloudOfProd(), r -> r.type().equals("gcp:container/nodePool:NodePool"),
                inputs -> PlanEdits.map(inputs, "nodeConfig").put("machineType", "a3-megagpu-8g"));
        assertThatThrownBy(() -> estimator.estimate(plan, "scaler", "pro"))
                .hasMessageContaining("no price for machine type a3-megagpu-8g in prices.json");
    }

    @Test
    void the_price_table_is_dated_and_carries_the_seeds_own_estimate() {
        PriceTable prices = PriceTable.standard();
        assertThat(prices.asOf()).isEqualTo("2026-11-01");
        assertThat(prices.seedEstimate().low()).isEqualByComparingTo("207");
        assertThat(prices.seedEstimate().high()).isEqualByComparingTo("377");
    }
}
