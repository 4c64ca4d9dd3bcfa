package app.sqlstudio.howler.stack.gcp;

import com.pulumi.core.Output;
import com.pulumi.kubernetes.Provider;
import com.pulumi.kubernetes.ProviderArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.StackReference;
import com.pulumi.resources.StackReferenceArgs;
import java.util.List;
import java.util.Map;

/**
 * The other shape of an ephemeral stack (docs/architecture.md "Stacks"): "a namespace in a shared dev cluster". The cluster, its ingress
 * controller, cert-manager with its ClusterIssuers and its monitoring belong to another Howler stack
 * ({@code howler:sharedCluster}); this stack reads that stack's outputs and creates its namespace and app through a
 * Kubernetes provider of its own on the owner's kubeconfig. Destroying this stack leaves the cluster alone.
 */
public final class SharedCluster extends ComponentResource {

    /** The owner's stack outputs this stack needs; a normal Howler stack exports all of them. */
    public static final List<String> OWNER_OUTPUTS = List.of(
            "kubeconfig", "ingressIp", "registryUrl", "podCidr", "clusterName", "clusterLocation");

    /** The owner's cluster as the app's components see it. */
    public final ClusterAccess access;

    /** @param owner the stack that owns the cluster ({@code [org/project/]stack}) */
    public SharedCluster(String name, String owner, ComponentResourceOptions opts) {
        super("howler:infra:SharedCluster", name, opts);
        var reference = new StackReference(name + "-owner", StackReferenceArgs.builder().name(owner).build(),
                CustomResourceOptions.builder().parent(this).build());
        Output<String> kubeconfig = text(reference, "kubeconfig").asSecret();
        var provider = new Provider(name + "-k8s", ProviderArgs.builder()
                .kubeconfig(kubeconfig)
                .enableServerSideApply(true)
                .build(), CustomResourceOptions.builder().parent(this).build());
        this.access = new ClusterAccess(provider, text(reference, "clusterName"), text(reference, "clusterLocation"),
                kubeconfig, text(reference, "ingressIp"), text(reference, "registryUrl"), text(reference, "podCidr"));
        registerOutputs(Map.of("owner", Output.of(owner), "clusterName", access.clusterName(), "location", access.location(),
                "ingressIp", access.ingressIp(), "registryUrl", access.registryUrl(), "podCidr", access.podCidr()));
    }

    /** An output the owner must export; a missing one fails the update with the owner's name and the output's. */
    private static Output<String> text(StackReference reference, String output) {
        return reference.requireOutput(output).applyValue(String::valueOf);
    }
}
