package app.sqlstudio.howler.stack.gcp;

import com.pulumi.core.Output;
import com.pulumi.kubernetes.Provider;

/**
 * What the app's components need of the cluster they run in, whoever owns it: the stack's own GKE cluster
 * ({@link GkeCluster}) or a shared dev cluster owned by another stack ({@link SharedCluster}).
 */
public interface ClusterAccess {
    /** The Kubernetes provider every in-cluster resource is created through. */
    Provider kubernetesProvider();

    Output<String> clusterName();

    Output<String> location();

    /** A secret. */
    Output<String> kubeconfig();

    /** The address the ingress load balancer listens on, which the DNS records point at. */
    Output<String> ingressIp();

    /** Where the two images are pulled from. */
    Output<String> registryUrl();

    /** The pods' address range: the peers (ingress-nginx) the backend may trust for forwarded client IPs. */
    Output<String> podCidr();
}
