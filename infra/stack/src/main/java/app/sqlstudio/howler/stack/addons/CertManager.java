package app.sqlstudio.howler.stack.addons;

import app.sqlstudio.howler.stack.kubernetes.FieldOwnership;
import app.sqlstudio.howler.stack.kubernetes.KubernetesObject;
import com.pulumi.core.Output;
import com.pulumi.kubernetes.core.v1.Secret;
import com.pulumi.kubernetes.core.v1.SecretArgs;
import com.pulumi.kubernetes.helm.v3.Release;
import com.pulumi.kubernetes.helm.v3.ReleaseArgs;
import com.pulumi.kubernetes.helm.v3.inputs.RepositoryOptsArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import java.util.Map;

/**
 * The seed's certificate management: cert-manager (with its CRDs), the Let's Encrypt production and staging
 * ClusterIssuers solving DNS-01 through Cloudflare, and the Certificate whose Secret the Ingress serves. cert-manager
 * renews it {@code renewBefore} ahead of expiry (the seed's "15 days").
 */
public final class CertManager extends ComponentResource {

    public static final String NAMESPACE = "cert-manager";
    public static final String CERTIFICATE_NAME = "sql-studio-cert";
    static final String REPOSITORY = "https://charts.jetstack.io";

    public final Output<String> certificateName;
    public final Output<String> tlsSecretName;
    public final Output<List<String>> issuers;

    public CertManager(String name, CertManagerArgs args, ComponentResourceOptions opts) {
        super("howler:infra:CertManager", name, opts);
        var release = new Release(name + "-release", ReleaseArgs.builder()
                .name("cert-manager")
                .chart("cert-manager")
                .version(args.chartVersion())
                .namespace(NAMESPACE)
                .createNamespace(true)
                .repositoryOpts(RepositoryOptsArgs.builder().repo(REPOSITORY).build())
                .values(HelmValues.certManager(args.monitoring()))
                .atomic(true)
                .timeout(600)
                .build(), CustomResourceOptions.builder().parent(this).build());
        var afterRelease = CustomResourceOptions.builder().parent(this).dependsOn(release).build();

        var token = new Secret(name + "-cloudflare-token", SecretArgs.builder()
                .metadata(ObjectMetaArgs.builder()
                        .name(CertificateSpecs.CLOUDFLARE_TOKEN_SECRET)
                        .namespace(NAMESPACE)
                        .labels(Map.of("app", "sql-studio", "component", "cert-manager"))
                        .annotations(FieldOwnership.annotations())
                        .build())
                .type("Opaque")
                .stringData(args.cloudflareApiToken().applyValue(t -> Map.of(CertificateSpecs.CLOUDFLARE_TOKEN_KEY, t)).asSecret())
                .build(), afterRelease);

        List<String> issuerNames = List.copyOf(CertificateSpecs.ACME_SERVERS.keySet().stream().sorted().toList());
        var issuerResources = issuerNames.stream().map(issuer -> new KubernetesObject(name + "-" + issuer,
                new KubernetesObject.Args("cert-manager.io/v1", "ClusterIssuer",
                        Map.of("name", issuer, "labels", Map.of("app", "sql-studio", "component", "cert-manager")),
                        CertificateSpecs.clusterIssuer(issuer, args.acmeEmail(), args.domain())),
                CustomResourceOptions.builder().parent(this).dependsOn(List.of(release, token)).build())).toList();

        new KubernetesObject(name + "-certificate", certificate(args.certificateNamespace(), args.tlsSecretName(),
                args.dnsNames(), args.issuer(), args.duration(), args.renewBefore()),
                CustomResourceOptions.builder().parent(this).dependsOn(new java.util.ArrayList<com.pulumi.resources.Resource>(issuerResources)).build());

        this.certificateName = Output.of(CERTIFICATE_NAME);
        this.tlsSecretName = Output.of(args.tlsSecretName());
        this.issuers = Output.of(issuerNames);
        registerOutputs(Map.of("certificateName", certificateName, "tlsSecretName", tlsSecretName, "issuers", issuers));
    }

    /** The app's Certificate, issued by one of the ClusterIssuers this component installs (in this or the owner's stack). */
    public static KubernetesObject.Args certificate(String namespace, String tlsSecretName, List<String> dnsNames,
                                                    String issuer, String duration, String renewBefore) {
        return new KubernetesObject.Args("cert-manager.io/v1", "Certificate",
                Map.of("name", CERTIFICATE_NAME, "namespace", namespace,
                        "labels", Map.of("app", "sql-studio", "component", "ingress")),
                CertificateSpecs.certificate(tlsSecretName, dnsNames, issuer, duration, renewBefore));
    }
}
