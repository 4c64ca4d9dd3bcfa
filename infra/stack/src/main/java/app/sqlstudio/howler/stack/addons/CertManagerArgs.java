package app.sqlstudio.howler.stack.addons;

import com.pulumi.core.Output;
import java.util.List;
import java.util.Objects;

/** Chart version, ACME account, the certificate to keep renewed and the Cloudflare token DNS-01 uses. */
public record CertManagerArgs(String chartVersion, String acmeEmail, String domain, String issuer, String duration,
                              String renewBefore, String certificateNamespace, String tlsSecretName,
                              List<String> dnsNames, Output<String> cloudflareApiToken, boolean monitoring) {
    public CertManagerArgs {
        Objects.requireNonNull(chartVersion, "chartVersion");
        Objects.requireNonNull(acmeEmail, "acmeEmail");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(certificateNamespace, "certificateNamespace");
        Objects.requireNonNull(tlsSecretName, "tlsSecretName");
        Objects.requireNonNull(cloudflareApiToken, "cloudflareApiToken");
        dnsNames = List.copyOf(dnsNames);
        if (dnsNames.isEmpty()) {
            throw new IllegalArgumentException("the certificate needs at least one DNS name");
        }
    }
}
