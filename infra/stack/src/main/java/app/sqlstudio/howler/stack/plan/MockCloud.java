package app.sqlstudio.howler.stack.plan;

import com.pulumi.core.Output;
import com.pulumi.core.internal.OutputData;
import com.pulumi.core.internal.OutputInternal;
import com.pulumi.test.Mocks;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.zip.CRC32;

/**
 * Stands in for Google Cloud, Kubernetes, Cloudflare and Turso during {@code howler plan}, answering as the engine
 * answers {@code pulumi preview} for a resource it is about to create: the inputs and the provider's defaults come
 * back as they are, and every output only the provider can assign (addresses, endpoints, address ranges, certificates,
 * e-mail addresses of new accounts, Turso hostnames and tokens, ids) comes back <em>unknown</em>, with the SDK's own
 * unknown value. The SDK then keeps everything computed from it unknown too: an apply on an unknown value never runs,
 * and an input built from one reaches the engine as Pulumi's unknown sentinel, which the plan shows as
 * {@code [unknown]}. Nothing is made up, so the plan never shows an address the cloud has not given.
 */
public final class MockCloud implements Mocks {

    /**
     * The SDK's unknown value: serialised to the engine as Pulumi's unknown sentinel, never resolved to a value. It
     * exists only inside the mock engine, so it cannot reach a real deployment.
     */
    static final Output<Object> UNKNOWN = new OutputInternal<>(OutputData.unknown());

    /** When the mocked Cloudflare zone was created or last changed. */
    static final String TIMESTAMP = "2026-11-25T10:00:00Z";

    private final String project;
    private final String zone;

