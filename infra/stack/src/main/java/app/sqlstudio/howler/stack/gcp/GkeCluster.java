package app.sqlstudio.howler.stack.gcp;

import com.pulumi.core.Output;
import com.pulumi.gcp.artifactregistry.Repository;
import com.pulumi.gcp.artifactregistry.RepositoryArgs;
import com.pulumi.gcp.compute.Address;
import com.pulumi.gcp.compute.AddressArgs;
import com.pulumi.gcp.container.Cluster;
import com.pulumi.gcp.container.ClusterArgs;
import com.pulumi.gcp.container.NodePool;
import com.pulumi.gcp.container.NodePoolArgs;
import com.pulumi.gcp.container.inputs.ClusterDatabaseEncryptionArgs;
import com.pulumi.gcp.container.inputs.ClusterIpAllocationPolicyArgs;
import com.pulumi.gcp.container.inputs.ClusterReleaseChannelArgs;
import com.pulumi.gcp.container.inputs.ClusterWorkloadIdentityConfigArgs;
import com.pulumi.gcp.container.inputs.NodePoolAutoscalingArgs;
import com.pulumi.gcp.container.inputs.NodePoolManagementArgs;
import com.pulumi.gcp.container.inputs.NodePoolNodeConfigArgs;
import com.pulumi.gcp.container.inputs.NodePoolNodeConfigShieldedInstanceConfigArgs;
import com.pulumi.gcp.container.inputs.NodePoolNodeConfigWorkloadMetadataConfigArgs;
import com.pulumi.gcp.container.outputs.ClusterMasterAuth;
import com.pulumi.gcp.kms.CryptoKey;
import com.pulumi.gcp.kms.CryptoKeyArgs;
import com.pulumi.gcp.kms.CryptoKeyIAMMember;
import com.pulumi.gcp.kms.CryptoKeyIAMMemberArgs;
import com.pulumi.gcp.kms.KeyRing;
import com.pulumi.gcp.kms.KeyRingArgs;
import com.pulumi.gcp.organizations.OrganizationsFunctions;
import com.pulumi.gcp.organizations.inputs.GetProjectArgs;
import com.pulumi.gcp.projects.IAMMember;
import com.pulumi.gcp.projects.IAMMemberArgs;
import com.pulumi.gcp.serviceaccount.Account;
import com.pulumi.gcp.serviceaccount.AccountArgs;
import com.pulumi.kubernetes.Provider;
import com.pulumi.kubernetes.ProviderArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import java.util.Map;

/**
 * The Google Cloud half of the seed's "Kubernetes Cluster (GKE)": a VPC-native, Dataplane V2 cluster whose Secrets are
 * encrypted at rest with a KMS key the stack owns, an autoscaled node pool on a least-privilege node identity, the
 * regional IP the ingress load balancer listens on, the Artifact Registry repository for the two images, and the one
 * Kubernetes provider every in-cluster component is created through.
 */
public final class GkeCluster extends ComponentResource {

    /** IAM roles the nodes need: write logs and metrics, pull images. Nothing else. */
    static final List<String> NODE_ROLES = List.of(
            "roles/logging.logWriter", "roles/monitoring.metricWriter", "roles/monitoring.viewer",
            "roles/stackdriver.resourceMetadata.writer", "roles/artifactregistry.reader");

    public final Output<String> clusterName;
    public final Output<String> location;
    public final Output<String> endpoint;
    public final Output<String> kubeconfig;
    public final Output<String> ingressIp;
    public final Output<String> registryUrl;
    public final Output<String> secretsKeyId;
    /** The pods' address range: the peers (ingress-nginx) the backend may trust for forwarded client IPs. */
    public final Output<String> podCidr;
    public final Provider kubernetesProvider;
    /** The cluster as the app's components see it. */
    public final ClusterAccess access;

