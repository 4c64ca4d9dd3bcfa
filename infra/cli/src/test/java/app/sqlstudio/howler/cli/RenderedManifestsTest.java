package app.sqlstudio.howler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.LimitRange;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --render-dir} writes every Kubernetes object as a manifest that is a valid object of its kind: each file is
 * read back into the fabric8 Kubernetes model and must leave nothing unrecognised (fabric8 keeps unknown fields in
 * {@code additionalProperties}; this test requires them to be empty everywhere).
 */
class RenderedManifestsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Map<String, Class<?>> KINDS = Map.ofEntries(
            Map.entry("Namespace", Namespace.class), Map.entry("ResourceQuota", ResourceQuota.class),
            Map.entry("LimitRange", LimitRange.class), Map.entry("ServiceAccount", ServiceAccount.class),
            Map.entry("Secret", Secret.class), Map.entry("ConfigMap", ConfigMap.class), Map.entry("Service", Service.class),
            Map.entry("Deployment", Deployment.class), Map.entry("Job", Job.class),
            Map.entry("HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("PodDisruptionBudget", PodDisruptionBudget.class), Map.entry("NetworkPolicy", NetworkPolicy.class),
            Map.entry("Ingress", Ingress.class));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> CUSTOM = Set.of("ClusterIssuer", "Certificate", "ServiceMonitor", "PrometheusRule");

    @TempDir
    static Path dir;
    static CliRun run;

    @BeforeAll
    static void render() {
        run = CliRun.of("plan", "prod", "--cwd", CliRun.repoRoot().toString(), "--render-dir", dir.toString());
    }

    @Test
    void every_kubernetes_object_is_written_to_its_own_file() throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).containsPattern("Wrote \\d+ manifests to ");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(f -> f.toString().endsWith(".yaml")).map(f -> f.getFileName().toString()))
                    .contains("deployment-sql-studio-sql-studio-backend.yaml", "namespace-sql-studio.yaml",
                            "networkpolicy-sql-studio-default-deny-all.yaml", "clusterissuer-letsencrypt-prod.yaml",
                            "ingress-sql-studio-sql-studio.yaml");
        }
    }

    @Test
    void each_manifest_is_a_valid_object_of_its_kind_with_no_unknown_field() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(25);
        for (Path file : files) {
            JsonNode tree = YAML.readTree(file.toFile());
            String kind = tree.get("kind").asText();
            assertThat(tree.at("/metadata/name").asText()).as(file.toString()).isNotBlank();
            if (CUSTOM.contains(kind)) {
                assertThat(tree.get("apiVersion").asText()).as(file.toString()).contains("/");
                assertThat(tree.get("spec").isObject()).as(file.toString()).isTrue();
                continue;
            }
            Class<?> type = KINDS.get(kind);
            assertThat(type).as("a model class for kind %s (%s)", kind, file).isNotNull();
            Object object = YAML.treeToValue(tree, type);
            assertNoUnknownFields(object, file.getFileName() + ":" + kind, new IdentityHashMap<>());
        }
    }

    @Test
    void every_manifest_reads_back_in_a_yaml_1_1_reader_as_exactly_the_planned_inputs() throws Exception {
        JsonNode plan = JSON.readTree(CliRun.of("plan", "prod", "--format", "json", "--cwd", CliRun.repoRoot().toString()).out());
        Map<String, JsonNode> planned = new java.util.HashMap<>();
        for (JsonNode r : plan.get("resources")) {
            JsonNode in = r.get("inputs");
            if (in.has("kind") && in.has("metadata")) {
                planned.put(key(in), in);
            }
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(25);
        boolean sawADate = false;
        for (Path file : files) {
            // SnakeYAML's default loader resolves YAML 1.1 types, as kubectl's reader does: a plain 2026-11-20 is a Date.
            Object loaded = new org.yaml.snakeyaml.Yaml().load(Files.readString(file));
            JsonNode back = JSON.valueToTree(loaded);
            JsonNode expected = planned.get(key(back));
            assertThat(expected).as("a planned resource for %s", file.getFileName()).isNotNull();
            assertThat(back).as(file.getFileName().toString()).isEqualTo(expected);
            sawADate |= Files.readString(file).contains("\"2026-");
        }
        assertThat(sawADate).as("some manifest holds a date-like string (the secret rotation annotations)").isTrue();
    }

    @Test
    void strings_that_look_like_other_types_are_quoted_and_others_stay_plain() throws Exception {
        Path out = Files.createDirectories(dir.resolve("strings"));
        Map<String, Object> inputs = new java.util.LinkedHashMap<>();
        inputs.put("apiVersion", "v1");
        inputs.put("kind", "ConfigMap");
        inputs.put("metadata", Map.of("name", "strings", "namespace", "x"));
        List<String> tricky = List.of("2026-11-20", "2026-11-20T09:30:00Z", "1:20", "0x1F", "0o17", "017", "1_000", "1e3",
                ".inf", "-.Inf", ".NaN", "yes", "No", "on", "OFF", "y", "true", "null", "~", "", "12", "0.5", "=", "<<");
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        for (int i = 0; i < tricky.size(); i++) {
            data.put("k" + i, tricky.get(i));
        }
        data.put("plain", "sql-studio.app");
        inputs.put("data", data);
        var resource = new app.sqlstudio.howler.stack.plan.PlannedResource("urn:pulumi:prod::howlerops::kubernetes:core/v1:ConfigMap::strings",
                "kubernetes:core/v1:ConfigMap", "strings", null, false, inputs, List.of());
        var written = app.sqlstudio.howler.cli.render.ManifestWriter.write(
                new app.sqlstudio.howler.stack.plan.Plan("howlerops", "prod", List.of(resource), Map.of(), List.of()), out);
        String yaml = Files.readString(written.get(0));
        Map<String, Object> back = new org.yaml.snakeyaml.Yaml().load(yaml);
        assertThat(back.get("data")).as(yaml).isEqualTo(data);
        assertThat(yaml).contains("plain: sql-studio.app");
    }

    private static String key(JsonNode object) {
        return object.get("kind").asText() + "/" + object.at("/metadata/namespace").asText() + "/" + object.at("/metadata/name").asText();
    }

    @Test
    void secrets_are_rendered_masked() throws Exception {
        String secret = Files.readString(dir.resolve("secret-sql-studio-sql-studio-secrets.yaml"));
        assertThat(secret).contains("jwt-secret: \"[secret]\"").doesNotContain("placeholder");
    }

    @Test
    void values_only_known_after_up_are_rendered_unknown_never_made_up() throws Exception {
        String secret = Files.readString(dir.resolve("secret-sql-studio-sql-studio-secrets.yaml"));
        assertThat(secret).contains("turso-url: \"[unknown]\"").doesNotContain(".turso.io");
        String backend = Files.readString(dir.resolve("deployment-sql-studio-sql-studio-backend.yaml"));
        assertThat(backend).doesNotContain("10.4.0.0/14").doesNotContain("libsql://");
        JsonNode apex = JSON.readTree(dir.resolve("cloudflare").resolve("dnsrecord-edge-apex.json").toFile());
        assertThat(apex.at("/inputs/content").asText()).isEqualTo("[unknown]");
    }

    @Test
    void an_unknown_field_is_caught_by_this_check() throws Exception {
        JsonNode tree = YAML.readTree("apiVersion: v1\nkind: Service\nmetadata: {name: x}\nspec: {portz: [1]}\n");
        Object service = YAML.treeToValue(tree, Service.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertNoUnknownFields(service, "x", new IdentityHashMap<>()))
                .hasMessageContaining("portz");
    }

    private static void assertNoUnknownFields(Object object, String where, IdentityHashMap<Object, Boolean> seen) throws Exception {
        if (object == null || seen.containsKey(object)) {
            return;
        }
        if (object instanceof Collection<?> c) {
            for (Object o : c) {
                assertNoUnknownFields(o, where, seen);
            }
            return;
        }
        if (object instanceof Map<?, ?> m) {
            for (Object o : m.values()) {
                assertNoUnknownFields(o, where, seen);
            }
            return;
        }
        if (!object.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        seen.put(object, true);
        for (Method getter : object.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || getter.getDeclaringClass() == Object.class
                    || !(getter.getName().startsWith("get") || getter.getName().startsWith("is"))) {
                continue;
            }
            Object value = getter.invoke(object);
            if (getter.getName().equals("getAdditionalProperties")) {
                assertThat((Map<?, ?>) value).as("unknown fields in %s (%s)", where, object.getClass().getSimpleName()).isEmpty();
            } else {
                assertNoUnknownFields(value, where, seen);
            }
        }
    }
}
