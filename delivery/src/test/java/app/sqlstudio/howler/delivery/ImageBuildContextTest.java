package app.sqlstudio.howler.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the deploy workflow hands `docker build` works: for each image, every file its Dockerfile copies from the
 * build context exists there and is not excluded by the context's .dockerignore. (The images' own contracts — users,
 * ports, health checks, base images — are the service's and the frontend's Dockerfile tests.)
 */
class ImageBuildContextTest {

    record Copy(String instruction, List<String> sources) { }

    /** COPY/ADD instructions that read the build context (not --from another stage), continuation lines joined. */
    static List<Copy> contextCopies(Path dockerfile) {
        String text = Repo.read(dockerfile).replaceAll("\\\\\\r?\\n", " ");
        List<Copy> out = new ArrayList<>();
        for (String line : text.split("\\r?\\n")) {
            String l = line.strip();
            if (!l.matches("(?i)(COPY|ADD)\\s.*")) continue;
            List<String> words = new ArrayList<>(List.of(l.split("\\s+")));
            words.remove(0);
            if (words.stream().anyMatch(w -> w.startsWith("--from="))) continue;
            words.removeIf(w -> w.startsWith("--"));
            if (!words.isEmpty() && words.get(0).startsWith("[")) { // exec form ["src", "dest"]
                words = List.of(String.join(" ", words).replaceAll("[\\[\\]\"]", "").split("\\s*,\\s*"));
            }
            out.add(new Copy(l, words.subList(0, words.size() - 1)));
        }
        return out;
    }

    /** Patterns of .dockerignore (BuildKit: Dockerfile-specific "<Dockerfile>.dockerignore" first). */
    static List<String> ignorePatterns(Path context, Path dockerfile) {
        Path specific = dockerfile.resolveSibling(dockerfile.getFileName() + ".dockerignore");
        Path file = Files.isRegularFile(specific) ? specific : context.resolve(".dockerignore");
        if (!Files.isRegularFile(file)) return List.of();
        return Repo.read(file).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.replaceFirst("^/", "")).toList();
    }

    /** Docker's rule: the last matching pattern wins; a pattern matches a path or any of its parents. */
    static boolean ignored(String relative, List<String> patterns) {
        boolean ignored = false;
        for (String pattern : patterns) {
            boolean negate = pattern.startsWith("!");
            String glob = negate ? pattern.substring(1) : pattern;
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            for (Path p = Path.of(relative); p != null; p = p.getParent()) {
                if (m.matches(p)) {
                    ignored = !negate;
                    break;
                }
            }
        }
        return ignored;
    }

    static List<String> matches(Path context, String source) {
        if (!source.contains("*") && !source.contains("?")) {
            return Files.exists(context.resolve(source)) ? List.of(source) : List.of();
        }
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + source);
        try (Stream<Path> files = Files.walk(context, 1)) {
            return files.map(context::relativize).filter(m::matches).map(Path::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void every_file_the_dockerfiles_copy_is_in_the_build_context_the_workflow_passes() {
        JsonNode images = Repo.yaml(Repo.workflow("deploy.yml")).at("/jobs/images/strategy/matrix/include");
        assertThat(images).hasSize(2);
        List<String> problems = new ArrayList<>();
        for (JsonNode image : images) {
            Path context = Repo.root().resolve(image.path("context").asText()).normalize();
            Path dockerfile = Repo.root().resolve(image.path("file").asText());
            assertThat(dockerfile).as("the Dockerfile deploy.yml builds").isRegularFile();
            List<String> patterns = ignorePatterns(context, dockerfile);
            List<Copy> copies = contextCopies(dockerfile);
            assertThat(copies).as("%s copies from its context", dockerfile).isNotEmpty();
            for (Copy copy : copies) {
                for (String source : copy.sources()) {
                    String where = Repo.root().relativize(dockerfile) + " `" + copy.instruction() + "`";
                    List<String> found = matches(context, source);
                    if (found.isEmpty()) {
                        problems.add(where + ": " + source + " is not in the build context " + Repo.root().relativize(context));
                    }
                    for (String f : found) {
                        if (ignored(f, patterns)) problems.add(where + ": " + f + " is excluded by .dockerignore");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void the_dockerignore_rules_are_read_as_docker_reads_them() {
        List<String> patterns = List.of("node_modules", "*.md", "tests", "!README-keep.md");
        assertThat(ignored("node_modules/vite/index.js", patterns)).isTrue();
        assertThat(ignored("README.md", patterns)).isTrue();
        assertThat(ignored("README-keep.md", patterns)).isFalse();
        assertThat(ignored("src/tests.ts", patterns)).isFalse();
        assertThat(ignored("src/main.tsx", patterns)).isFalse();
    }
}
