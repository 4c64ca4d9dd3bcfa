package app.sqlstudio.howler.stack.local;

import app.sqlstudio.howler.stack.config.StackConfig;
import com.pulumi.core.Output;
import com.pulumi.kubernetes.Provider;
import com.pulumi.kubernetes.ProviderArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import java.util.Map;

/**
 * An existing cluster the stack deploys onto ({@code howler:target: local}): kind, minikube, k3d, a shared dev
 * cluster. The stack creates nothing outside it; this component is only the Kubernetes provider every in-cluster
 * resource goes through.
 *
 * <p>The provider is given the kubeconfig's <em>path</em> ({@code howler:kubeconfig}), not its contents: the provider
 * reads the file each time it runs, so the credentials in it (client keys, tokens) never enter the stack's config or
 * its state, and a credential rotated in the file (a recreated kind cluster) is simply picked up. The state holds the
 * path and the context name.
 */
public final class LocalCluster extends ComponentResource {

    public final Provider kubernetesProvider;
    /** The kubeconfig context the stack deploys through ("current" when the file's current context is used). */
    public final Output<String> context;

    public LocalCluster(String name, StackConfig.Local local, ComponentResourceOptions opts) {
        super("howler:infra:LocalCluster", name, opts);
        var args = ProviderArgs.builder()
                .kubeconfig(local.kubeconfig())
                .enableServerSideApply(true);
        local.kubeContext().ifPresent(args::context);
        this.kubernetesProvider = new Provider(name + "-k8s", args.build(), CustomResourceOptions.builder().parent(this).build());
        this.context = Output.of(local.kubeContext().orElse("current"));
        registerOutputs(Map.of("kubeconfig", Output.of(local.kubeconfig()), "context", context));
    }
}
