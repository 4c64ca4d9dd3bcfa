package app.sqlstudio.howler.stack.policy;

import app.sqlstudio.howler.stack.plan.PlannedResource;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** Every namespace that runs workloads has a NetworkPolicy selecting all pods that denies ingress and egress. */
final class NamespaceDefaultDeny implements Policy {

    @Override
    public String name() {
        return "namespace-default-deny";
    }

    @Override
    public Severity severity() {
        return Severity.MANDATORY;
    }

    @Override
    public String description() {
        return "every namespace with workloads has a default-deny NetworkPolicy";
    }

    @Override
    public List<Violation> evaluate(PolicyContext context) {
        var plan = context.plan();
        var namespaces = new TreeSet<String>();
        Workloads.workloads(plan).stream().map(PlannedResource::metadataNamespace).filter(Objects::nonNull)
                .forEach(namespaces::add);
        return namespaces.stream()
                .filter(ns -> plan.kubernetesObjects("NetworkPolicy").stream().noneMatch(np -> denies(np, ns)))
                .map(ns -> violation(Workloads.workloads(plan).stream()
                                .filter(w -> ns.equals(w.metadataNamespace())).findFirst().map(PlannedResource::urn).orElse(null),
                        "namespace " + ns + " runs workloads but has no default-deny NetworkPolicy (podSelector {}, "
                                + "policyTypes [Ingress, Egress], no rules); add one"))
                .toList();
    }

    private static boolean denies(PlannedResource np, String namespace) {
        Map<String, Object> spec = np.mapAt("spec");
        return namespace.equals(np.metadataNamespace())
                && spec.get("podSelector") instanceof Map<?, ?> selector && selector.isEmpty()
                && spec.get("policyTypes") instanceof List<?> types && types.contains("Ingress") && types.contains("Egress")
                && isEmpty(spec.get("ingress")) && isEmpty(spec.get("egress"));
    }

    private static boolean isEmpty(Object rules) {
        return rules == null || (rules instanceof List<?> l && l.isEmpty());
    }
}
