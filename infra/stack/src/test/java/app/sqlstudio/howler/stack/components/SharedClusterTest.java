package app.sqlstudio.howler.stack.components;

import static app.sqlstudio.howler.stack.components.PlanAssertions.childrenOf;
import static app.sqlstudio.howler.stack.components.PlanAssertions.component;
import static app.sqlstudio.howler.stack.components.PlanAssertions.k8s;
import static app.sqlstudio.howler.stack.components.PlanAssertions.map;
import static app.sqlstudio.howler.stack.components.PlanAssertions.one;
import static org.assertj.core.api.Assertions.assertThat;

import app.sqlstudio.howler.stack.TestStacks;
import app.sqlstudio.howler.stack.gcp.SharedCluster;
import app.sqlstudio.howler.stack.plan.Plan;
import app.sqlstudio.howler.stack.plan.PlanRunner;
import app.sqlstudio.howler.stack.plan.PlannedResource;
import com.pulumi.test.PulumiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A "namespace in a shared dev cluster" (docs/architecture.md "Stacks"): an ephemeral stack placed in the cluster of the stack `dev`. */
class SharedClusterTest {

    static final String NAMESPACE = "sql-studio-dev-bob";

    static Plan sharedPlan() {
        return PlanRunner.plan(TestStacks.stackFrom("dev-bob", Map.of(
                "howler:domain", "dev-bob.dev.sql-studio.app",
                "howler:expiresAt", "2026-12-01T18:00:00Z",
                "howler:protect", "false",
                "howler:tursoSharedGroup", "dev",
                "howler:tursoDatabaseName", "sql-studio-dev-bob",
                "howler:sharedCluster", "dev",
                "howler:namespace", NAMESPACE,
                "howler:monitoring", "false"))).plan();
    }

    private final Plan plan = sharedPlan();

    @AfterEach
    void cleanUpTheMockEngine() {
        PulumiTest.cleanup();
    }

    @Test
    void the_stack_creates_no_cluster_and_installs_no_cluster_wide_add_on() {
        assertThat(plan.where(r -> r.type().startsWith("gcp:container/") || r.type().startsWith("gcp:kms/")
                || r.type().startsWith("gcp:artifactregistry/") || r.type().startsWith("gcp:compute/"))).isEmpty();
        assertThat(plan.ofType("kubernetes:helm.sh/v3:Release")).as("ingress-nginx, cert-manager, monitoring belong to the owner").isEmpty();
        assertThat(plan.where(r -> r.isKubernetesObject() && r.kind().equals("ClusterIssuer"))).isEmpty();
        assertThat(plan.where(r -> r.type().startsWith("howler:infra:")).stream().map(PlannedResource::type))
                .doesNotContain("howler:infra:GkeCluster", "howler:infra:IngressController", "howler:infra:CertManager",
                        "howler:infra:Monitoring");
    }

    @Test
    void it_reads_the_owners_outputs_and_reaches_the_cluster_through_a_provider_on_the_owners_kubeconfig() {
        var shared = component(plan, "SharedCluster");
        var provider = one(plan, "pulumi:providers:kubernetes");
        assertThat(provider.parent()).isEqualTo(shared.urn());
        // the owner's outputs are read from its state by `up`: offline the plan cannot know them
        assertThat(provider.inputs().get("kubeconfig")).isEqualTo(PlannedResource.UNKNOWN);
        assertThat(SharedCluster.OWNER_OUTPUTS).allSatisfy(o -> assertThat(TestStacks.prod().outputs())
                .as("a normal stack exports what a shared one reads").containsKey(o));
        // read from the owner's outputs (the stack reference is read, not managed, so the plan does not list it)
        assertThat(plan.outputs()).containsEntry("clusterName", PlannedResource.UNKNOWN)
                .containsEntry("registryUrl", PlannedResource.UNKNOWN)
                .containsEntry("kubeconfig", PlannedResource.UNKNOWN);
    }

    @Test
    void the_app_lives_in_the_stacks_own_namespace_with_a_certificate_from_the_owners_issuer() {
        var ns = k8s(plan, "Namespace", NAMESPACE);
        assertThat(ns).isNotNull();
        assertThat(plan.where(r -> r.isKubernetesObject() && r.kind().equals("Deployment")))
                .isNotEmpty().allSatisfy(d -> assertThat(map(d.inputs().get("metadata"))).containsEntry("namespace", NAMESPACE));
        var certificate = k8s(plan, "Certificate", "sql-studio-cert");
        assertThat(map(certificate.inputs().get("metadata"))).containsEntry("namespace", NAMESPACE);
        var spec = map(certificate.inputs().get("spec"));
        assertThat(map(spec.get("issuerRef"))).containsEntry("kind", "ClusterIssuer");
        assertThat(PlanAssertions.list(spec.get("dnsNames"))).contains((Object) "dev-bob.dev.sql-studio.app");
        var owner = component(plan, "AppCertificate");
        assertThat(childrenOf(plan, owner)).contains(certificate);
    }

    @Test
    void dns_points_at_the_shared_clusters_ingress() {
        // the owner's address is in its state, which only `up` reads: the records' content is unknown, not made up
        assertThat(plan.outputs()).containsEntry("ingressIp", PlannedResource.UNKNOWN);
        var records = plan.where(r -> r.type().equals("cloudflare:index/dnsRecord:DnsRecord") && "A".equals(r.inputs().get("type")));
        assertThat(records).isNotEmpty().allSatisfy(r -> assertThat(r.inputs()).containsEntry("content", PlannedResource.UNKNOWN)
                .containsEntry("proxied", true));
    }
}
