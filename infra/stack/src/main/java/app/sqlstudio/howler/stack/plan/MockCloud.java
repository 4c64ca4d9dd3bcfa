package app.sqlstudio.howler.stack.plan;

import com.pulumi.test.Mocks;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.zip.CRC32;

/**
 * Stands in for Google Cloud, Kubernetes, Cloudflare and Turso during {@code howler plan}: every resource comes back
 * with its inputs plus the outputs the real provider would compute (IDs, IPs, endpoints, e-mail addresses), derived
 * deterministically from the resource's name so two plans of the same config are identical.
 */
public final class MockCloud implements Mocks {

    /** When every mocked Cloudflare and Turso object was created or last changed. */
    static final String TIMESTAMP = "2026-11-25T10:00:00Z";

    private final String project;
    private final String zone;
    private final String tursoOrganization;

    /** A cloud holding the GCP project, the Cloudflare zone named {@code zone} and the Turso organization. */
    public MockCloud(String project, String zone, String tursoOrganization) {
        this.project = project;
        this.zone = zone;
        this.tursoOrganization = tursoOrganization;
    }

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        Map<String, Object> state = new LinkedHashMap<>(args.inputs);
        String id = args.name + "-id";
        switch (args.type) {
            case "gcp:container/cluster:Cluster" -> {
                String name = str(args.inputs.get("name"), args.name);
                String location = str(args.inputs.get("location"), "us-central1");
                id = "projects/" + project + "/locations/" + location + "/clusters/" + name;
                state.put("endpoint", ip(34, args.name));
                state.put("clusterIpv4Cidr", "10.4.0.0/14");
                state.put("servicesIpv4Cidr", "34.118.224.0/20");
                state.put("masterVersion", "1.33.5-gke.1201000");
                state.put("masterAuth", Map.of("clusterCaCertificate", Base64.getEncoder().encodeToString(
                        ("-----BEGIN CERTIFICATE-----\nmock CA of " + name + "\n-----END CERTIFICATE-----\n")
                                .getBytes(StandardCharsets.UTF_8))));
                state.put("selfLink", "https://container.googleapis.com/v1/" + id);
            }
            case "gcp:container/nodePool:NodePool" -> id = project + "/" + str(args.inputs.get("location"), "us-central1")
                    + "/" + str(args.inputs.get("cluster"), "cluster") + "/" + str(args.inputs.get("name"), args.name);
            case "gcp:compute/address:Address" -> {
                state.put("address", ip(35, args.name));
                id = "projects/" + project + "/regions/" + str(args.inputs.get("region"), "us-central1")
                        + "/addresses/" + str(args.inputs.get("name"), args.name);
            }
            case "gcp:kms/keyRing:KeyRing" -> id = "projects/" + project + "/locations/"
                    + str(args.inputs.get("location"), "us-central1") + "/keyRings/" + str(args.inputs.get("name"), args.name);
            case "gcp:kms/cryptoKey:CryptoKey" -> id = str(args.inputs.get("keyRing"), "keyRing") + "/cryptoKeys/"
                    + str(args.inputs.get("name"), args.name);
            case "gcp:serviceaccount/account:Account" -> {
                String email = str(args.inputs.get("accountId"), args.name) + "@" + project + ".iam.gserviceaccount.com";
                state.put("email", email);
                state.put("member", "serviceAccount:" + email);
                id = "projects/" + project + "/serviceAccounts/" + email;
            }
            case "gcp:artifactregistry/repository:Repository" -> {
                id = "projects/" + project + "/locations/" + str(args.inputs.get("location"), "us-central1")
                        + "/repositories/" + str(args.inputs.get("repositoryId"), args.name);
                state.put("name", str(args.inputs.get("repositoryId"), args.name));
            }
            case "cloudflare:index/dnsRecord:DnsRecord" -> {
                id = hex32("dns/" + args.name);
                state.putIfAbsent("proxied", false);
                state.putIfAbsent("tags", List.of());
                state.put("proxiable", true);
                state.put("meta", "{}");
                state.put("settings", Map.of("flattenCname", false, "ipv4Only", false, "ipv6Only", false));
                state.put("includeShadowMetadata", false);
                for (String at : List.of("createdOn", "modifiedOn", "commentModifiedOn", "tagsModifiedOn")) {
                    state.put(at, TIMESTAMP);
                }
            }
            case "cloudflare:index/ruleset:Ruleset" -> {
                id = hex32("ruleset/" + args.name);
                List<Object> rules = new ArrayList<>();
                if (args.inputs.get("rules") instanceof List<?> given) {
                    for (Object rule : given) {
                        Map<String, Object> withId = new LinkedHashMap<>(rule instanceof Map<?, ?> m ? stringKeys(m) : Map.of());
                        withId.put("id", hex32("rule/" + args.name + "/" + withId.get("ref")));
                        rules.add(withId);
                    }
                }
                state.put("rules", rules);
                state.putIfAbsent("description", "");
                state.put("lastUpdated", TIMESTAMP);
                state.put("version", "1");
            }
            case "cloudflare:index/zoneSetting:ZoneSetting" -> {
                id = str(args.inputs.get("settingId"), args.name);
                state.put("editable", true);
                state.put("enabled", true);
                state.put("modifiedOn", TIMESTAMP);
                state.put("timeRemaining", 0.0);
            }
            case "turso:index:Group" -> {
                id = str(args.inputs.get("name"), args.name);
                state.putIfAbsent("locations", List.of());
                state.put("uuid", uuid("group/" + id));
            }
            case "turso:index:Database" -> {
                id = str(args.inputs.get("name"), args.name);
                String hostname = id + "-" + tursoOrganization + ".turso.io";
                state.putIfAbsent("deleteProtection", false);
                state.put("dbId", uuid("database/" + id));
                state.put("hostname", hostname);
                state.put("url", "libsql://" + hostname);
            }
            case "turso:index:DatabaseToken" -> {
                String database = str(args.inputs.get("database"), "database");
                id = database + "/" + uuid("token/" + args.name);
                state.putIfAbsent("expiration", "never");
                state.putIfAbsent("authorization", "full-access");
                // Shaped like the JWT Turso mints; the binding's additionalSecretOutputs make it a secret.
                state.put("token", "eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9." + Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(("{\"id\":\"" + uuid(id) + "\"}").getBytes(StandardCharsets.UTF_8)) + ".mock-signature");
            }
            case "pulumi:pulumi:StackReference" -> {
                // the owner of a shared dev cluster: a Howler stack exporting what SharedCluster reads
                String owner = str(args.inputs.get("name"), args.name);
                String stack = owner.substring(owner.lastIndexOf('/') + 1);
                id = owner;
                String cluster = "sql-studio-cluster-" + stack;
                state.put("outputs", Map.of(
                        "kubeconfig", "apiVersion: v1\nkind: Config\nclusters:\n- name: " + cluster + "\n  cluster:\n    server: https://"
                                + ip(34, owner) + "\ncontexts:\n- name: " + cluster + "\n  context:\n    cluster: " + cluster
                                + "\n    user: " + cluster + "\ncurrent-context: " + cluster + "\nusers:\n- name: " + cluster
                                + "\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: gke-gcloud-auth-plugin\n",
                        "ingressIp", ip(35, owner),
                        "registryUrl", "us-central1-docker.pkg.dev/" + project + "/sql-studio-" + stack,
                        "podCidr", "10.4.0.0/14",
                        "clusterName", cluster,
                        "clusterLocation", "us-central1-a"));
                state.put("secretOutputNames", List.of("kubeconfig"));
            }
            case "kubernetes:helm.sh/v3:Release" -> state.put("status", Map.of(
                    "status", "deployed", "version", 1, "namespace", str(args.inputs.get("namespace"), "default"),
                    "name", str(args.inputs.get("name"), args.name)));
            default -> {
                if (args.type.startsWith("kubernetes:") && args.inputs.get("metadata") instanceof Map<?, ?> meta) {
                    Object ns = meta.get("namespace");
                    id = (ns == null ? "" : ns + "/") + str(meta.get("name"), args.name);
                }
            }
        }
        return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(id), state));
    }

    @Override
    public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
        return CompletableFuture.completedFuture(switch (args.token) {
            case "gcp:organizations/getProject:getProject" -> Map.of(
                    "projectId", project, "number", String.valueOf(100_000_000_000L + crc(project) % 900_000_000_000L),
                    "name", project, "id", "projects/" + project);
            case "cloudflare:index/getZone:getZone" -> zone(str(args.args.get("zoneId"), hex32("zone/" + zone)));
            default -> Map.of();
        });
    }

    /** The zone as Cloudflare describes it: the mock account holds that one zone, active, on Pro. */
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

    /** A stable UUID, the shape of Turso's ids. */
    static String uuid(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private static String str(Object value, String fallback) {
        return value == null ? fallback : value.toString();
    }

    /** A stable public-looking address for a resource: the same name always gets the same IP. */
    static String ip(int first, String seed) {
        long h = crc(seed);
        return first + "." + (64 + h % 64) + "." + ((h >> 8) % 256) + "." + (1 + (h >> 16) % 254);
    }

    private static long crc(String s) {
        CRC32 crc = new CRC32();
        crc.update(s.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