    /** A cloud holding the GCP project and the Cloudflare zone named {@code zone}. */
    public MockCloud(String project, String zone) {
        this.project = project;
        this.zone = zone;
    }

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        Map<String, Object> state = new LinkedHashMap<>(args.inputs);
        switch (args.type) {
            case "gcp:container/cluster:Cluster" -> unknown(state, "endpoint", "clusterIpv4Cidr", "servicesIpv4Cidr",
                    "masterVersion", "masterAuth", "selfLink", "labelFingerprint", "operation");
            case "gcp:compute/address:Address" -> unknown(state, "address", "selfLink", "users");
            case "gcp:serviceaccount/account:Account" -> unknown(state, "email", "member", "uniqueId", "name");
            case "gcp:artifactregistry/repository:Repository" -> unknown(state, "name", "createTime", "updateTime");
            case "cloudflare:index/dnsRecord:DnsRecord" -> {
                // provider defaults are known before creation, as the provider's Check fills them in
                state.putIfAbsent("proxied", false);
                state.putIfAbsent("tags", List.of());
                unknown(state, "proxiable", "meta", "settings", "createdOn", "modifiedOn", "commentModifiedOn",
                        "tagsModifiedOn");
            }
            case "cloudflare:index/ruleset:Ruleset" -> {
                // every rule gets an id from Cloudflare; the rules themselves are the program's
                List<Object> rules = new ArrayList<>();
                if (args.inputs.get("rules") instanceof List<?> given) {
                    for (Object rule : given) {
                        Map<String, Object> withId = new LinkedHashMap<>(rule instanceof Map<?, ?> m ? stringKeys(m) : Map.of());
                        withId.put("id", UNKNOWN);
                        rules.add(withId);
                    }
                }
                state.put("rules", rules);
                state.putIfAbsent("description", "");
                unknown(state, "lastUpdated", "version");
            }
            case "cloudflare:index/zoneSetting:ZoneSetting" -> unknown(state, "editable", "modifiedOn", "timeRemaining");
            case "turso:index:Group" -> {
                state.putIfAbsent("locations", List.of());
                unknown(state, "uuid");
            }
            case "turso:index:Database" -> {
                state.putIfAbsent("deleteProtection", false);
                unknown(state, "dbId", "hostname", "url");
            }
            case "turso:index:DatabaseToken" -> {
                state.putIfAbsent("expiration", "never");
                state.putIfAbsent("authorization", "full-access");
                unknown(state, "token");
            }
            // the owner's outputs are read from its state by `up`; offline they cannot be
            case "pulumi:pulumi:StackReference" -> unknown(state, "outputs", "secretOutputNames");
            case "kubernetes:helm.sh/v3:Release" -> unknown(state, "status");
            default -> { }
        }
        // A resource being created has no id until the provider creates it; an imported one keeps the id it is
        // imported from (the mock engine substitutes it for an empty id).
        return CompletableFuture.completedFuture(ResourceResult.of(Optional.empty(), state));
    }

    @Override
    public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
        return CompletableFuture.completedFuture(switch (args.token) {
            // the project exists, but only Google knows its number
            case "gcp:organizations/getProject:getProject" -> Map.of(
                    "projectId", project, "number", UNKNOWN, "name", project, "id", "projects/" + project);
            case "cloudflare:index/getZone:getZone" -> zone(str(args.args.get("zoneId"), hex32("zone/" + zone)));
            default -> Map.of();
        });
    }

    /**
     * The zone as configured: its id and name are the stack's config, which {@code up} checks against Cloudflare. The
     * rest of the description is required by the result's type and read by nothing; it never reaches the plan.
     */
    private Map<String, Object> zone(String zoneId) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("id", zoneId);
        described.put("zoneId", zoneId);
        described.put("name", zone);
        described.put("status", "active");
        described.put("type", "full");
        described.put("paused", false);
        described.put("developmentMode", 0.0);
        described.put("nameServers", List.of("ada.ns.cloudflare.com", "bob.ns.cloudflare.com"));
        described.put("originalNameServers", List.of());
        described.put("vanityNameServers", List.of());
        described.put("permissions", List.of("#zone:read", "#zone:edit", "#dns_records:edit", "#waf:edit"));
        described.put("activatedOn", TIMESTAMP);
        described.put("createdOn", TIMESTAMP);
        described.put("modifiedOn", TIMESTAMP);
        described.put("cnameSuffix", "cdn.cloudflare.net");
        described.put("originalDnshost", "");
        described.put("originalRegistrar", "");
        described.put("verificationKey", "");
        described.put("account", Map.of("id", hex32("account/" + zone), "name", zone));
        described.put("owner", Map.of("id", hex32("owner/" + zone), "name", zone, "type", "organization"));
        described.put("tenant", Map.of("id", "", "name", ""));
        described.put("tenantUnit", Map.of("id", ""));
        described.put("meta", Map.of("cdnOnly", false, "customCertificateQuota", 0.0, "dnsOnly", false,
                "foundationDns", false, "pageRuleQuota", 20.0, "phishingDetected", false, "step", 2.0));
        described.put("plan", Map.of("canSubscribe", true, "currency", "USD", "externallyManaged", false,
                "frequency", "monthly", "id", hex32("plan/pro"), "isSubscribed", true, "legacyDiscount", false,
                "legacyId", "pro", "name", "Pro Website", "price", 20.0));
        return described;
    }

    /** A stable 32-hex-digit id, the shape of Cloudflare's ids. */
    static String hex32(String seed) {
        long a = crc(seed);
        long b = crc(seed + "#");
        long c = crc("#" + seed);
        long d = crc(seed + seed);
        return String.format("%08x%08x%08x%08x", a, b, c, d);
    }

    /** Marks outputs only the provider assigns, as a preview of a create leaves them. */
    private static void unknown(Map<String, Object> state, String... outputs) {
        for (String output : outputs) {
            state.put(output, UNKNOWN);
        }
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private static String str(Object value, String fallback) {
        return value == null ? fallback : value.toString();
    }

    private static long crc(String s) {
        CRC32 crc = new CRC32();
        crc.update(s.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
