package app.sqlstudio.howler.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Node.js for the checks that run JavaScript: action-validator (installed from delivery/package-lock.json into
 * delivery/node_modules on first use, or again when the lockfile changes) and the workflows' own .mjs scripts.
 */
final class NodeTools {

    private static boolean installed;

    private NodeTools() { }

    static Path node() {
        Path node = Proc.onPath("node");
        if (node == null) {
            throw new AssertionError("Node.js is needed to check the workflows (action-validator and .github/scripts), "
                    + "but `node` is not on PATH: install Node.js 20 or newer (Debian: apt-get install nodejs npm) and re-run.");
        }
        return node;
    }

    static Path npm() {
        Path npm = Proc.onPath("npm");
        if (npm == null) {
            throw new AssertionError("npm is needed to install @action-validator/cli (delivery/package-lock.json), "
                    + "but `npm` is not on PATH: install Node.js 20 or newer with npm (Debian: apt-get install nodejs npm) "
                    + "and re-run.");
        }
        return npm;
    }

    /** delivery/node_modules, installed exactly from the committed lockfile. */
    static synchronized Path actionValidator() {
        Path module = Repo.root().resolve("delivery");
        Path cli = module.resolve("node_modules/@action-validator/cli/cli.mjs");
        Path marker = module.resolve("node_modules/.package-lock.json");
        if (!installed) {
            node();
            try {
                boolean fresh = Files.isRegularFile(cli) && Files.isRegularFile(marker)
                        && Files.getLastModifiedTime(marker).compareTo(
                                Files.getLastModifiedTime(module.resolve("package-lock.json"))) >= 0;
                if (!fresh) {
                    Proc p = Proc.run(module, Map.of(), null,
                            List.of(npm().toString(), "ci", "--no-audit", "--no-fund", "--loglevel=error"));
                    if (p.exit() != 0) {
                        throw new AssertionError("npm ci in delivery/ failed (exit " + p.exit() + "); it installs "
                                + "@action-validator/cli from the npm registry:\n" + p.all());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            installed = true;
        }
        return cli;
    }

    /** Runs {@code node script args...} from the repository root. */
    static Proc script(Map<String, String> env, String stdin, String script, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(node().toString(), script));
        command.addAll(List.of(args));
        return Proc.run(Repo.root(), env, stdin, command);
    }
}
