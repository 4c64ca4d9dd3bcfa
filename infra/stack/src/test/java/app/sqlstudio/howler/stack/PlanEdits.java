package app.sqlstudio.howler.stack;

import app.sqlstudio.howler.stack.plan.Plan;
import app.sqlstudio.howler.stack.plan.PlannedResource;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Copies of a plan with some resources changed, to make policies fail on purpose. */
public final class PlanEdits {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanEdits() {
    }

    /** A deep copy of the plan in which every resource matching {@code which} had its inputs edited. */
    public static Plan edit(Plan plan, Predicate<PlannedResource> which, Consumer<Map<String, Object>> edit) {
        List<PlannedResource> resources = new ArrayList<>();
        for (PlannedResource r : plan.resources()) {
            if (which.test(r)) {
                Map<String, Object> inputs = deepCopy(r.inputs());
                edit.accept(inputs);
                resources.add(new PlannedResource(r.urn(), r.type(), r.name(), r.parent(), r.protect(), inputs, r.dependencies()));
            } else {
                resources.add(r);
            }
        }
        return new Plan(plan.project(), plan.stack(), resources, plan.outputs(), plan.notices());
    }

    public static Plan without(Plan plan, Predicate<PlannedResource> which) {
        return new Plan(plan.project(), plan.stack(), plan.resources().stream().filter(which.negate()).toList(),
                plan.outputs(), plan.notices());
    }

    public static Plan unprotect(Plan plan, String type) {
        return new Plan(plan.project(), plan.stack(), plan.resources().stream()
                .map(r -> r.type().equals(type) ? new PlannedResource(r.urn(), r.type(), r.name(), r.parent(), false,
                        r.inputs(), r.dependencies()) : r).toList(), plan.outputs(), plan.notices());
    }

    public static Plan plus(Plan plan, PlannedResource extra) {
        List<PlannedResource> resources = new ArrayList<>(plan.resources());
        resources.add(extra);
        return new Plan(plan.project(), plan.stack(), resources, plan.outputs(), plan.notices());
    }

    public static Map<String, Object> deepCopy(Map<String, Object> inputs) {
        return JSON.convertValue(inputs, new TypeReference<Map<String, Object>>() { });
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Map<String, Object> root, String... path) {
        Object current = root;
        for (String key : path) {
            current = ((Map<String, Object>) current).get(key);
        }
        return (Map<String, Object>) current;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> firstContainer(Map<String, Object> workloadInputs) {
        return ((List<Map<String, Object>>) map(workloadInputs, "spec", "template", "spec").get("containers")).get(0);
    }

    public static Predicate<PlannedResource> kubernetes(String kind, String name) {
        return r -> r.isKubernetesObject() && r.kind().equals(kind) && r.metadataName().equals(name);
    }
}
