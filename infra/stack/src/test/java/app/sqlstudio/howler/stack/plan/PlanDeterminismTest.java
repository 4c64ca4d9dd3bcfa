package app.sqlstudio.howler.stack.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.sqlstudio.howler.stack.TestStacks;
import org.junit.jupiter.api.Test;

class PlanDeterminismTest {

    @Test
    void two_plans_of_the_same_stack_list_the_same_resources_in_the_same_order_with_the_same_inputs() {
        Plan first = TestStacks.prod();
        Plan second = PlanRunner.plan(TestStacks.prodFile()).plan();
        assertThat(second.resources()).extracting(PlannedResource::urn).containsExactlyElementsOf(
                first.resources().stream().map(PlannedResource::urn).toList());
        assertThat(second.resources()).extracting(PlannedResource::inputs).containsExactlyElementsOf(
                first.resources().stream().map(PlannedResource::inputs).toList());
    }

    @Test
    void the_dashboard_json_is_written_with_sorted_keys_so_its_text_never_changes_between_runs() {
        var dashboard = TestStacks.prod().kubernetesObjects("ConfigMap").stream()
                .filter(r -> r.metadataName().equals("sql-studio-dashboard")).findFirst().orElseThrow();
        String json = String.valueOf(dashboard.mapAt("data").get("sql-studio-backend.json"));
        assertThat(json).startsWith("{\"panels\":[");
        assertThat(json.indexOf("\"panels\"")).isLessThan(json.indexOf("\"refresh\""));
        assertThat(json.indexOf("\"refresh\"")).isLessThan(json.indexOf("\"schemaVersion\""));
        assertThat(json.indexOf("\"title\":\"sql-studio backend\"")).isLessThan(json.indexOf("\"uid\""));
    }

    @Test
    void the_stack_comes_first_and_each_component_precedes_its_children() {
        Plan plan = TestStacks.prod();
        assertThat(plan.resources().get(0).type()).isEqualTo("pulumi:pulumi:Stack");
        for (int i = 0; i < plan.resources().size(); i++) {
            PlannedResource r = plan.resources().get(i);
            if (r.parent() != null) {
                int parentIndex = plan.resources().stream().map(PlannedResource::urn).toList().indexOf(r.parent());
                assertThat(parentIndex).as("%s after its parent", r.urn()).isLessThan(i);
            }
        }
    }
}
