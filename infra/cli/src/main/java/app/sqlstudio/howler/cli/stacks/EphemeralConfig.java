package app.sqlstudio.howler.cli.stacks;

import app.sqlstudio.howler.cli.ExitCode;
import app.sqlstudio.howler.cli.HowlerException;
import app.sqlstudio.howler.cli.render.ManifestWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The config of a new stack made from a source stack's file (prod by default): every plain value copied, secrets
 * left out (they are encrypted with the source stack's key; {@code stack init} sets them through the engine), and for
 * an ephemeral stack the overrides of docs/architecture.md "Stacks": one node in one zone, HPA 1..2, hostnames under
 * {@code <stack>.dev.<domain>}, its own database in the shared {@code dev} Turso group, no protection, and an expiry.
 */
public final class EphemeralConfig {

    /** Names of ephemeral stacks: {@code dev-<name>} or {@code pr-<number>}, lower case, short enough for every derived name. */
    public static final Pattern EPHEMERAL_NAME = Pattern.compile("^(dev-[a-z0-9]([a-z0-9-]{0,18}[a-z0-9])?|pr-[0-9]{1,6})$");
    public static final Pattern STACK_NAME = Pattern.compile("^[a-z][a-z0-9-]{0,29}$");
    /**
     * Keys of the source that describe its own state, not a configuration to copy: a pending restore
     * ({@code howler db restore}) names the source's replaced database, which the new stack neither has nor may touch.
     */
    public static final Set<String> NOT_COPIED = Set.of("howler:tursoRestoredFrom", "howler:tursoFinalizeRestore");

    /** The shared Turso group ephemeral databases live in (it exists once, outside any stack). */
    public static final String DEV_TURSO_GROUP = "dev";

    // Dates and instants are quoted like numbers: unquoted, the Pulumi CLI reads them as YAML timestamps and hands the
    // program "2026-11-20 00:00:00 +0000 UTC" instead of the value written.
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .stringQuotingChecker(new ManifestWriter.QuoteWhatWouldReadAsAnotherType())
            .build());

    private EphemeralConfig() {
    }

    /** The plain (non-secret) config values of a stack file, structured values kept as lists/maps. */
    public static Map<String, Object> plainValues(Path stackFile) {
        JsonNode root;
        try {
            root = YAML.readTree(stackFile.toFile());
        } catch (IOException e) {
            throw new HowlerException(ExitCode.USAGE, stackFile.getFileName() + " is not valid YAML: fix it or restore it from git.", e);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        JsonNode config = root == null ? null : root.get("config");
        if (config != null && config.isObject()) {
            config.fields().forEachRemaining(e -> {
                JsonNode v = e.getValue();
                if (!(v.isObject() && v.has("secure"))) {
                    values.put(e.getKey(), YAML.convertValue(v, Object.class));
                }
            });
        }
        return values;
    }

    /** The secret keys of a stack file ({@code secure:} values). */
    public static List<String> secureKeys(Path stackFile) {
        try {
            JsonNode config = YAML.readTree(stackFile.toFile()).get("config");
            if (config == null || !config.isObject()) {
                return List.of();
            }
            List<String> keys = new java.util.ArrayList<>();
            config.fields().forEachRemaining(e -> {
                if (e.getValue().isObject() && e.getValue().has("secure")) {
                    keys.add(e.getKey());
                }
            });
            return keys;
        } catch (IOException e) {
            throw new HowlerException(ExitCode.USAGE, stackFile.getFileName() + " is not valid YAML: fix it or restore it from git.", e);
        }
    }

    /** The ephemeral overrides for {@code stack}, derived from the source's values; expires {@code ttl} after {@code now}. */
    public static Map<String, Object> ephemeralOverrides(Map<String, Object> source, String stack, Duration ttl, Instant now) {
        String domain = string(source, "howler:domain", "sql-studio.app");
        String region = string(source, "gcp:region", "us-central1");
        String location = string(source, "howler:clusterLocation", region);
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("howler:environment", "development");
        o.put("howler:domain", stack + ".dev." + domain);
        o.put("howler:protect", false);
        o.put("howler:expiresAt", now.plus(ttl).truncatedTo(ChronoUnit.SECONDS).toString());
        o.put("howler:clusterName", derived(string(source, "howler:clusterName", "sql-studio-cluster"), stack, 40, "howler-"));
        // A zone, not a region: one zone means one node pool location, so min = max = 1 node in total.
        o.put("howler:clusterLocation", location.matches(".*-[a-z]$") ? location : region + "-a");
        o.put("howler:nodeMinCount", 1);
        o.put("howler:nodeMaxCount", 1);
        o.put("howler:backendReplicasMin", 1);
        o.put("howler:backendReplicasMax", 2);
        o.put("howler:frontendReplicas", 1);
        // kube-prometheus-stack does not fit beside the app on one e2-medium node.
        o.put("howler:monitoring", false);
        o.put("howler:artifactRepository", derived(string(source, "howler:artifactRepository", "sql-studio"), stack, 40, "howler-"));
        o.put("howler:tursoSharedGroup", DEV_TURSO_GROUP);
        // prod's base name, also when prod runs on a restored database (<name>-rYYYYMMDD-HHMM)
        String db = string(source, "howler:tursoDatabaseName", "sql-studio-production")
                .replaceAll("-r[0-9]{8}-[0-9]{4}$", "").replaceAll("-(production|prod)$", "");
        o.put("howler:tursoDatabaseName", derived(db, stack, 64, "howler-"));
        return o;
    }

    /**
     * For an ephemeral stack in a namespace of the cluster {@code owner} owns: the app gets a namespace of its own, and
     * the keys that describe a cluster of its own go, since it creates none.
     */
    public static Map<String, Object> sharedClusterOverrides(Map<String, Object> values, String stack, String owner) {
        if (owner.isBlank() || owner.equals(stack)) {
            throw new HowlerException(ExitCode.USAGE, "--shared-cluster " + owner + ": name the stack that owns the shared "
                    + "dev cluster, e.g. --shared-cluster dev.");
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("howler:sharedCluster", owner);
        o.put("howler:namespace", derived(string(values, "howler:namespace", "sql-studio"), stack, 40, "howler-"));
        o.put("howler:monitoring", false);
        return o;
    }

    /** {@code base-stack}, or {@code fallback+stack} when that is longer than {@code max}. */
    public static String derived(String base, String stack, int max, String fallback) {
        String name = base + "-" + stack;
        return name.length() <= max ? name : fallback + stack;
    }

    /** Applies {@code --set KEY=VALUE} pairs; keys without a namespace get {@code howler:}. */
    public static void applySets(Map<String, Object> values, List<String> sets) {
        for (String s : sets) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new HowlerException(ExitCode.USAGE, "--set " + s + ": expected KEY=VALUE, e.g. --set gcp:project=howlerops-dev.");
            }
            String key = s.substring(0, eq).trim();
            values.put(key.contains(":") ? key : "howler:" + key, s.substring(eq + 1));
        }
    }

    /** The YAML text of a stack file holding {@code values}, with a header saying where it came from. */
    public static String render(Map<String, Object> values, List<String> header) {
        ObjectNode root = YAML.createObjectNode();
        root.set("config", YAML.valueToTree(values));
        try {
            StringBuilder sb = new StringBuilder();
            header.forEach(h -> sb.append("# ").append(h).append('\n'));
            sb.append(YAML.writeValueAsString(root));
            return sb.toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new HowlerException(ExitCode.FAILURE, "Could not write " + file + ": " + e.getMessage() + ".", e);
        }
    }

    private static String string(Map<String, Object> values, String key, String fallback) {
        Object v = values.get(key);
        return v == null ? fallback : String.valueOf(v);
    }
}
