package app.sqlstudio.howler.stack.addons;

import app.sqlstudio.howler.stack.kubernetes.KubernetesObject;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import java.util.Map;

/**
 * The app's certificate in a shared dev cluster: the cluster's owner installs cert-manager and its ClusterIssuers
 * ({@link CertManager}); a stack in one of its namespaces only asks for its own hostnames, through the same issuer.
 * The owner's domain must be the parent of this stack's ({@code dev.sql-studio.app} for
 * {@code <stack>.dev.sql-studio.app}): its issuer's DNS-01 solver is selected by that zone.
 */
public final class AppCertificate extends ComponentResource {

    public final Output<String> certificateName;
    public final Output<String> tlsSecretName;

    public AppCertificate(String name, String namespace, String tlsSecretName, List<String> dnsNames, String issuer,
                          String duration, String renewBefore, ComponentResourceOptions opts) {
        super("howler:infra:AppCertificate", name, opts);
        if (dnsNames.isEmpty()) {
            throw new IllegalArgumentException("the certificate needs at least one DNS name");
        }
        new KubernetesObject(name + "-certificate",
                CertManager.certificate(namespace, tlsSecretName, List.copyOf(dnsNames), issuer, duration, renewBefore),
                CustomResourceOptions.builder().parent(this).build());
        this.certificateName = Output.of(CertManager.CERTIFICATE_NAME);
        this.tlsSecretName = Output.of(tlsSecretName);
        registerOutputs(Map.of("certificateName", certificateName, "tlsSecretName", this.tlsSecretName));
    }
}
