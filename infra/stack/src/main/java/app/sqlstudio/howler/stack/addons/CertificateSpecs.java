package app.sqlstudio.howler.stack.addons;

import java.util.List;
import java.util.Map;

/** cert-manager objects as data: the ACME ClusterIssuers and the application's Certificate. */
public final class CertificateSpecs {

    public static final String CLOUDFLARE_TOKEN_SECRET = "cloudflare-api-token";
    public static final String CLOUDFLARE_TOKEN_KEY = "api-token";

    /** Let's Encrypt's production and staging ACME directories, by issuer name. */
    public static final Map<String, String> ACME_SERVERS = Map.of(
            "letsencrypt-prod", "https://acme-v02.api.letsencrypt.org/directory",
            "letsencrypt-staging", "https://acme-staging-v02.api.letsencrypt.org/directory");

    private CertificateSpecs() {
    }

    /**
     * An ACME issuer solving DNS-01 through Cloudflare: it works while Cloudflare proxies the records (HTTP-01 would
     * race the edge's HTTPS redirect) and it could issue a wildcard later.
     */
    public static Map<String, Object> clusterIssuer(String issuer, String email, String domain) {
        return Map.of("acme", Map.of(
                "server", ACME_SERVERS.get(issuer),
                "email", email,
                "privateKeySecretRef", Map.of("name", issuer + "-account-key"),
                "solvers", List.of(Map.of(
                        "selector", Map.of("dnsZones", List.of(domain)),
                        "dns01", Map.of("cloudflare", Map.of("apiTokenSecretRef", Map.of(
                                "name", CLOUDFLARE_TOKEN_SECRET, "key", CLOUDFLARE_TOKEN_KEY)))))));
    }

    public static Map<String, Object> certificate(String secretName, List<String> dnsNames, String issuer,
                                                  String duration, String renewBefore) {
        return Map.of(
                "secretName", secretName,
                "commonName", dnsNames.get(0),
                "dnsNames", dnsNames,
                "duration", duration,
                "renewBefore", renewBefore,
                "privateKey", Map.of("algorithm", "ECDSA", "size", 256, "rotationPolicy", "Always"),
                "usages", List.of("digital signature", "key encipherment", "server auth"),
                "issuerRef", Map.of("name", issuer, "kind", "ClusterIssuer", "group", "cert-manager.io"));
    }
}
