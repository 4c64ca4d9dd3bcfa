package app.sqlstudio.howler.stack.kubernetes;

import app.sqlstudio.howler.stack.config.StackConfig;
import com.pulumi.core.Either;
import com.pulumi.kubernetes.apps.v1.inputs.DeploymentStrategyArgs;
import com.pulumi.kubernetes.apps.v1.inputs.RollingUpdateDeploymentArgs;
import com.pulumi.kubernetes.meta.v1.inputs.LabelSelectorArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.kubernetes.policy.v1.PodDisruptionBudgetArgs;
import com.pulumi.kubernetes.policy.v1.inputs.PodDisruptionBudgetSpecArgs;
import java.util.Map;

/**
 * How the stack's Deployments stay available: through rollouts (seed: max surge 1, max unavailable 0) and drains, with
 * the numbers from the stack config ({@code howler:rolloutMaxSurge}, {@code rolloutMaxUnavailable}, {@code pdbMinAvailable}).
 */
public final class Availability {

    private Availability() {
    }

    /** Rolling update; with the seed's surge 1 / unavailable 0: one extra pod at a time, never one fewer than wanted. */
    public static DeploymentStrategyArgs rollout(StackConfig.App app) {
        return DeploymentStrategyArgs.builder()
                .type("RollingUpdate")
                .rollingUpdate(RollingUpdateDeploymentArgs.builder()
                        .maxSurge(Either.ofLeft(app.rolloutMaxSurge()))
                        .maxUnavailable(Either.ofLeft(app.rolloutMaxUnavailable()))
                        .build())
                .build();
    }

    /**
     * A PDB keeping {@code pdbMinAvailable} pods through voluntary disruptions. Pods that are not ready anyway may
     * always be evicted, so a crash-looping pod never blocks a node drain.
     */
    public static PodDisruptionBudgetArgs disruptionBudget(String name, String namespace, Map<String, String> labels,
                                                           Map<String, String> selector, StackConfig.App app) {
        return PodDisruptionBudgetArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(name).namespace(namespace).labels(labels)
                        .annotations(FieldOwnership.annotations()).build())
                .spec(PodDisruptionBudgetSpecArgs.builder()
                        .minAvailable(Either.ofLeft(app.pdbMinAvailable()))
                        .selector(LabelSelectorArgs.builder().matchLabels(selector).build())
                        .unhealthyPodEvictionPolicy("AlwaysAllow")
                        .build())
                .build();
    }
}
