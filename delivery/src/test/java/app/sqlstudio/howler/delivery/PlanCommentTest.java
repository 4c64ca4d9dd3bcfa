package app.sqlstudio.howler.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * preview.yml's comment (.github/scripts/plan-comment.mjs) built from the real `howler plan prod --format json` of
 * this repository, run in-process, and from variations of it.
 */
class PlanCommentTest {

    static final String SCRIPT = ".github/scripts/plan-comment.mjs";
    static String planJson;

    @BeforeAll
    static void plan() {
        planJson = ProdPlan.json();
    }

    static Path write(Path dir, String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    static String comment(String... args) {
        Proc p = NodeTools.script(Map.of(), null, SCRIPT, args);
        assertThat(p.exit()).as("plan-comment.mjs:%n%s", p.stderr()).isZero();
        return p.stdout();
    }

    @Test
    void the_real_prod_plan_gives_counts_by_component_and_its_advisories(@TempDir Path dir) throws Exception {
        Path plan = write(dir, "plan.json", planJson);
        String text = comment("--plan", plan.toString(), "--base-plan", plan.toString());
        var doc = Repo.JSON.readTree(planJson);
        int resources = doc.get("resources").size();

        assertThat(text).startsWith("<!-- howler-plan-comment -->\n");
        int unknowns = doc.at("/summary/unknowns").asInt();
        assertThat(text).contains("✅ `howler plan prod`: " + resources + " resources, 0 mandatory")
                .contains(", " + unknowns + " values known after up");
        assertThat(text).contains("| GkeCluster |", "| BackendWorkload |", "| EdgeRules |", "| TursoDatabase |");
        assertThat(text).containsPattern("\\| \\*\\*total\\*\\* \\| \\*\\*" + resources + "\\*\\* \\| \\*\\*\\d+\\*\\* \\| \\*\\*±0\\*\\* \\|");
        // every resource is counted once: the rows add up to the total (the stack and the components themselves aside)
        int components = (int) doc.get("resources").findValuesAsText("type").stream()
                .filter(t -> t.startsWith("howler:infra:") || t.equals("pulumi:pulumi:Stack")).count();
        var rows = text.lines().filter(l -> l.matches("\\| [A-Za-z()]+ \\| \\d+ \\| \\d+ \\| ±0 \\|")).toList();
        int sum = rows.stream().mapToInt(l -> Integer.parseInt(l.split("\\|")[2].strip())).sum();
        assertThat(sum).isEqualTo(resources - components);
        // the values known after up are counted per component, never printed: the table stays a table of numbers
        int unknownInputs = rows.stream().mapToInt(l -> Integer.parseInt(l.split("\\|")[3].strip())).sum();
        int unknownOutputs = (int) java.util.stream.StreamSupport.stream(doc.get("outputs").spliterator(), false)
                .filter(v -> v.asText().equals("[unknown]")).count();
        assertThat(unknownInputs).isPositive().isEqualTo(unknowns - unknownOutputs);
        assertThat(text).contains("| EdgeRules | 23 | 2 | ±0 |").doesNotContain("[unknown] |");
        assertThat(text).contains("No estimate: `howler cost --json` produced nothing readable.");
    }

    @Test
    void mandatory_violations_come_first_and_mark_the_comment_failed(@TempDir Path dir) throws Exception {
        ObjectNode doc = (ObjectNode) Repo.JSON.readTree(planJson);
        ArrayNode policies = (ArrayNode) doc.get("policies");
        policies.addObject().put("policy", "container-non-root").put("severity", "mandatory")
                .put("urn", "urn:pulumi:prod::howlerops::x$kubernetes:apps/v1:Deployment::backend")
                .put("message", "container api | runs as root");
        Path plan = write(dir, "plan.json", Repo.JSON.writeValueAsString(doc));

        String text = comment("--plan", plan.toString(), "--plan-exit", "1");

        assertThat(text).contains("❌ `howler plan prod`").contains("1 mandatory");
        int mandatory = text.indexOf("| **mandatory** | `container-non-root` | backend | container api \\| runs as root |");
        int advisory = text.indexOf("| advisory |");
        assertThat(mandatory).isPositive();
        assertThat(advisory).isGreaterThan(mandatory);
        assertThat(text.indexOf("#### Policy violations")).isLessThan(text.indexOf("#### Resources by component"));
        assertThat(text).contains("No plan of `main` to compare with");
    }

    @Test
    void resource_and_cost_changes_are_shown_against_the_base_branch(@TempDir Path dir) throws Exception {
        ObjectNode base = (ObjectNode) Repo.JSON.readTree(planJson);
        ArrayNode resources = (ArrayNode) base.get("resources");
        // main had one NetworkPolicy fewer than the pull request
        for (int i = 0; i < resources.size(); i++) {
            if (resources.get(i).get("type").asText().equals("kubernetes:networking.k8s.io/v1:NetworkPolicy")) {
                resources.remove(i);
                break;
            }
        }
        Path head = write(dir, "plan.json", planJson);
        Path basePlan = write(dir, "base.json", Repo.JSON.writeValueAsString(base));
        Path cost = write(dir, "cost.json", """
                {"stack":"prod","asOf":"2026-11-01","low":180.5,"high":439.21,
                 "byComponent":{"GkeCluster":{"low":150.5,"high":400.21},"EdgeRules":{"low":30,"high":39}}}""");
        Path baseCost = write(dir, "base-cost.json", """
                {"stack":"prod","components":[{"component":"GkeCluster","low":150.5,"high":380.21},
                 {"component":"EdgeRules","low":30,"high":39}]}""");

        String text = comment("--plan", head.toString(), "--base-plan", basePlan.toString(), "--cost", cost.toString(),
                "--base-cost", baseCost.toString(), "--base-name", "main");

        assertThat(text).contains("| NetworkPolicies | 6 | 0 | +1 |");
        assertThat(text).contains("| at minimum scale | $180.50 | $180.50 | ±$0.00 |");
        assertThat(text).contains("| at maximum scale | $439.21 | $419.21 | +$20.00 |");
        assertThat(text).contains("| GkeCluster | $400.21 | $380.21 | +$20.00 |").doesNotContain("| EdgeRules | $39.00");
        assertThat(text).contains("Prices as of 2026-11-01.");
    }

    @Test
    void policies_that_cannot_be_checked_until_up_get_their_own_table_and_do_not_fail_the_comment(@TempDir Path dir)
            throws Exception {
        ObjectNode doc = (ObjectNode) Repo.JSON.readTree(planJson);
        ((ArrayNode) doc.get("uncheckedPolicies")).addObject().put("policy", "container-image-pinned")
                .put("severity", "mandatory")
                .put("urn", "urn:pulumi:dev-bob::howlerops::x$kubernetes:apps/v1:Deployment::backend-deployment")
                .put("message", "cannot be checked until up: Deployment sql-studio-backend container backend's image is "
                        + "known only after `howler up`");
        String text = comment("--plan", write(dir, "plan.json", Repo.JSON.writeValueAsString(doc)).toString());

        assertThat(text).contains("✅ `howler plan prod`").contains("0 mandatory");
        assertThat(text).contains("Not checked until `howler up`")
                .contains("| mandatory | `container-image-pinned` | backend-deployment | cannot be checked until up: ");
        assertThat(text.indexOf("Not checked until")).isLessThan(text.indexOf("#### Resources by component"));
    }

    @Test
    void a_plan_from_before_unknowns_still_makes_a_comment(@TempDir Path dir) throws Exception {
        ObjectNode doc = (ObjectNode) Repo.JSON.readTree(planJson);
        doc.remove("uncheckedPolicies");
        ((ObjectNode) doc.get("summary")).remove("unknowns");
        String text = comment("--plan", write(dir, "plan.json", Repo.JSON.writeValueAsString(doc)).toString());
        // counted from the document itself
        assertThat(text).contains(", " + ProdPlan.tree().at("/summary/unknowns").asInt() + " values known after up");
    }

    @Test
    void a_missing_or_broken_pull_request_plan_is_an_error_not_an_empty_comment(@TempDir Path dir) throws Exception {
        Proc missing = NodeTools.script(Map.of(), null, SCRIPT, "--plan", dir.resolve("absent.json").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.stderr()).contains("is not a howler plan JSON document");
        Proc broken = NodeTools.script(Map.of(), null, SCRIPT, "--plan", write(dir, "p.json", "{\"oops\":").toString());
        assertThat(broken.exit()).isEqualTo(2);
        Proc usage = NodeTools.script(Map.of(), null, SCRIPT, "--plan");
        assertThat(usage.exit()).isEqualTo(2);
    }
}
