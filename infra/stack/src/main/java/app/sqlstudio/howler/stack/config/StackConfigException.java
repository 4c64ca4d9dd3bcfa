package app.sqlstudio.howler.stack.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown before any resource is registered when a stack's configuration is incomplete or malformed. It carries every
 * problem found, so one run reports them all instead of one per attempt.
 */
public final class StackConfigException extends RuntimeException {

    private final List<ConfigProblem> problems;
    private final String stackFile;

    public StackConfigException(String stackFile, List<ConfigProblem> problems) {
        super(render(stackFile, problems));
        this.stackFile = stackFile;
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }

    public String stackFile() {
        return stackFile;
    }

    private static String render(String stackFile, List<ConfigProblem> problems) {
        String lines = problems.stream().map(p -> "  - " + p.render(stackFile)).collect(Collectors.joining("\n"));
        return "The stack configuration in " + stackFile + " has " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + ":\n" + lines
                + "\nSet each with `pulumi config set KEY VALUE --stack STACK` (add --secret for secrets) or edit "
                + stackFile + ".";
    }
}
