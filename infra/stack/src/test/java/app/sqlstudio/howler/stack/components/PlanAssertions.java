package app.sqlstudio.howler.stack.components;

import static org.assertj.core.api.Assertions.assertThat;

import app.sqlstudio.howler.stack.plan.Plan;
import app.sqlstudio.howler.stack.plan.PlannedResource;
import java.util.List;
import java.util.Map;

/** Finders for the resources of a plan, failing with the list of what exists. */
final class PlanAssertions {

    private PlanAssertions() {
    }

    static PlannedResource one(Plan plan, String type) {
        List<PlannedResource> found = plan.ofType(type);
        assertThat(found).as("exactly one %s in %s", type, plan.countByType()).hasSize(1);
        return found.get(0);
    }

    static PlannedResource k8s(Plan plan, String kind, String name) {
        List<PlannedResource> found = plan.where(r -> r.isKubernetesObject() && r.kind().equals(kind) && r.metadataName().equals(name));
        assertThat(found).as("exactly one %s %s", kind, name).hasSize(1);
        return found.get(0);
    }

    static PlannedResource named(Plan plan, String type, String logicalName) {
        return plan.where(r -> r.type().equals(type) && r.name().equals(logicalName)).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " named " + logicalName));
    }

    static PlannedResource component(Plan plan, String componentType) {
        return one(plan, "howler:infra:" + componentType);
    }

    static List<PlannedResource> childrenOf(Plan plan, PlannedResource parent) {
        return plan.where(r -> parent.urn().equals(r.parent()));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> container(PlannedResource workload, String name) {
        return ((List<Map<String, Object>>) workload.mapAt("spec", "template", "spec").get("containers")).stream()
                .filter(c -> name.equals(c.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no container " + name));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
