package app.sqlstudio.howler.stack.gcp;

import java.util.List;
import java.util.Map;

/**
 * Builds the kubeconfig for a GKE cluster as data. Authentication is delegated to {@code gke-gcloud-auth-plugin}, so
 * the file holds no credential and short-lived tokens come from whoever runs Howler (an operator's gcloud login or
 * the deploy workflow's Workload Identity Federation).
 */
public final class Kubeconfig {

    private Kubeconfig() {
    }

    public static Map<String, Object> forGke(String contextName, String endpoint, String caCertificateBase64) {
        return Map.of(
                "apiVersion", "v1",
                "kind", "Config",
                "current-context", contextName,
                "clusters", List.of(Map.of("name", contextName, "cluster", Map.of(
                        "server", "https://" + endpoint,
                        "certificate-authority-data", caCertificateBase64))),
                "contexts", List.of(Map.of("name", contextName, "context", Map.of(
                        "cluster", contextName, "user", contextName))),
                "users", List.of(Map.of("name", contextName, "user", Map.of("exec", Map.of(
                        "apiVersion", "client.authentication.k8s.io/v1beta1",
                        "command", "gke-gcloud-auth-plugin",
                        "installHint", "Install gke-gcloud-auth-plugin: `gcloud components install gke-gcloud-auth-plugin`",
                        "provideClusterInfo", true)))));
    }
}
