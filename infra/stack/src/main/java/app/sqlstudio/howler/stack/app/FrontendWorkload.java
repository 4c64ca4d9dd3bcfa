package app.sqlstudio.howler.stack.app;

import static app.sqlstudio.howler.stack.kubernetes.PodHardening.containerSecurity;
import static app.sqlstudio.howler.stack.kubernetes.PodHardening.httpProbe;
import static app.sqlstudio.howler.stack.kubernetes.PodHardening.podSecurity;
import static app.sqlstudio.howler.stack.kubernetes.PodHardening.port;
import static app.sqlstudio.howler.stack.kubernetes.PodHardening.resources;
import static app.sqlstudio.howler.stack.kubernetes.PodHardening.scratch;

import app.sqlstudio.howler.stack.kubernetes.Availability;
import app.sqlstudio.howler.stack.kubernetes.FieldOwnership;
import app.sqlstudio.howler.stack.kubernetes.Labels;
import com.pulumi.core.Either;
import com.pulumi.core.Output;
import com.pulumi.kubernetes.apps.v1.Deployment;
import com.pulumi.kubernetes.apps.v1.DeploymentArgs;
import com.pulumi.kubernetes.apps.v1.inputs.DeploymentSpecArgs;
import com.pulumi.kubernetes.core.v1.Service;
import com.pulumi.kubernetes.core.v1.ServiceArgs;
import com.pulumi.kubernetes.core.v1.inputs.ContainerArgs;
import com.pulumi.kubernetes.core.v1.inputs.PodSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.PodTemplateSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.ServicePortArgs;
import com.pulumi.kubernetes.core.v1.inputs.ServiceSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.VolumeMountArgs;
import com.pulumi.kubernetes.meta.v1.inputs.LabelSelectorArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.kubernetes.policy.v1.PodDisruptionBudget;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import java.util.Map;

/**
 * The seed's "Frontend Deployment": the React SPA served by unprivileged nginx (UID 101, port 8080) with a read-only
 * root filesystem, a fixed replica count (static content needs no HPA), a PDB, and a ClusterIP Service on port 80.
 */
public final class FrontendWorkload extends ComponentResource {

    public static final String NAME = "sql-studio-frontend";
    public static final int UID = 101;
    public static final int SERVICE_PORT = 80;

    public final Output<String> deploymentName;
    public final Output<String> serviceName;
    public final Output<String> image;

    public FrontendWorkload(String name, FrontendWorkloadArgs args, ComponentResourceOptions opts) {
        super("howler:infra:FrontendWorkload", name, opts);
        var cfg = args.frontend();
        var selector = Labels.selector("frontend", "web");
        var labels = Labels.of("frontend", "web", args.environment());

        var deployment = new Deployment(name + "-deployment", DeploymentArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(NAME).namespace(args.namespace()).labels(labels)
                        .annotations(FieldOwnership.annotations()).build())
                .spec(DeploymentSpecArgs.builder()
                        .replicas(cfg.replicas())
                        .revisionHistoryLimit(10)
                        .selector(LabelSelectorArgs.builder().matchLabels(selector).build())
                        .strategy(Availability.rollout(args.app()))
                        .template(PodTemplateSpecArgs.builder()
                                .metadata(ObjectMetaArgs.builder().labels(labels).build())
                                .spec(PodSpecArgs.builder()
                                        .serviceAccountName(AppNamespace.FRONTEND_ACCOUNT)
                                        .automountServiceAccountToken(false)
                                        .enableServiceLinks(false)
                                        .securityContext(podSecurity(UID))
                                        .terminationGracePeriodSeconds(args.frontend().terminationGracePeriodSeconds())
                                        // the seed: "Frontend: 2 replicas across zones"
                                        .topologySpreadConstraints(BackendWorkload.acrossZones(selector))
                                        .affinity(BackendWorkload.antiAffinity(selector))
                                        .containers(ContainerArgs.builder()
                                                .name("frontend")
                                                .image(args.image())
                                                .imagePullPolicy("IfNotPresent")
                                                .ports(port("http", cfg.port()))
                                                .resources(resources(cfg.resources()))
                                                .startupProbe(httpProbe("/health", "http", 2, 1, 15))
                                                .livenessProbe(httpProbe("/health", "http", 10, 3, 3))
                                                .readinessProbe(httpProbe("/health", "http", 5, 2, 2))
                                                .securityContext(containerSecurity(UID))
                                                // The only paths nginx writes (frontend/nginx/nginx.conf): temp files
                                                // and the pid file. Running the image showed nothing else written, so
                                                // /var/run gets no emptyDir: a writable path nothing needs.
                                                .volumeMounts(
                                                        VolumeMountArgs.builder().name("nginx-cache").mountPath("/var/cache/nginx").build(),
                                                        VolumeMountArgs.builder().name("tmp").mountPath("/tmp").build())
                                                .build())
                                        .volumes(scratch("nginx-cache", "100Mi"), scratch("tmp", "50Mi"))
                                        .build())
                                .build())
                        .build())
                .build(), CustomResourceOptions.builder().parent(this).build());

        var service = new Service(name + "-service", ServiceArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(NAME).namespace(args.namespace()).labels(labels)
                        .annotations(FieldOwnership.annotations()).build())
                .spec(ServiceSpecArgs.builder()
                        .type("ClusterIP")
                        .selector(selector)
                        .ports(ServicePortArgs.builder().name("http").port(SERVICE_PORT)
                                .targetPort(Either.ofRight("http")).protocol("TCP").build())
                        .build())
                .build(), CustomResourceOptions.builder().parent(this).build());

        new PodDisruptionBudget(name + "-pdb", Availability.disruptionBudget(NAME, args.namespace(), labels, selector, args.app()), CustomResourceOptions.builder().parent(this).build());

        this.deploymentName = deployment.metadata().applyValue(m -> m.name().orElse(NAME));
        this.serviceName = service.metadata().applyValue(m -> m.name().orElse(NAME));
        this.image = args.image();
        registerOutputs(Map.of("deploymentName", deploymentName, "serviceName", serviceName, "image", image));
    }
}
