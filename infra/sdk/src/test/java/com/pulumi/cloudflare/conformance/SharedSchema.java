package com.pulumi.cloudflare.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Pulumi package schema the Cloudflare bindings are checked against: the shared 6.17.0 subset
 * ({@code shared/schemas/cloudflare-6.x-subset.json}) with the 6.22.1 overlay of this module's test resources merged in
 * (objects merge key by key, arrays replace).
 */
public final class SharedSchema {
    public static final String SCHEMA_FILE = "schemas/cloudflare-6.x-subset.json";
    public static final String OVERLAY_RESOURCE = "/com/pulumi/cloudflare/conformance/schema-overlay-6.22.1.json";
    /** Overrides the search for the {@code shared} folder (system property, then environment variable). */
    public static final String SHARED_DIR_PROPERTY = "howler.shared.dir";
    public static final String SHARED_DIR_ENV = "HOWLER_SHARED_DIR";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SharedSchema() {}

    /** The shared 6.17.0 subset as published, without the overlay. */
    public static JsonNode base() {
        try {
            return MAPPER.readTree(locateSharedDir().resolve(SCHEMA_FILE).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode overlay() {
        try (InputStream in = SharedSchema.class.getResourceAsStream(OVERLAY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + OVERLAY_RESOURCE + " is missing");
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema of the plugin version the bindings pin: the shared subset with the 6.22.1 overlay applied. */
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

    /**
     * Finds the {@code shared} folder: walks up from the working directory (and from this class's location) and takes
     * the first {@code <dir>/shared} holding the schema. That finds {@code /work/shared} from {@code /work/main/infra/sdk},
     * and {@code <clone>/../shared} in CI, where a copy of {@code shared/} sits beside a fresh clone.
     */
    public static Path locateSharedDir() {
        String override = System.getProperty(SHARED_DIR_PROPERTY, System.getenv(SHARED_DIR_ENV));
        if (override != null && !override.isBlank()) {
            Path dir = Path.of(override).toAbsolutePath();
            if (Files.isRegularFile(dir.resolve(SCHEMA_FILE))) {
                return dir;
            }
            throw new IllegalStateException(SHARED_DIR_PROPERTY + "/" + SHARED_DIR_ENV + " points at " + dir
                + ", which has no " + SCHEMA_FILE);
        }
        Set<Path> tried = new LinkedHashSet<>();
        for (Path start : startingPoints()) {
            for (Path dir = start; dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve("shared");
                if (tried.add(candidate) && Files.isRegularFile(candidate.resolve(SCHEMA_FILE))) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("Cannot find shared/" + SCHEMA_FILE + "; looked in " + tried
            + ". Put a copy of shared/ beside (or above) the clone, or pass -D" + SHARED_DIR_PROPERTY + "=<path to shared>.");
    }

    private static List<Path> startingPoints() {
        List<Path> starts = new ArrayList<>();
        starts.add(Path.of("").toAbsolutePath());
        try {
            var source = SharedSchema.class.getProtectionDomain().getCodeSource();
            if (source != null) {
                starts.add(Path.of(source.getLocation().toURI()).toAbsolutePath());
            }
        } catch (URISyntaxException | IllegalArgumentException ignored) {
            // Not a file location (e.g. a nested jar): the working directory is enough.
        }
        return starts;
    }
}
