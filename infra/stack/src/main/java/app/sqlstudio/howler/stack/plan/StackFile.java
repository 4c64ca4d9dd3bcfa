package app.sqlstudio.howler.stack.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A stack's {@code Pulumi.<stack>.yaml}, read the way the engine passes it to the program: every value a string,
 * structured values as JSON text, and {@code secure:} values known to be secrets (their ciphertext cannot be read
 * offline, and a plan never needs it).
 */
public record StackFile(Path path, String stack, Map<String, String> values, Set<String> secureKeys) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    public StackFile {
        values = Map.copyOf(values);
        secureKeys = Set.copyOf(secureKeys);
    }

    public static Path pathOf(Path projectDir, String stack) {
        return projectDir.resolve("Pulumi." + stack + ".yaml");
    }

    /** Reads {@code Pulumi.<stack>.yaml} in {@code projectDir}; errors say which file and what to do. */
    public static StackFile load(Path projectDir, String stack) {
        Path file = pathOf(projectDir, stack);
        if (!Files.isRegularFile(file)) {
            throw new StackFileException("No stack file " + file.getFileName() + " in " + projectDir.toAbsolutePath()
                    + ": run Howler from the repository root (or pass --cwd), or create the stack with "
                    + "`howler stack init " + stack + "`.");
        }
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new StackFileException(file.getFileName() + " is not valid YAML (" + firstLine(e.getMessage())
                    + "): fix the file or restore it from git.");
        }
        List<String> dates = unquotedDates(file);
        if (!dates.isEmpty()) {
            throw new StackFileException(file.getFileName() + ": " + String.join(", ", dates) + " "
                    + (dates.size() == 1 ? "is an unquoted date" : "are unquoted dates") + ", which the Pulumi CLI reads "
                    + "as a YAML timestamp and hands the program as '2026-11-20 00:00:00 +0000 UTC', not as written: "
                    + "quote " + (dates.size() == 1 ? "it" : "them") + ", e.g. " + dates.get(0) + ": \"2026-11-20\".");
        }
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> secure = new LinkedHashSet<>();
        JsonNode config = root == null ? null : root.get("config");
        if (config != null && !config.isNull()) {
            if (!config.isObject()) {
                throw new StackFileException(file.getFileName() + ": `config` must be a mapping of KEY: VALUE.");
            }
            config.fields().forEachRemaining(e -> {
                JsonNode v = e.getValue();
                if (v.isObject() && v.has("secure")) {
                    secure.add(e.getKey());
                } else if (v.isValueNode()) {
                    values.put(e.getKey(), v.asText());
                } else {
                    values.put(e.getKey(), toJson(v));
                }
            });
        }
        return new StackFile(file, stack, values, secure);
    }

    /**
     * The config keys whose value is a plain (unquoted) scalar that YAML resolves as a timestamp. Jackson reads those as
     * the text written, the Pulumi CLI as a date it renders in Go's format, so the offline plan and the engine would
     * disagree (found running the real CLI: `pulumi config get` and the program see "2026-11-20 00:00:00 +0000 UTC").
     */
    static List<String> unquotedDates(Path file) {
        List<String> keys = new ArrayList<>();
        Node root;
        try (Reader reader = Files.newBufferedReader(file)) {
            root = new Yaml().compose(reader);
        } catch (IOException | RuntimeException e) {
            return keys; // unreadable YAML is reported by the Jackson read above
        }
        if (!(root instanceof MappingNode top)) {
            return keys;
        }
        for (NodeTuple entry : top.getValue()) {
            if (entry.getKeyNode() instanceof ScalarNode key && key.getValue().equals("config")
                    && entry.getValueNode() instanceof MappingNode config) {
                for (NodeTuple item : config.getValue()) {
                    if (item.getValueNode() instanceof ScalarNode value && item.getKeyNode() instanceof ScalarNode name
                            && value.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
                            && Tag.TIMESTAMP.equals(value.getTag())) {
                        keys.add(name.getValue());
                    }
                }
            }
        }
        return keys;
    }

    private static String toJson(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse(message);
    }

    /** The stack file is missing or unreadable. */
    public static final class StackFileException extends RuntimeException {
        public StackFileException(String message) {
            super(message);
        }
    }
}
