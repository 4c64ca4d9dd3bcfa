package app.sqlstudio.howler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.sqlstudio.howler.cli.stacks.EphemeralConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code howler cost} against figures computed by hand from prices.json (2026-11-01, 730 h/month): GKE fee 0.10/h,
 * e2-medium 0.033503/h, balanced disk 0.10/GB-month, forwarding rule 0.025/h, static IP 0.005/h, Artifact Registry
 * 5 GB × 0.10, KMS key 0.06..0.24 (1..4 versions). Turso and Cloudflare plans are added only when the plan has those
 * resources, at the plan's price (scaler 29, pro 20).
 */
class CostCommandTest {

    @TempDir
    Path tmp;

    @Test
    void prod_costs_what_the_prices_make_of_2_to_10_nodes() throws Exception {
        JsonNode doc = cost(CliRun.repoRoot(), "prod");
        // fee 73.00; nodes 2..10 × 24.45719; disks 2..10 × 50 GB × 0.10; KMS 0.06..0.24; LB 18.25; IP 3.65; AR 0.50
        assertLine(doc, "cluster management fee (sql-studio-cluster)", "73.00", "73.00");
        assertLine(doc, "2–10 × e2-medium nodes", "48.91", "244.57");
        assertLine(doc, "2–10 × 50 GB node disks", "10.00", "50.00");
        assertLine(doc, "load balancer forwarding rule", "18.25", "18.25");
        assertLine(doc, "Artifact Registry (~5 GB)", "0.50", "0.50");
        BigDecimal[] base = {new BigDecimal("154.37"), new BigDecimal("390.21")};
        assertTotal(doc, base);
        assertThat(doc.at("/seedEstimate/low").decimalValue()).isEqualByComparingTo("207");
        assertThat(doc.at("/seedEstimate/high").decimalValue()).isEqualByComparingTo("377");
        assertThat(doc.get("pricesAsOf").asText()).isEqualTo("2026-11-01");

        CliRun text = CliRun.of("cost", "prod", "--cwd", CliRun.repoRoot().toString());
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("prices as of 2026-11-01", "Seed estimate", "$207.00", "$377.00", "howler:monthlyBudget");
    }

    @Test
    void an_ephemeral_stack_costs_one_zonal_node() throws Exception {
        Path project = CliRun.project(tmp);
        Map<String, Object> values = new LinkedHashMap<>(EphemeralConfig.plainValues(project.resolve("Pulumi.prod.yaml")));
        values.putAll(EphemeralConfig.ephemeralOverrides(values, "pr-142", Duration.ofHours(48), CliRun.CLOCK.instant()));
        Files.writeString(project.resolve("Pulumi.pr-142.yaml"), EphemeralConfig.render(values, List.of("test")));
        JsonNode doc = cost(project, "pr-142");
        // fee 73.00; 1 × 24.45719 node; 1 × 5.00 disk; KMS 0.06..0.24; LB 18.25; IP 3.65; AR 0.50
        assertLine(doc, "1–1 × e2-medium nodes", "24.46", "24.46");
        assertLine(doc, "1–1 × 50 GB node disks", "5.00", "5.00");
        assertTotal(doc, new BigDecimal[] {new BigDecimal("124.92"), new BigDecimal("125.10")});
    }

    private static JsonNode cost(Path project, String stack) throws Exception {
        CliRun run = CliRun.of("cost", stack, "--json", "--cwd", project.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    private static void assertLine(JsonNode doc, String item, String low, String high) {
        JsonNode line = null;
        for (JsonNode l : doc.get("lines")) {
            if (l.get("item").asText().equals(item)) {
                line = l;
            }
        }
        assertThat(line).as("cost line " + item + " in " + doc.get("lines")).isNotNull();
        assertThat(line.get("low").decimalValue()).isEqualByComparingTo(low);
        assertThat(line.get("high").decimalValue()).isEqualByComparingTo(high);
    }

    /** The hand-computed base plus the vendor plans the plan has (Turso scaler 29, Cloudflare pro 20). */
    private static void assertTotal(JsonNode doc, BigDecimal[] base) {
        BigDecimal plans = BigDecimal.ZERO;
        for (JsonNode l : doc.get("lines")) {
            String item = l.get("item").asText();
            if (item.startsWith("Turso ")) {
                assertThat(l.get("low").decimalValue()).isEqualByComparingTo("29");
                plans = plans.add(new BigDecimal("29"));
            } else if (item.startsWith("Cloudflare ")) {
                assertThat(l.get("low").decimalValue()).isEqualByComparingTo("20");
                plans = plans.add(new BigDecimal("20"));
            }
        }
        assertThat(doc.at("/total/low").decimalValue()).isEqualByComparingTo(base[0].add(plans));
        assertThat(doc.at("/total/high").decimalValue()).isEqualByComparingTo(base[1].add(plans));
    }
}
