package app.sqlstudio.howler.cli.stacks;

import app.sqlstudio.howler.cli.ExitCode;
import app.sqlstudio.howler.cli.HowlerException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code stack init --kubeconfig} needs to know of a kubeconfig file: that it is one, its contexts and its
 * current context. Only names are read; the credentials in it are never copied anywhere.
 *
 * @param path           the file, absolute and normalized
 * @param contexts       the names of its contexts, in file order
 * @param currentContext its {@code current-context}, when set
 */
public record KubeconfigFile(Path path, List<String> contexts, Optional<String> currentContext) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /**
     * Reads {@code given} ({@code ~} expanded against {@code home}, relative paths against {@code cwd}); every way it
     * can be unusable is an error naming the file and the fix.
     */
    public static KubeconfigFile read(String given, Path cwd, Path home) {
        Path path = resolve(given, cwd, home);
        if (!Files.exists(path)) {
            throw new HowlerException(ExitCode.USAGE, "--kubeconfig " + given + ": " + path + " does not exist. Pass your "
                    + "cluster's kubeconfig, e.g. --kubeconfig ~/.kube/config, or write kind's with "
                    + "`kind get kubeconfig --name howler > ~/.kube/howler.yaml`.");
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new HowlerException(ExitCode.USAGE, "--kubeconfig " + given + ": " + path + " is not a readable file: "
                    + "pass the kubeconfig file itself (not its directory) and check its permissions.");
        }
        JsonNode root;
        try {
            root = YAML.readTree(path.toFile());
        } catch (IOException e) {
            throw new HowlerException(ExitCode.USAGE, "--kubeconfig " + given + ": " + path + " is not YAML ("
                    + firstLine(e.getMessage()) + "); pass a kubeconfig file (`kubectl config view --raw` shows one).", e);
        }
        if (root == null || !root.isObject() || !"Config".equals(root.path("kind").asText(""))
                && !root.has("contexts")) {
            throw new HowlerException(ExitCode.USAGE, "--kubeconfig " + given + ": " + path + " is not a kubeconfig (no "
                    + "`kind: Config` and no contexts); pass the file kubectl uses (`kubectl config view --raw`).");
        }
        List<String> contexts = new ArrayList<>();
        root.path("contexts").forEach(c -> {
            String name = c.path("name").asText("");
            if (!name.isBlank()) {
                contexts.add(name);
            }
        });
        if (contexts.isEmpty()) {
            throw new HowlerException(ExitCode.USAGE, "--kubeconfig " + given + ": " + path + " has no contexts: create one "
                    + "(kind, minikube and k3d write it when they create a cluster) or pass another file.");
        }
        String current = root.path("current-context").asText("");
        return new KubeconfigFile(path, List.copyOf(contexts), current.isBlank() ? Optional.empty() : Optional.of(current));
    }

    /**
     * The context the stack will use: {@code requested} when given, otherwise the file's current context. Pinning it
     * in the stack means a later {@code kubectl config use-context} never points the stack at another cluster.
     */
    public String context(String requested) {
        if (requested != null) {
            if (!contexts.contains(requested)) {
                throw new HowlerException(ExitCode.USAGE, "--context " + requested + ": " + path + " has no such context; "
                        + "it has " + String.join(", ", contexts) + ". Pass one of them (`kubectl config get-contexts`).");
            }
            return requested;
        }
        if (currentContext.isEmpty()) {
            throw new HowlerException(ExitCode.USAGE, path + " has no current-context: pass --context with one of "
                    + String.join(", ", contexts) + ".");
        }
        if (!contexts.contains(currentContext.get())) {
            throw new HowlerException(ExitCode.USAGE, path + "'s current-context " + currentContext.get() + " is not one of "
                    + "its contexts (" + String.join(", ", contexts) + "): pass --context with one of them.");
        }
        return currentContext.get();
    }

    static Path resolve(String given, Path cwd, Path home) {
        if (given.isBlank()) {
            throw new HowlerException(ExitCode.USAGE, "--kubeconfig needs a path, e.g. --kubeconfig ~/.kube/config.");
        }
        Path path;
        if (given.equals("~")) {
            path = home;
        } else if (given.startsWith("~/")) {
            path = home.resolve(given.substring(2));
        } else {
            path = cwd.resolve(given);
        }
        return path.toAbsolutePath().normalize();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
