package app.sqlstudio.howler.stack.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Everything {@code howler plan} knows after running the program offline: the resources and the stack outputs. */
public record Plan(String project, String stack, List<PlannedResource> resources, Map<String, Object> outputs,
                   List<String> notices) {

    public Plan {
        resources = List.copyOf(resources);
        // sorted by name: Map.copyOf's order changes from one JVM to the next, and the plan's JSON must not
        outputs = java.util.Collections.unmodifiableMap(new TreeMap<>(outputs));
        notices = List.copyOf(notices);
    }

    public List<PlannedResource> ofType(String type) {
        return resources.stream().filter(r -> r.type().equals(type)).toList();
    }

    public List<PlannedResource> where(Predicate<PlannedResource> predicate) {
        return resources.stream().filter(predicate).toList();
    }

    public List<PlannedResource> kubernetesObjects(String kind) {
        return resources.stream().filter(r -> r.isKubernetesObject() && r.kind().equals(kind)).toList();
    }

    public Optional<PlannedResource> byUrn(String urn) {
        return resources.stream().filter(r -> r.urn().equals(urn)).findFirst();
    }

    /** The nearest enclosing {@code howler:infra:*} component, which the text plan groups by. */
    public Optional<PlannedResource> componentOf(PlannedResource resource) {
        String parent = resource.parent();
        while (parent != null) {
            Optional<PlannedResource> p = byUrn(parent);
            if (p.isEmpty()) {
                return Optional.empty();
            }
            if (p.get().isComponent()) {
                return p;
            }
            parent = p.get().parent();
        }
        return Optional.empty();
    }

    /**
     * How many values the plan cannot know before {@code up}: every {@code [unknown]} among the resources' inputs and
     * the stack's outputs.
     */
    public int unknowns() {
        return resources.stream().mapToInt(r -> PlannedResource.unknownsIn(r.inputs())).sum()
                + PlannedResource.unknownsIn(outputs);
    }

    /** Resource counts by type token, sorted, for the summary. */
    public Map<String, Integer> countByType() {
        Map<String, Integer> counts = new TreeMap<>();
        resources.forEach(r -> counts.merge(r.type(), 1, Integer::sum));
        return counts;
    }
}
