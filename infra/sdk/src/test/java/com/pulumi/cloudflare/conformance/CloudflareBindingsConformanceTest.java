package com.pulumi.cloudflare.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.cloudflare.CloudflareFunctions;
import com.pulumi.cloudflare.DnsRecord;
import com.pulumi.cloudflare.Utilities;
import com.pulumi.cloudflare.inputs.GetZoneArgs;
import com.pulumi.cloudflare.inputs.GetZonePlainArgs;
import com.pulumi.cloudflare.outputs.GetZoneResult;
import com.pulumi.core.Output;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.deployment.InvokeOutputOptions;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Cloudflare binding class against {@code infra/sdk/schema/cloudflare-6.x-subset.json} plus the 6.22.1 overlay
 * beside it: names, Java types, required flags, nothing missing, nothing extra. A misspelt field fails here (see
 * {@link BindingCheckerCatchesMistakesTest} for the proof on deliberately wrong classes).
 */
class CloudflareBindingsConformanceTest {
    static final String PINNED = "6.22.1";
    static JsonNode schema;

    @BeforeAll
    static void loadSchema() {
        schema = CloudflareSchema.effective();
    }

    @TestFactory
    Stream<DynamicTest> every_binding_class_matches_its_schema_object() {
        return BindingCatalog.bindings(schema).stream().map(b -> DynamicTest.dynamicTest(b.toString(),
            () -> Conformance.assertConforms(b.className(), b.check().get())));
    }

    @Test
    void every_compiled_class_of_the_package_stands_for_a_schema_part_and_every_schema_part_has_its_class() throws Exception {
        Conformance.assertConforms("The com.pulumi.cloudflare package",
            BindingCatalog.inventoryProblems(compiledTopLevelClasses(), BindingCatalog.bindings(schema)));
    }

    @Test
    void the_bindings_cover_all_the_resources_and_functions_of_the_subset() {
        JsonNode base = CloudflareSchema.base();
        assertThat(fieldNames(base.get("resources"))).containsExactlyInAnyOrder(
            "cloudflare:index/dnsRecord:DnsRecord", "cloudflare:index/ruleset:Ruleset", "cloudflare:index/zoneSetting:ZoneSetting");
        assertThat(fieldNames(base.get("functions"))).containsExactly("cloudflare:index/getZone:getZone");
        // The overlay only adds: every part of the 6.17.0 subset is still in the effective schema.
        for (String section : List.of("resources", "types", "functions")) {
            assertThat(fieldNames(schema.get(section))).containsAll(fieldNames(base.get(section)));
        }
    }

    @Test
    void the_overlay_covers_the_deltas_the_subset_announces_for_the_pinned_version() {
        JsonNode overlay = CloudflareSchema.overlay();
        assertThat(overlay.get("version").asText()).isEqualTo(PINNED);
        Set<String> overlaid = new TreeSet<>(fieldNames(overlay.get("resources")));
        overlaid.addAll(fieldNames(overlay.get("types")));
        Set<String> announced = new TreeSet<>(fieldNames(CloudflareSchema.base().get("x-deltas-" + PINNED)));
        announced.remove("source");
        assertThat(overlaid).containsAll(announced);
    }

    @Test
    void the_plugin_is_pinned_to_6_22_1_and_announced_to_the_language_host() throws IOException {
        assertThat(Utilities.getVersion()).isEqualTo(PINNED);
        assertThat(resource("com/pulumi/cloudflare/version.txt").trim()).isEqualTo(PINNED);
        JsonNode plugin = new ObjectMapper().readTree(resource("com/pulumi/cloudflare/plugin.json"));
        assertThat(plugin.get("resource").asBoolean()).as("only resource=true makes the host report the plugin").isTrue();
        assertThat(plugin.get("name").asText()).isEqualTo("cloudflare");
        assertThat(plugin.get("version").asText()).isEqualTo(PINNED);
    }

    @Test
    void getZone_has_the_output_and_plain_overloads_of_the_generated_sdk() throws NoSuchMethodException {
        List<Method> methods = List.of(
            CloudflareFunctions.class.getMethod("getZone"),
            CloudflareFunctions.class.getMethod("getZone", GetZoneArgs.class),
            CloudflareFunctions.class.getMethod("getZone", GetZoneArgs.class, InvokeOptions.class),
            CloudflareFunctions.class.getMethod("getZone", GetZoneArgs.class, InvokeOutputOptions.class),
            CloudflareFunctions.class.getMethod("getZonePlain"),
            CloudflareFunctions.class.getMethod("getZonePlain", GetZonePlainArgs.class),
            CloudflareFunctions.class.getMethod("getZonePlain", GetZonePlainArgs.class, InvokeOptions.class));
        for (Method m : methods) {
            assertThat(Modifier.isStatic(m.getModifiers())).as(m.toString()).isTrue();
            String want = (m.getName().endsWith("Plain") ? CompletableFuture.class : Output.class).getName()
                + "<" + GetZoneResult.class.getName() + ">";
            assertThat(m.getGenericReturnType().getTypeName()).as(m.toString()).isEqualTo(want);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DnsRecord.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as("classpath resource " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node != null) {
            node.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    /** The top-level classes of com.pulumi.cloudflare(.inputs|.outputs) in the main output (a folder or a jar). */
    static Set<String> compiledTopLevelClasses() throws Exception {
        Path location = Path.of(DnsRecord.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> entries;
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location.resolve("com/pulumi/cloudflare"))) {
                entries = files.map(p -> location.relativize(p).toString().replace('\\', '/')).toList();
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                entries = jar.stream().map(e -> e.getName()).toList();
            }
        }
        return entries.stream()
            .filter(n -> n.startsWith("com/pulumi/cloudflare/") && n.endsWith(".class") && !n.contains("$") && !n.endsWith("/package-info.class"))
            .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
            .collect(Collectors.toCollection(TreeSet::new));
    }
}
