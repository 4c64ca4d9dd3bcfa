package app.sqlstudio.howler.stack.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KubeconfigTest {

    @Test
    void kubeconfig_points_at_the_endpoint_and_authenticates_through_the_gke_plugin_with_no_stored_credential() {
        var config = Kubeconfig.forGke("gke_p_us-central1_c", "34.1.2.3", "Q0E=");
        @SuppressWarnings("unchecked")
        var cluster = (Map<String, Object>) ((Map<String, Object>) ((List<?>) config.get("clusters")).get(0)).get("cluster");
        assertThat(cluster).containsEntry("server", "https://34.1.2.3").containsEntry("certificate-authority-data", "Q0E=");
        String json = KubeconfigJson.write(config);
        assertThat(json).contains("\"command\":\"gke-gcloud-auth-plugin\"").doesNotContain("token").doesNotContain("password");
        assertThat(config).containsEntry("current-context", "gke_p_us-central1_c");
    }
}