    public GkeCluster(String name, GkeClusterArgs args, ComponentResourceOptions opts) {
        super("howler:infra:GkeCluster", name, opts);
        var gcp = args.gcp();
        var spec = args.cluster();
        var labels = Map.of("app", "sql-studio", "environment", args.environment(), "managed-by", "howler");

        var project = OrganizationsFunctions.getProject(
                GetProjectArgs.builder().projectId(gcp.project()).build());

        var keyRing = new KeyRing(name + "-keyring", KeyRingArgs.builder()
                .name(args.keyRingName())
                .location(gcp.region())
                .project(gcp.project())
                .build(), child());
        var secretsKey = new CryptoKey(name + "-secrets-key", CryptoKeyArgs.builder()
                .name(spec.name() + "-secrets")
                .keyRing(keyRing.id())
                .purpose("ENCRYPT_DECRYPT")
                .rotationPeriod(spec.kmsKeyRotationDays() * 86_400L + "s")
                .labels(labels)
                .build(), protectedChild(args.protect()));
        // GKE encrypts Secrets through its own service agent, which must be allowed to use the key before the
        // cluster is created with databaseEncryption on.
        var keyGrant = new CryptoKeyIAMMember(name + "-gke-agent-key-access", CryptoKeyIAMMemberArgs.builder()
                .cryptoKeyId(secretsKey.id())
                .role("roles/cloudkms.cryptoKeyEncrypterDecrypter")
                .member(project.applyValue(p -> "serviceAccount:service-" + p.number()
                        + "@container-engine-robot.iam.gserviceaccount.com"))
                .build(), child());

        var nodeIdentity = new Account(name + "-nodes", AccountArgs.builder()
                .accountId(nodeAccountId(spec.name()))
                .displayName("GKE nodes of " + spec.name())
                .project(gcp.project())
                .build(), child());
        for (String role : NODE_ROLES) {
            new IAMMember(name + "-nodes-" + role.substring(role.indexOf('/') + 1).replace('.', '-'),
                    IAMMemberArgs.builder()
                            .project(gcp.project())
                            .role(role)
                            .member(nodeIdentity.email().applyValue(e -> "serviceAccount:" + e))
                            .build(), child());
        }

        var cluster = new Cluster(name + "-cluster", ClusterArgs.builder()
                .name(spec.name())
                .project(gcp.project())
                .location(spec.location())
                .releaseChannel(ClusterReleaseChannelArgs.builder().channel(spec.releaseChannel()).build())
                .networkingMode("VPC_NATIVE")
                .ipAllocationPolicy(ClusterIpAllocationPolicyArgs.builder().stackType("IPV4").build())
                .datapathProvider("ADVANCED_DATAPATH")
                .workloadIdentityConfig(ClusterWorkloadIdentityConfigArgs.builder()
                        .workloadPool(gcp.project() + ".svc.id.goog").build())
                .enableShieldedNodes(true)
                .removeDefaultNodePool(true)
                .initialNodeCount(1)
                .databaseEncryption(ClusterDatabaseEncryptionArgs.builder()
                        .state("ENCRYPTED").keyName(secretsKey.id()).build())
                .deletionProtection(args.protect())
                .resourceLabels(labels)
                .build(), CustomResourceOptions.builder().parent(this).protect(args.protect())
                .dependsOn(keyGrant).build());

        // Autoscaling bounds are totals across the cluster's zones: the seed's "2-10 nodes" is the whole pool.
        new NodePool(name + "-pool", NodePoolArgs.builder()
                .name(spec.name() + "-pool")
                .project(gcp.project())
                .location(spec.location())
                .cluster(cluster.name())
                .initialNodeCount(1)
                .autoscaling(NodePoolAutoscalingArgs.builder()
                        .totalMinNodeCount(spec.nodeMinCount())
                        .totalMaxNodeCount(spec.nodeMaxCount())
                        .locationPolicy("BALANCED")
                        .build())
                .management(NodePoolManagementArgs.builder().autoRepair(true).autoUpgrade(true).build())
                .nodeConfig(NodePoolNodeConfigArgs.builder()
                        .machineType(spec.machineType())
                        .diskSizeGb(spec.nodeDiskSizeGb())
                        .diskType("pd-balanced")
                        .serviceAccount(nodeIdentity.email())
                        .oauthScopes("https://www.googleapis.com/auth/cloud-platform")
                        .workloadMetadataConfig(NodePoolNodeConfigWorkloadMetadataConfigArgs.builder()
                                .mode("GKE_METADATA").build())
                        .shieldedInstanceConfig(NodePoolNodeConfigShieldedInstanceConfigArgs.builder()
                                .enableSecureBoot(true).enableIntegrityMonitoring(true).build())
                        .labels(labels)
                        .build())
                .build(), protectedChild(args.protect()));

        var address = new Address(name + "-ingress-ip", AddressArgs.builder()
                .name(spec.name() + "-ingress")
                .project(gcp.project())
                .region(gcp.region())
                .addressType("EXTERNAL")
                .networkTier("PREMIUM")
                .description("ingress-nginx LoadBalancer of " + spec.name() + "; Cloudflare records point here")
                .labels(labels)
                .build(), protectedChild(args.protect()));

        var repository = new Repository(name + "-images", RepositoryArgs.builder()
                .repositoryId(spec.artifactRepository())
                .project(gcp.project())
                .location(gcp.region())
                .format("DOCKER")
                .description("Images of the sql-studio backend and frontend")
                .labels(labels)
                .build(), child());

        this.clusterName = cluster.name();
        this.location = cluster.location();
        this.endpoint = cluster.endpoint();
        this.ingressIp = address.address();
        this.secretsKeyId = secretsKey.id();
        this.podCidr = cluster.clusterIpv4Cidr();
        this.registryUrl = repository.repositoryId()
                .applyValue(id -> gcp.region() + "-docker.pkg.dev/" + gcp.project() + "/" + id);
        this.kubeconfig = Output.tuple(cluster.name(), cluster.endpoint(), cluster.masterAuth())
                .applyValue(t -> KubeconfigJson.write(Kubeconfig.forGke(
                        "gke_" + gcp.project() + "_" + spec.location() + "_" + t.t1, t.t2, caOf(t.t3))))
                .asSecret();
        this.kubernetesProvider = new Provider(name + "-k8s", ProviderArgs.builder()
                .kubeconfig(kubeconfig)
                .enableServerSideApply(true)
                .build(), CustomResourceOptions.builder().parent(this).build());

        this.access = new ClusterAccess(kubernetesProvider, clusterName, location, kubeconfig, ingressIp, registryUrl, podCidr);
        registerOutputs(Map.of(
                "clusterName", clusterName, "location", location, "endpoint", endpoint, "kubeconfig", kubeconfig,
                "ingressIp", ingressIp, "registryUrl", registryUrl, "secretsKeyId", secretsKeyId, "podCidr", podCidr));
    }

    /**
     * The node identity's account id (6-30 characters). A long cluster name is cut, and a hash of the whole name keeps
     * two stacks whose names share the first characters ({@code dev-alice}, {@code dev-alex}) from sharing one.
     */
    static String nodeAccountId(String clusterName) {
        if (clusterName.length() <= 24) {
            return clusterName + "-nodes";
        }
        var crc = new java.util.zip.CRC32();
        crc.update(clusterName.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String prefix = clusterName.substring(0, 20).replaceAll("-+$", "");
        return prefix + "-" + String.format("%06x", crc.getValue() & 0xffffff) + "-n";
    }

    private static String caOf(ClusterMasterAuth auth) {
        return auth.clusterCaCertificate().orElse("");
    }

    private CustomResourceOptions child() {
        return CustomResourceOptions.builder().parent(this).build();
    }

    private CustomResourceOptions protectedChild(boolean protect) {
        return CustomResourceOptions.builder().parent(this).protect(protect).build();
    }
}
