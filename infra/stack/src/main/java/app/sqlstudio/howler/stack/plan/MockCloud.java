package app.sqlstudio.howler.stack.plan;

import com.pulumi.test.Mocks;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.zip.CRC32;

/**
 * Stands in for Google Cloud, Kubernetes, Cloudflare and Turso during {@code howler plan}: every resource comes back
 * with its inputs plus the outputs the real provider would compute (IDs, IPs, endpoints, e-mail addresses), derived
 * deterministically from the resource's name so two plans of the same config are identical.
 */
public final class MockCloud implements Mocks {

    private final String project;

    public MockCloud(String project) {
        this.project = project;
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
            default -> Map.of();
        });
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
