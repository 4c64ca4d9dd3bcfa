package app.sqlstudio.howler.stack.addons;

import com.pulumi.core.Output;
import com.pulumi.kubernetes.helm.v3.Release;
import com.pulumi.kubernetes.helm.v3.ReleaseArgs;
import com.pulumi.kubernetes.helm.v3.inputs.RepositoryOptsArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import java.util.Map;

/** The seed's "nginx Ingress Controller": the ingress-nginx Helm release in its own namespace. */
public final class IngressController extends ComponentResource {

    public static final String NAMESPACE = "ingress-nginx";
    /** The IngressClass the chart installs, which the app's Ingress names. */
    public static final String CLASS = "nginx";
    static final String REPOSITORY = "https://kubernetes.github.io/ingress-nginx";

    public final Output<String> namespace;
    public final Output<String> releaseName;
    public final Release release;

    public IngressController(String name, IngressControllerArgs args, ComponentResourceOptions opts) {
        super("howler:infra:IngressController", name, opts);
        this.release = new Release(name + "-release", ReleaseArgs.builder()
                .name("ingress-nginx")
                .chart("ingress-nginx")
                .version(args.chartVersion())
                .namespace(NAMESPACE)
                .createNamespace(true)
                .repositoryOpts(RepositoryOptsArgs.builder().repo(REPOSITORY).build())
                .values(HelmValues.ingressNginx(args.loadBalancerIp(), args.ingress(), args.monitoring()))
                .atomic(true)
                .timeout(600)
                .build(), CustomResourceOptions.builder().parent(this).build());
        this.namespace = Output.of(NAMESPACE);
        this.releaseName = release.name().applyValue(n -> n.orElse("ingress-nginx"));
        registerOutputs(Map.of("namespace", namespace, "releaseName", releaseName));
    }
}
