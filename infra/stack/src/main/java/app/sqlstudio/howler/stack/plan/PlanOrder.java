package app.sqlstudio.howler.stack.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stable order for the resources of a plan, so two plans of the same stack print and diff identically: the stack,
 * then each top-level component by URN (so by type name), each followed by its descendants sorted by URN.
 * (Registration order varies between runs, even for the components: the SDK sends each registration when its
 * inputs and parent resolve, on whichever thread gets there first.)
 */
final class PlanOrder {

    private PlanOrder() {
    }

    static List<PlannedResource> stable(List<PlannedResource> inRegistrationOrder) {
        Map<String, PlannedResource> byUrn = new HashMap<>();
        inRegistrationOrder.forEach(r -> byUrn.put(r.urn(), r));
        List<PlannedResource> sorted = new ArrayList<>(inRegistrationOrder);
        sorted.sort(Comparator
                .comparingInt((PlannedResource r) -> r.parent() == null ? 0 : 1)
                .thenComparing((PlannedResource r) -> nullToEmpty(topLevel(r, byUrn)))
                .thenComparingInt(r -> nullToEmpty(r.urn()).equals(topLevel(r, byUrn)) ? 0 : 1)
                .thenComparing(r -> nullToEmpty(r.urn())));
        return sorted;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
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
