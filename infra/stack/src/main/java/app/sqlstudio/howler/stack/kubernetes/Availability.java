package app.sqlstudio.howler.stack.kubernetes;

import com.pulumi.core.Either;
import com.pulumi.kubernetes.apps.v1.inputs.DeploymentStrategyArgs;
import com.pulumi.kubernetes.apps.v1.inputs.RollingUpdateDeploymentArgs;
import com.pulumi.kubernetes.meta.v1.inputs.LabelSelectorArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.kubernetes.policy.v1.PodDisruptionBudgetArgs;
import com.pulumi.kubernetes.policy.v1.inputs.PodDisruptionBudgetSpecArgs;
import java.util.Map;

/** How the stack's Deployments stay available: through rollouts (seed: max surge 1, max unavailable 0) and drains. */
public final class Availability {

    private Availability() {
    }

    /** Zero-downtime rolling update: one extra pod at a time, never one fewer than wanted. */
    public static DeploymentStrategyArgs zeroDowntimeRollout() {
        return DeploymentStrategyArgs.builder()
                .type("RollingUpdate")
                .rollingUpdate(RollingUpdateDeploymentArgs.builder()
                        .maxSurge(Either.ofLeft(1))
                        .maxUnavailable(Either.ofLeft(0))
                        .build())
                .build();
    }

    /**
     * A PDB keeping at least one pod through voluntary disruptions. Pods that are not ready anyway may always be
     * evicted, so a crash-looping pod never blocks a node drain.
     */
    public static PodDisruptionBudgetArgs keepOneAvailable(String name, String namespace, Map<String, String> labels,
                                                           Map<String, String> selector) {
        return PodDisruptionBudgetArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(name).namespace(namespace).labels(labels).build())
                .spec(PodDisruptionBudgetSpecArgs.builder()
                        .minAvailable(Either.ofLeft(1))
                        .selector(LabelSelectorArgs.builder().matchLabels(selector).build())
                        .unhealthyPodEvictionPolicy("AlwaysAllow")
                        .build())
                .build();
    }
}
