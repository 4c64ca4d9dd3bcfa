package app.sqlstudio.howler.stack.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stable order for the resources of a plan, so two plans of the same stack print and diff identically: the stack,
 * then each top-level component in the order it was registered, each followed by its descendants sorted by URN.
 * (Registration order alone varies between runs: resources created inside {@code apply} register when their inputs
 * resolve, on whichever thread gets there first.)
 */
final class PlanOrder {

    private PlanOrder() {
    }

    static List<PlannedResource> stable(List<PlannedResource> inRegistrationOrder) {
        Map<String, PlannedResource> byUrn = new HashMap<>();
        inRegistrationOrder.forEach(r -> byUrn.put(r.urn(), r));
        Map<String, Integer> groupRank = new HashMap<>();
        for (PlannedResource r : inRegistrationOrder) {
            if (r.parent() == null || byUrn.get(r.parent()) == null || byUrn.get(r.parent()).parent() == null) {
                groupRank.putIfAbsent(r.urn(), groupRank.size());
            }
        }
        List<PlannedResource> sorted = new ArrayList<>(inRegistrationOrder);
        sorted.sort(Comparator
                .comparingInt((PlannedResource r) -> groupRank.getOrDefault(topLevel(r, byUrn), Integer.MAX_VALUE))
                .thenComparingInt(r -> groupRank.containsKey(r.urn()) ? 0 : 1)
                .thenComparing(r -> r.urn() == null ? "" : r.urn()));
        return sorted;
    }

    /** The resource itself when it is the stack or a child of the stack, else its ancestor that is. */
    private static String topLevel(PlannedResource r, Map<String, PlannedResource> byUrn) {
        PlannedResource current = r;
        while (current.parent() != null) {
            PlannedResource parent = byUrn.get(current.parent());
            if (parent == null || parent.parent() == null) {
                return current.urn();
            }
            current = parent;
        }
        return current.urn();
    }
}
