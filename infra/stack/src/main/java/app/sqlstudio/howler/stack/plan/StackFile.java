package app.sqlstudio.howler.stack.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

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
