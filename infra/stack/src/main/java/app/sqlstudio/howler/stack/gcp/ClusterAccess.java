package app.sqlstudio.howler.stack.gcp;

import com.pulumi.core.Output;
import com.pulumi.kubernetes.Provider;

/**
 * What the app's components need of the cluster they run in, whoever owns it: the stack's own GKE cluster
 * ({@link GkeCluster#access}) or a shared dev cluster owned by another stack ({@link SharedCluster#access}).
 *
 * @param kubernetesProvider the provider every in-cluster resource is created through
 * @param kubeconfig         a secret
 * @param ingressIp          the address the ingress load balancer listens on, which the DNS records point at
 * @param registryUrl        where the two images are pulled from
 * @param podCidr            the pods' address range: the peers (ingress-nginx) the backend may trust for client IPs
 */
public record ClusterAccess(Provider kubernetesProvider, Output<String> clusterName, Output<String> location,
                            Output<String> kubeconfig, Output<String> ingressIp, Output<String> registryUrl,
                            Output<String> podCidr) {
}
