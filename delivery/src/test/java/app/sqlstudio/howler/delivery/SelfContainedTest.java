package app.sqlstudio.howler.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository stands alone: no tracked file reads, links or cites anything outside it. The design documents the
 * project started from lived in a folder named {@code shared} beside the repository, which a user who clones it does not
 * have; everything the build, the tests and the readers need is now in the repository (the Cloudflare schema in
 * {@code infra/sdk/schema/}, the design in {@code docs/}). This test fails on a path into such a folder, on the old
 * document names, and on a {@code docs/*.md} citation that names no file.
 */
class SelfContainedTest {

    /**
     * This file names the forbidden references on purpose, to prove they are caught. It spells the folder with a
     * character class or a placeholder, so that {@code git grep} for the folder's path finds nothing in the repository.
     */
    static final String SELF = "delivery/src/test/java/app/sqlstudio/howler/delivery/SelfContainedTest.java";

    /** A path-like token with a segment {@code shared} followed by a slash, relative or absolute. */
    static final Pattern SHARED_PATH = Pattern.compile("[\\w./-]*(?<![\\w.-])shared[/][\\w./-]*");
    /** Stands for the folder and its slash in the samples below. */
    static final String S = "{S}";
    /** The documents of the old shared folder, by the names code and docs used to cite them. */
    static final Pattern OLD_DOCUMENT = Pattern.compile("INFRASTRUCTURE_ARCHITECTURE|(?<![\\w/.-])(api|cli|infra)\\.md\\b");
    /** The same documents in test names ({@code ..._of_infra_md}). */
    static final Pattern OLD_DOCUMENT_IN_NAME = Pattern.compile("(?<![A-Za-z0-9])(api|cli|infra)_md(?![A-Za-z0-9])");
    /** The loader's removed knobs for finding the shared folder. */
    static final Pattern OLD_KNOB = Pattern.compile("howler\\.shared\\.dir|HOWLER_SHARED_DIR");
    /** A citation of a design document of this repository. */
    static final Pattern DOCS_CITATION = Pattern.compile("(?<![\\w.-])docs/[\\w-]+\\.md");

    @Test
    void no_tracked_file_refers_to_anything_outside_the_repository() {
        Path root = Repo.root();
        List<String> problems = new ArrayList<>();
        for (String file : trackedFiles(root)) {
            if (file.equals(SELF)) {
                continue;
            }
            byte[] bytes = readBytes(root.resolve(file));
            if (isBinary(bytes)) {
                continue;
            }
            problems.addAll(problems(root, file, new String(bytes, StandardCharsets.UTF_8)));
        }
        assertThat(problems)
            .as("references to files outside the repository (write the fact into docs/ in the project's own words and "
                + "cite that file; the design is in docs/architecture.md, the plan contract and policies in "
                + "docs/plan-json.md, the API in docs/api.md, the Turso protocols in docs/turso.md)")
            .isEmpty();
    }

    @Test
    void the_check_catches_each_kind_of_outside_reference(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/api.md"), "# API\n");
        Files.createDirectories(root.resolve("web").resolve("shared"));
        Files.writeString(root.resolve("web").resolve("shared").resolve("button.ts"), "");
        Map<String, Boolean> caught = Map.ofEntries(
            Map.entry("see `../{S}seed/INFRASTRUCTURE_ARCHITECTURE.md`", true),
            Map.entry("/** Exit codes of {S}spec/cli.md. */", true),
            Map.entry("found under /work/{S}schemas", true),
            Map.entry("the policies of cli.md", true),
            Map.entry("(infra.md \"Stacks\")", true),
            Map.entry("Target (api.md)", true),
            Map.entry("-Dhowler.shared.dir=DIR", true),
            Map.entry("void backend_deployment_matches_infra_md() {", true),
            Map.entry("see docs/plan-json.md", true),
            Map.entry("see docs/api.md", false),
            Map.entry("import './{S}button.ts'", false),
            Map.entry("howler:sharedCluster: dev", false),
            Map.entry("a shared dev cluster", false));
        caught.forEach((sample, expected) -> {
            String line = sample.replace(S, "shared" + "/");
            assertThat(!problems(root, "web/app.ts", line).isEmpty())
                .as("is '%s' reported", line).isEqualTo(expected);
        });
        assertThat(problems(root, "web/app.ts", "a\nb cli.md")).containsExactly(
            "web/app.ts:2: names cli.md, a document that is not in the repository");
    }

    /** Every outside reference in one file's text, as "file:line: what". */
    static List<String> problems(Path root, String file, String text) {
        List<String> out = new ArrayList<>();
        Path dir = root.resolve(file).getParent();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String where = file + ":" + (i + 1) + ": ";
            String line = lines[i];
            Matcher shared = SHARED_PATH.matcher(line);
            while (shared.find()) {
                String path = shared.group();
                if (path.startsWith("/") || path.contains("../") || !existsInRepository(root, dir, path)) {
                    out.add(where + "names " + path + ", which is outside the repository");
                }
            }
            Matcher document = OLD_DOCUMENT.matcher(line);
            while (document.find()) {
                boolean relativeLink = document.group(1) != null && Files.isRegularFile(dir.resolve(document.group()));
                if (!relativeLink) {
                    out.add(where + "names " + document.group() + ", a document that is not in the repository");
                }
            }
            Matcher named = OLD_DOCUMENT_IN_NAME.matcher(line);
            while (named.find()) {
                out.add(where + "names " + named.group(1) + ".md, a document that is not in the repository, in a name");
            }
            if (OLD_KNOB.matcher(line).find()) {
                out.add(where + "uses a removed setting for finding files outside the repository");
            }
            Matcher docs = DOCS_CITATION.matcher(line);
            while (docs.find()) {
                if (!Files.isRegularFile(root.resolve(docs.group()))) {
                    out.add(where + "cites " + docs.group() + ", which does not exist");
                }
            }
        }
        return out;
    }

    private static boolean existsInRepository(Path root, Path dir, String path) {
        String trimmed = path.replaceAll("[./]+$", "");
        return Files.exists(root.resolve(trimmed)) || Files.exists(dir.resolve(trimmed));
    }

    static List<String> trackedFiles(Path root) {
        if (Proc.onPath("git") == null) {
            throw new IllegalStateException("git is not on PATH: this test lists the repository's tracked files with "
                + "`git ls-files`. Install git (apt-get install git) and run the tests in a clone.");
        }
        Proc git = Proc.run(root, Map.of(), "", List.of("git", "ls-files", "-z"));
        if (git.exit() != 0) {
            throw new IllegalStateException("`git ls-files` failed in " + root + " (exit " + git.exit() + "): "
                + git.stderr().strip() + ". Run the tests in a git clone of the repository, with git installed.");
        }
        List<String> files = Arrays.stream(git.stdout().split("\0")).filter(f -> !f.isEmpty()).toList();
        assertThat(files).as("tracked files of " + root).contains("pom.xml", "README.md");
        return files;
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tracked file " + file, e);
        }
    }

    private static boolean isBinary(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8000); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
