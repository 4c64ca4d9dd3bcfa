package com.pulumi.cloudflare.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The Pulumi package schema the Cloudflare bindings are checked against, kept in this module's {@code schema/} folder
 * beside the bindings: the 6.17.0 subset ({@code infra/sdk/schema/cloudflare-6.x-subset.json}) with the 6.22.1 overlay
 * ({@code infra/sdk/schema/cloudflare-overlay-6.22.1.json}) merged in (objects merge key by key, arrays replace).
 * Both files are part of the repository: a missing one is an error, never a reason to skip the check.
 */
public final class CloudflareSchema {
    public static final String SUBSET_FILE = "schema/cloudflare-6.x-subset.json";
    public static final String OVERLAY_FILE = "schema/cloudflare-overlay-6.22.1.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CloudflareSchema() {}

    /** The 6.17.0 subset as reconstructed, without the overlay. */
    public static JsonNode base() {
        return read(moduleDir().resolve(SUBSET_FILE));
    }

    /** The deltas from 6.17.0 to 6.22.1, the plugin version the bindings pin. */
    public static JsonNode overlay() {
        return read(moduleDir().resolve(OVERLAY_FILE));
    }

    /** The schema of the plugin version the bindings pin: the subset with the 6.22.1 overlay applied. */
    public static JsonNode effective() {
        ObjectNode merged = base().deepCopy();
        JsonNode overlay = overlay();
        for (String section : List.of("resources", "types", "functions")) {
            if (overlay.has(section)) {
                merged.set(section, merge(merged.path(section), overlay.get(section)));
            }
        }
        return merged;
    }

    static JsonNode merge(JsonNode base, JsonNode patch) {
        if (!base.isObject() || !patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = base.deepCopy();
        for (Map.Entry<String, JsonNode> e : patch.properties()) {
            result.set(e.getKey(), result.has(e.getKey()) ? merge(result.get(e.getKey()), e.getValue()) : e.getValue().deepCopy());
        }
        return result;
    }

    /** Reads one schema file; a missing or unreadable one fails with the path and how to get it back. */
    static JsonNode read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("The Cloudflare schema file " + file + " is missing. It is part of the "
                + "repository: restore it with `git checkout -- infra/sdk/schema`.");
        }
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("The Cloudflare schema file " + file + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    /**
     * This module's directory ({@code infra/sdk}), found from where the test classes were compiled to
     * ({@code infra/sdk/target/test-classes}), so the result does not depend on the working directory the tests run in.
     */
    static Path moduleDir() {
        Path classes;
        try {
            classes = Path.of(CloudflareSchema.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("Cannot tell where " + CloudflareSchema.class.getName() + " was loaded "
                + "from, so the schema folder infra/sdk/schema cannot be found: run the tests with Maven "
                + "(./mvnw -B -pl infra/sdk verify)", e);
        }
        Path target = classes.getParent();
        if (!classes.getFileName().toString().equals("test-classes") || target == null
            || !target.getFileName().toString().equals("target") || target.getParent() == null) {
            throw new IllegalStateException("The test classes were loaded from " + classes + ", not from "
                + "infra/sdk/target/test-classes, so the schema folder infra/sdk/schema cannot be found: run the tests "
                + "with Maven (./mvnw -B -pl infra/sdk verify)");
        }
        return target.getParent();
    }
}
