package app.sqlstudio.howler.stack.components;

import static app.sqlstudio.howler.stack.components.PlanAssertions.childrenOf;
import static app.sqlstudio.howler.stack.components.PlanAssertions.component;
import static app.sqlstudio.howler.stack.components.PlanAssertions.one;
import static org.assertj.core.api.Assertions.assertThat;

import app.sqlstudio.howler.stack.TestStacks;
import app.sqlstudio.howler.stack.plan.Plan;
import app.sqlstudio.howler.stack.plan.PlanRunner;
import app.sqlstudio.howler.stack.plan.PlannedResource;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GkeClusterTest {

    private final Plan plan = TestStacks.prod();

    @Test
    void cluster_is_vpc_native_dataplane_v2_with_workload_identity_and_no_default_pool() {
        var cluster = one(plan, "gcp:container/cluster:Cluster");
        assertThat(cluster.inputs()).containsEntry("name", "sql-studio-cluster")
                .containsEntry("location", "us-central1")
                .containsEntry("networkingMode", "VPC_NATIVE")
                .containsEntry("datapathProvider", "ADVANCED_DATAPATH")
                .containsEntry("enableShieldedNodes", true)
                .containsEntry("removeDefaultNodePool", true)
                .containsEntry("deletionProtection", true);
        assertThat(cluster.mapAt("releaseChannel")).containsEntry("channel", "REGULAR");
        assertThat(cluster.mapAt("workloadIdentityConfig")).containsEntry("workloadPool", "howlerops-prod.svc.id.goog");
        assertThat(cluster.mapAt("ipAllocationPolicy")).isNotNull();
    }

    @Test
    void secrets_are_encrypted_at_rest_with_a_stack_owned_key_rotating_every_90_days() {
        var cluster = one(plan, "gcp:container/cluster:Cluster");
        var key = one(plan, "gcp:kms/cryptoKey:CryptoKey");
        assertThat(cluster.mapAt("databaseEncryption")).containsEntry("state", "ENCRYPTED")
                .containsEntry("keyName", PlannedResource.UNKNOWN); // the key's id, known once the key exists
        assertThat(key.inputs()).containsEntry("rotationPeriod", "7776000s").containsEntry("purpose", "ENCRYPT_DECRYPT");
        var grant = one(plan, "gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember");
        assertThat(grant.inputs()).containsEntry("role", "roles/cloudkms.cryptoKeyEncrypterDecrypter");
        // the GKE agent is named by the project's number, which only Google knows
        assertThat(grant.inputs()).containsEntry("member", PlannedResource.UNKNOWN);
        assertThat(cluster.dependencies()).contains(grant.urn());
    }

    @Test
    void node_pool_autoscales_2_to_10_e2_medium_nodes_with_repair_and_upgrade() {
        var pool = one(plan, "gcp:container/nodePool:NodePool");
        assertThat(pool.mapAt("autoscaling")).containsEntry("totalMinNodeCount", 2).containsEntry("totalMaxNodeCount", 10);
        assertThat(pool.mapAt("management")).containsEntry("autoRepair", true).containsEntry("autoUpgrade", true);
        assertThat(pool.mapAt("nodeConfig")).containsEntry("machineType", "e2-medium")
                .containsEntry("serviceAccount", PlannedResource.UNKNOWN); // the new account's e-mail address
        assertThat(pool.mapAt("nodeConfig", "workloadMetadataConfig")).containsEntry("mode", "GKE_METADATA");
    }

    @Test
    void ingress_ip_is_a_reserved_regional_external_address_and_images_have_a_registry() {
        var address = one(plan, "gcp:compute/address:Address");
        assertThat(address.inputs()).containsEntry("region", "us-central1").containsEntry("addressType", "EXTERNAL");
        var repo = one(plan, "gcp:artifactregistry/repository:Repository");
        assertThat(repo.inputs()).containsEntry("format", "DOCKER").containsEntry("repositoryId", "sql-studio");
        assertThat(plan.outputs()).containsEntry("registryUrl", "us-central1-docker.pkg.dev/howlerops-prod/sql-studio");
    }

    @Test
    void prod_protects_cluster_node_pool_ip_and_key() {
        assertThat(one(plan, "gcp:container/cluster:Cluster").protect()).isTrue();
        assertThat(one(plan, "gcp:container/nodePool:NodePool").protect()).isTrue();
        assertThat(one(plan, "gcp:compute/address:Address").protect()).isTrue();
        assertThat(one(plan, "gcp:kms/cryptoKey:CryptoKey").protect()).isTrue();
    }

    @Test
    void an_unprotected_stack_protects_nothing_and_allows_deletion() {
        var dev = PlanRunner.plan(TestStacks.prodWith(Map.of("howler:protect", "false"))).plan();
        assertThat(dev.where(r -> r.protect())).isEmpty();
        assertThat(one(dev, "gcp:container/cluster:Cluster").inputs()).containsEntry("deletionProtection", false);
    }

    @Test
    void kubernetes_provider_is_built_from_the_cluster_with_exec_auth_and_its_kubeconfig_is_secret() {
        var provider = one(plan, "pulumi:providers:kubernetes");
        // built from the cluster's endpoint and CA certificate, which exist only once the cluster does
        assertThat(provider.inputs()).containsEntry("kubeconfig", PlannedResource.UNKNOWN);
        assertThat(plan.outputs()).containsEntry("kubeconfig", PlannedResource.UNKNOWN)
                .containsEntry("podCidr", PlannedResource.UNKNOWN).containsEntry("ingressIp", PlannedResource.UNKNOWN);
        assertThat(provider.parent()).isEqualTo(component(plan, "GkeCluster").urn());
    }

    @Test
    void every_cloud_resource_is_a_child_of_the_gke_component() {
        var gke = component(plan, "GkeCluster");
        assertThat(childrenOf(plan, gke)).extracting(r -> r.type()).contains(
                "gcp:container/cluster:Cluster", "gcp:container/nodePool:NodePool", "gcp:compute/address:Address",
                "gcp:artifactregistry/repository:Repository", "gcp:kms/keyRing:KeyRing", "gcp:kms/cryptoKey:CryptoKey",
                "pulumi:providers:kubernetes");
        assertThat(plan.where(r -> r.type().startsWith("gcp:"))).allMatch(r -> gke.urn().equals(r.parent()));
    }

    @Test
    void an_ephemeral_stack_gets_a_key_ring_per_incarnation() {
        var dev = PlanRunner.plan(TestStacks.stackFrom("dev-alice", Map.of(
                "howler:domain", "dev-alice.dev.sql-studio.app", "howler:expiresAt", "2026-12-01T18:00:00Z",
                "howler:protect", "false", "howler:tursoSharedGroup", "dev", "howler:tursoDatabaseName", "sql-studio-dev-alice",
                "howler:clusterName", "sql-studio-cluster-dev-alice"))).plan();
        // GCP never deletes a key ring: a stack made again under the same name must not reuse its predecessor's
        assertThat(one(dev, "gcp:kms/keyRing:KeyRing").inputs()).containsEntry("name", "sql-studio-cluster-dev-alice-keyring-202612011800");
        assertThat(one(plan, "gcp:kms/keyRing:KeyRing").inputs()).containsEntry("name", "sql-studio-cluster-keyring");
    }
}
