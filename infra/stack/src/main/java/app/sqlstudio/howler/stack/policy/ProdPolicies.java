package app.sqlstudio.howler.stack.policy;

import app.sqlstudio.howler.stack.plan.PlannedResource;
import java.util.List;
import java.util.Set;

/** Rules that hold for the prod stack only: what cannot be lost is protected, and the API never runs alone. */
final class ProdPolicies {

    /**
     * Resource types whose loss loses data or the whole service (docs/architecture.md): the cluster, its node pool, the IP every
     * DNS record points at, and the database.
     */
    static final Set<String> MUST_BE_PROTECTED = Set.of(
            "gcp:container/cluster:Cluster", "gcp:container/nodePool:NodePool", "gcp:compute/address:Address",
            "turso:index:Database");

    private ProdPolicies() {
    }

    static List<Policy> all() {
        return List.of(new Protected(), new HpaMinimum());
    }

    static final class Protected implements Policy {
        public String name() {
            return "prod-resources-protected";
        }

        public Severity severity() {
            return Severity.MANDATORY;
        }

        public String description() {
            return "prod: the cluster, node pool, ingress IP and database are protected";
        }

        public List<Violation> evaluate(PolicyContext context) {
            if (!context.isProd()) {
                return List.of();
            }
            return context.plan().where(r -> MUST_BE_PROTECTED.contains(r.type()) && !r.protect()
                            && !beingDeletedByFinalize(r, context)).stream()
                    .map(r -> violation(r.urn(), r.type() + " " + r.name() + " is not protected; set howler:protect: true "
                            + "in Pulumi.prod.yaml"))
                    .toList();
        }
    }

    /**
     * The database a restore replaced, while {@code howler db restore --finalize} lifts its protection to delete it:
     * the one unprotected database that is meant to be. The current database must stay protected throughout.
     */
    static boolean beingDeletedByFinalize(PlannedResource r, PolicyContext context) {
        return context.config().turso().map(turso -> r.type().equals("turso:index:Database") && turso.finalizingRestore()
                && turso.restoredFrom().map(old -> old.equals(r.inputs().get("name"))).orElse(false)).orElse(false);
    }

    static final class HpaMinimum implements Policy {
        public String name() {
            return "prod-hpa-minimum";
        }

        public Severity severity() {
            return Severity.MANDATORY;
        }

        public String description() {
            return "prod: every HPA keeps at least 2 replicas";
        }

        public List<Violation> evaluate(PolicyContext context) {
            if (!context.isProd()) {
                return List.of();
            }
            return context.plan().kubernetesObjects("HorizontalPodAutoscaler").stream()
                    .filter(h -> !(h.mapAt("spec").get("minReplicas") instanceof Number n) || n.intValue() < 2)
                    .map(h -> PlannedResource.isUnknown(h.mapAt("spec").get("minReplicas"))
                            ? knownAfterUp(h.urn(), "HPA " + h.metadataName() + "'s minReplicas")
                            : violation(h.urn(), "HPA " + h.metadataName() + " may scale to "
                            + h.mapAt("spec").get("minReplicas") + " replica(s); set howler:backendReplicasMin to 2 or more"))
                    .toList();
        }
    }
}
