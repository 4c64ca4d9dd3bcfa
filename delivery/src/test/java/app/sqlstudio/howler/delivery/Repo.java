package app.sqlstudio.howler.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/** The repository under test: its root, its workflows (parsed), its README. */
final class Repo {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final ObjectMapper JSON = new ObjectMapper();

    private Repo() { }

    /** The repository root: the nearest ancestor of the working directory holding .github/workflows and pom.xml. */
    static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve(".github/workflows")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("no .github/workflows above " + Path.of("").toAbsolutePath());
    }

    static Path workflowsDir() {
        return root().resolve(".github/workflows");
    }

    static List<Path> workflows() {
        try (Stream<Path> files = Files.list(workflowsDir())) {
            return files.filter(f -> f.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path workflow(String fileName) {
        return workflowsDir().resolve(fileName);
    }

    static JsonNode yaml(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is not YAML", e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map.Entry<String, JsonNode> entry(String key, JsonNode value) {
        return Map.entry(key, value);
    }

    static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        if (node != null && node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                out.add(it.next());
            }
        }
        return out;
    }

    /** Calls {@code each(jobId, job)} for every job of a workflow. */
    static void forEachJob(JsonNode workflow, BiConsumer<String, JsonNode> each) {
        fields(workflow.path("jobs")).forEach(e -> each.accept(e.getKey(), e.getValue()));
    }

    /** Every step of every job, as (where, step), where = "file › job › step name". */
    static List<Map.Entry<String, JsonNode>> steps(Path file) {
        JsonNode workflow = yaml(file);
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        forEachJob(workflow, (id, job) -> {
            int i = 0;
            for (JsonNode step : job.path("steps")) {
                i++;
                String name = step.hasNonNull("name") ? step.get("name").asText()
                        : step.hasNonNull("uses") ? step.get("uses").asText() : "step " + i;
                out.add(entry(file.getFileName() + " › " + id + " › " + name, step));
            }
        });
        return out;
    }
}
