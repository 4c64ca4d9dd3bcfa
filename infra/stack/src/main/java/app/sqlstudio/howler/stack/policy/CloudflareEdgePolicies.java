package app.sqlstudio.howler.stack.policy;

import app.sqlstudio.howler.stack.plan.PlannedResource;
import java.util.List;
import java.util.Optional;

/**
 * Cloudflare must encrypt to the origin and verify its certificate (SSL strict), refuse TLS below 1.2, and proxy every
 * record so the origin IP is never published and the WAF sees every request. Stacks without Cloudflare resources
 * (for example a plan of the cluster alone) are not checked.
 */
final class CloudflareEdgePolicies {

    static final String ZONE_SETTING = "cloudflare:index/zoneSetting:ZoneSetting";

    private CloudflareEdgePolicies() {
    }

    static List<Policy> all() {
        return List.of(new SslStrict(), new MinimumTls(), new RecordsProxied());
    }

    static Optional<PlannedResource> setting(PolicyContext context, String id) {
        return context.plan().ofType(ZONE_SETTING).stream()
                .filter(s -> id.equals(s.inputs().get("settingId"))).findFirst();
    }

    static boolean usesCloudflare(PolicyContext context) {
        return context.plan().resources().stream().anyMatch(r -> r.type().startsWith("cloudflare:index/"));
    }

    /**
     * Zone settings are checked on the stack that owns them: the one whose domain is the zone. A stack that only
     * publishes records under it (an ephemeral stack) inherits that stack's settings.
     */
    static boolean ownsZoneSettings(PolicyContext context) {
        return usesCloudflare(context) && context.config().managesCloudflareZone();
    }

    static final class SslStrict implements Policy {
        public String name() {
            return "cloudflare-ssl-strict";
        }

        public Severity severity() {
            return Severity.MANDATORY;
        }

        public String description() {
            return "Cloudflare SSL mode is strict (full, with origin certificate validation)";
        }

        public List<Violation> evaluate(PolicyContext context) {
            if (!ownsZoneSettings(context)) {
                return List.of();
            }
            var ssl = setting(context, "ssl");
            if (ssl.isEmpty()) {
                return List.of(violation(null, "no ZoneSetting 'ssl'; add one with value \"strict\""));
            }
            Object value = ssl.get().inputs().get("value");
            if (PlannedResource.isUnknown(value)) {
                return List.of(knownAfterUp(ssl.get().urn(), "ZoneSetting ssl's value"));
            }
            return "strict".equals(value) ? List.of()
                    : List.of(violation(ssl.get().urn(), "ZoneSetting ssl is " + value + "; set it to \"strict\""));
        }
    }

    static final class MinimumTls implements Policy {
        public String name() {
            return "cloudflare-min-tls";
        }

        public Severity severity() {
            return Severity.MANDATORY;
        }

        public String description() {
            return "Cloudflare refuses TLS versions below 1.2";
        }

        public List<Violation> evaluate(PolicyContext context) {
            if (!ownsZoneSettings(context)) {
                return List.of();
            }
            var tls = setting(context, "min_tls_version");
            if (tls.isEmpty()) {
                return List.of(violation(null, "no ZoneSetting 'min_tls_version'; add one with value \"1.2\""));
            }
            String value = String.valueOf(tls.get().inputs().get("value"));
            if (PlannedResource.isUnknown(value)) {
                return List.of(knownAfterUp(tls.get().urn(), "ZoneSetting min_tls_version's value"));
            }
            boolean ok = value.equals("1.2") || value.equals("1.3");
            return ok ? List.of()
                    : List.of(violation(tls.get().urn(), "min_tls_version is " + value + "; set it to \"1.2\" or higher"));
        }
    }

    static final class RecordsProxied implements Policy {
        public String name() {
            return "cloudflare-records-proxied";
        }

        public Severity severity() {
            return Severity.MANDATORY;
        }

        public String description() {
            return "every Cloudflare DNS record is proxied";
        }

        public List<Violation> evaluate(PolicyContext context) {
            // a record's content (the ingress address) is known only after up; whether it is proxied is known now
            return context.plan().ofType(TlsNamesAgree.DNS_RECORD).stream()
                    .filter(r -> !Boolean.TRUE.equals(r.inputs().get("proxied")))
                    .map(r -> PlannedResource.isUnknown(r.inputs().get("proxied"))
                            ? knownAfterUp(r.urn(), "whether DNS record " + r.inputs().get("name") + " is proxied")
                            : violation(r.urn(), "DNS record " + r.inputs().get("name") + " is not proxied; set proxied: true"))
                    .toList();
        }
    }
}
