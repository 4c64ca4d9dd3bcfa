package app.sqlstudio.howler.stack.policy;

import app.sqlstudio.howler.stack.plan.PlannedResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The names the Ingress serves over TLS, the names on the certificate and the names Cloudflare publishes are the same
 * set: a name missing from the certificate fails the handshake, a name missing from DNS is unreachable. Names are
 * what the program sets, so they are known in a plan; a record's content (the ingress address) is not, and is not
 * what this policy compares. A name that is unknown makes its comparison "cannot be checked until up".
 */
final class TlsNamesAgree implements Policy {

    static final String DNS_RECORD = "cloudflare:index/dnsRecord:DnsRecord";
    private static final String UNKNOWN = PlannedResource.UNKNOWN.toLowerCase();

    @Override
    public String name() {
        return "tls-names-agree";
    }

    @Override
    public Severity severity() {
        return Severity.MANDATORY;
    }

    @Override
    public String description() {
        return "Ingress TLS hosts, certificate dnsNames and Cloudflare DNS names agree";
    }

    @Override
    public List<Violation> evaluate(PolicyContext context) {
        var plan = context.plan();
        String domain = context.config().domain();
        List<Violation> out = new ArrayList<>();
        var certificates = plan.kubernetesObjects("Certificate");
        for (PlannedResource ingress : plan.kubernetesObjects("Ingress")) {
            for (Object tls : ingress.listAt("spec", "tls")) {
                if (!(tls instanceof Map<?, ?> t)) {
                    continue;
                }
                var hosts = names(t.get("hosts"));
                Object secret = t.get("secretName");
                if (hosts.contains(UNKNOWN) || PlannedResource.isUnknown(secret)) {
                    out.add(knownAfterUp(ingress.urn(), "the TLS hosts or Secret of Ingress " + ingress.metadataName()));
                    continue;
                }
                var cert = certificates.stream()
                        .filter(c -> secret != null && secret.equals(c.mapAt("spec").get("secretName")))
                        .findFirst();
                if (cert.isEmpty()) {
                    out.add(violation(ingress.urn(), "Ingress " + ingress.metadataName() + " serves TLS from Secret "
                            + secret + " but no Certificate writes that Secret; add one with dnsNames " + hosts));
                    continue;
                }
                var dnsNames = names(cert.get().mapAt("spec").get("dnsNames"));
                if (dnsNames.contains(UNKNOWN)) {
                    out.add(knownAfterUp(cert.get().urn(), "the dnsNames of Certificate " + cert.get().metadataName()));
                } else if (!dnsNames.equals(hosts)) {
                    out.add(violation(cert.get().urn(), "Certificate " + cert.get().metadataName() + " names " + dnsNames
                            + " but Ingress " + ingress.metadataName() + " serves " + hosts + "; make them the same"));
                }
                var records = plan.ofType(DNS_RECORD);
                if (!records.isEmpty()) {
                    var published = new TreeSet<String>();
                    records.forEach(r -> published.add(PlannedResource.isUnknown(r.inputs().get("name")) ? UNKNOWN
                            : fqdn(String.valueOf(r.inputs().get("name")), domain)));
                    if (!published.containsAll(hosts)) {
                        var missing = new TreeSet<>(hosts);
                        missing.removeAll(published);
                        // a record whose name is not known yet may be the missing one: that is for up to tell
                        out.add(published.contains(UNKNOWN)
                                ? knownAfterUp(ingress.urn(), "whether Cloudflare publishes " + missing + " (a record's name)")
                                : violation(ingress.urn(), "Ingress " + ingress.metadataName() + " serves " + missing
                                        + " but Cloudflare has no DNS record for it; add the record"));
                    }
                }
            }
        }
        return out;
    }

    private static TreeSet<String> names(Object list) {
        var out = new TreeSet<String>();
        if (list instanceof List<?> l) {
            l.forEach(n -> out.add(String.valueOf(n).toLowerCase()));
        }
        return out;
    }

    /** Cloudflare accepts "@", a relative name or a full name for a record. */
    static String fqdn(String name, String domain) {
        String n = name.toLowerCase();
        if (n.equals("@") || n.equals(domain)) {
            return domain;
        }
        return n.endsWith("." + domain) ? n : n + "." + domain;
    }
}
