package app.sqlstudio.howler.stack.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.sqlstudio.howler.stack.TestStacks;
import app.sqlstudio.howler.stack.gcp.GkeCluster;
import app.sqlstudio.howler.stack.gcp.GkeClusterArgs;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.internal.PulumiTestInternal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The plan makes up no value the cloud assigns: exactly the values computed from such an output are {@code [unknown]},
 * and everything the program sets stays known.
 */
class UnknownValuesTest {

    @AfterEach
    void cleanUpTheMockEngine() {
        PulumiTest.cleanup();
    }

    @Test
    void in_prod_exactly_the_values_computed_from_cloud_assigned_outputs_are_unknown() {
        Plan plan = TestStacks.prod();
        List<String> unknown = new ArrayList<>();
        plan.resources().forEach(r -> r.unknownInputs().forEach(path -> unknown.add(r.name() + " " + path)));
        String container = "spec.template.spec.containers[backend].env";
        String migrate = "spec.template.spec.containers[migrate].env";
        assertThat(unknown).containsExactlyInAnyOrder(
                // the ingress address, reserved by Google
                "edge-apex content", "edge-api content", "ingress-nginx-release values.controller.service.loadBalancerIP",
                // the cluster's endpoint and CA certificate, and its pods' range
                "gke-k8s kubeconfig",
                "backend-deployment " + container + "[TRUSTED_PROXIES].value",
                "backend-migrate " + migrate + "[TRUSTED_PROXIES].value",
                // ids of the KMS key ring and key, the nodes' new account, the project's number
                "gke-secrets-key keyRing", "gke-cluster databaseEncryption.keyName",
                "gke-gke-agent-key-access cryptoKeyId", "gke-gke-agent-key-access member",
                "gke-pool nodeConfig.serviceAccount",
                "gke-nodes-artifactregistry-reader member", "gke-nodes-logging-logWriter member",
                "gke-nodes-monitoring-metricWriter member", "gke-nodes-monitoring-viewer member",
                "gke-nodes-stackdriver-resourceMetadata-writer member",
                // what Turso names and mints
                "app-secrets stringData.turso-url", "app-secrets stringData.turso-auth-token",
                "backend-deployment " + container + "[TURSO_URL].value",
                "backend-migrate " + migrate + "[TURSO_URL].value");
        assertThat(plan.outputs()).containsEntry("ingressIp", PlannedResource.UNKNOWN)
                .containsEntry("podCidr", PlannedResource.UNKNOWN).containsEntry("kubeconfig", PlannedResource.UNKNOWN)
                .containsEntry("tursoDatabaseUrl", PlannedResource.UNKNOWN)
                .containsEntry("registryUrl", "us-central1-docker.pkg.dev/howlerops-prod/sql-studio")
                .containsEntry("clusterName", "sql-studio-cluster");
        // 20 inputs and 4 outputs
        assertThat(plan.unknowns()).isEqualTo(unknown.size() + 4).isEqualTo(24);
    }

    @Test
    void the_cluster_endpoint_ranges_and_certificate_are_unknown_and_its_names_known() {
        var cluster = new AtomicReference<GkeCluster>();
        var result = PulumiTestInternal.builder()
                .options(TestOptions.builder().preview(true).build())
                .mocks(new MockCloud("howlerops-prod", "sql-studio.app"))
                .build()
                .runTest(ctx -> cluster.set(new GkeCluster("gke", GkeClusterArgs.from(TestStacks.prodConfig()),
                        ComponentResourceOptions.Empty)));
        assertThat(result.exceptions()).isEmpty();
        var gke = cluster.get();
        for (var output : List.of(gke.endpoint, gke.ingressIp, gke.podCidr, gke.kubeconfig, gke.secretsKeyId)) {
            assertThat(PulumiTestInternal.extractOutputData(output).isKnown()).isFalse();
        }
        assertThat(PulumiTestInternal.extractOutputData(gke.clusterName).getValueNullable()).isEqualTo("sql-studio-cluster");
        assertThat(PulumiTestInternal.extractOutputData(gke.registryUrl).getValueNullable())
                .isEqualTo("us-central1-docker.pkg.dev/howlerops-prod/sql-studio");
    }

    @Test
    void pulumis_unknown_sentinel_is_read_as_unknown_and_never_kept_as_text() {
        var value = com.google.protobuf.Value.newBuilder().setStringValue(StructValues.UNKNOWN_SENTINEL).build();
        assertThat(StructValues.toJava(value)).isEqualTo(PlannedResource.UNKNOWN);
        // an unknown inside a secret hides nothing and stays unknown; a known one is masked
        assertThat(StructValues.mask(java.util.Map.of("a", PlannedResource.UNKNOWN, "b", "s3cr3t")))
                .isEqualTo(java.util.Map.of("a", PlannedResource.UNKNOWN, "b", PlannedResource.SECRET));
    }
}
