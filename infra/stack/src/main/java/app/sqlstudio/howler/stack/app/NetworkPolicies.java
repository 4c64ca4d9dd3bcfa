package app.sqlstudio.howler.stack.app;

import app.sqlstudio.howler.stack.kubernetes.KubernetesObject;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import java.util.Map;

/**
 * The seed's network security: deny everything in the application namespace, then allow exactly the flows of
 * {@link NetworkPolicyRules} (DNS, ingress-nginx to both workloads, frontend to backend, Prometheus to the metrics
 * port, and the backend's HTTPS egress to the internet for Turso and the mail API). Dataplane V2 enforces them.
 */
public final class NetworkPolicies extends ComponentResource {

    public final Output<List<String>> policyNames;

    public NetworkPolicies(String name, NetworkPoliciesArgs args, ComponentResourceOptions opts) {
        super("howler:infra:NetworkPolicies", name, opts);
        var specs = NetworkPolicyRules.specs(args.ports(), args.ingressNamespace(), args.monitoringNamespace());
        specs.forEach((policy, spec) -> new KubernetesObject(name + "-" + policy, new KubernetesObject.Args(
                "networking.k8s.io/v1", "NetworkPolicy",
                Map.of("name", policy, "namespace", args.namespace(),
                        "labels", Map.of("app", "sql-studio", "component", "network-policy")),
                spec), CustomResourceOptions.builder().parent(this).build()));
        this.policyNames = Output.of(List.copyOf(specs.keySet()));
        registerOutputs(Map.of("policyNames", policyNames));
    }
}
