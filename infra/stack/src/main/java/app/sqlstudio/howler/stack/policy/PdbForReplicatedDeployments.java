package app.sqlstudio.howler.stack.policy;

import app.sqlstudio.howler.stack.plan.PlannedResource;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A Deployment that runs more than one replica has a PodDisruptionBudget that selects its pods. */
final class PdbForReplicatedDeployments implements Policy {

    @Override
    public String name() {
        return "pdb-for-replicated-deployments";
    }

    @Override
    public Severity severity() {
        return Severity.MANDATORY;
    }

    @Override
    public String description() {
        return "every Deployment with more than one replica has a PodDisruptionBudget";
    }

    @Override
    public List<Violation> evaluate(PolicyContext context) {
        var plan = context.plan();
        return plan.kubernetesObjects("Deployment").stream()
                .filter(d -> Workloads.maxReplicas(plan, d) > 1)
                .filter(d -> plan.kubernetesObjects("PodDisruptionBudget").stream().noneMatch(pdb -> covers(pdb, d)))
                .map(d -> violation(d.urn(), "Deployment " + d.metadataName() + " runs more than one replica but no "
                        + "PodDisruptionBudget selects its pods; add one with minAvailable 1 and the Deployment's selector"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static boolean covers(PlannedResource pdb, PlannedResource deployment) {
        if (!Objects.equals(pdb.metadataNamespace(), deployment.metadataNamespace())) {
            return false;
        }
        Object match = pdb.mapAt("spec", "selector").get("matchLabels");
        if (!(match instanceof Map<?, ?> selector) || selector.isEmpty()) {
            return false;
        }
        Map<String, String> podLabels = Workloads.podLabels(deployment);
        return ((Map<String, Object>) selector).entrySet().stream()
                .allMatch(e -> Objects.equals(podLabels.get(e.getKey()), e.getValue()));
    }
}
