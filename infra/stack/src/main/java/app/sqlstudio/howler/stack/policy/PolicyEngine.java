package app.sqlstudio.howler.stack.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Evaluates every policy on a plan; mandatory violations first. */
public final class PolicyEngine {

    private final List<Policy> policies;

    public PolicyEngine(List<Policy> policies) {
        this.policies = List.copyOf(policies);
    }

    /** The policies of docs/plan-json.md ("Policies"). */
    public static PolicyEngine standard() {
        List<Policy> all = new ArrayList<>(ContainerPolicy.all());
        all.add(new NamespaceDefaultDeny());
        all.add(new PdbForReplicatedDeployments());
        all.add(new NamespaceLimitsAdmitContainers());
        all.add(new TlsNamesAgree());
        all.addAll(CloudflareEdgePolicies.all());
        all.addAll(ProdPolicies.all());
        all.addAll(AdvisoryPolicies.all());
        return new PolicyEngine(all);
    }

    public List<Policy> policies() {
        return policies;
    }

    public List<Violation> evaluate(PolicyContext context) {
        return policies.stream()
                .flatMap(p -> p.evaluate(context).stream())
                .sorted(Comparator.comparing(Violation::severity).thenComparing(Violation::policy))
                .toList();
    }
}
