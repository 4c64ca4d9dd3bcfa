package app.sqlstudio.howler.cli.support;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command accepts (cli.md "Common options"). */
public final class GlobalOptions {

    @Option(names = "--cwd", paramLabel = "DIR", description = "Project directory holding Pulumi.yaml (default: the current directory).")
    Path cwd;

    @Option(names = "--non-interactive", description = "Never prompt (implied when the CI environment variable is set).")
    boolean nonInteractive;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", description = "auto, always or never (default: ${DEFAULT-VALUE}).")
    String color;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces and engine diagnostics.")
    boolean verbose;

    public Path projectDir() {
        return (cwd == null ? Path.of("") : cwd).toAbsolutePath().normalize();
    }

    public boolean interactive(java.util.Map<String, String> env) {
        return !nonInteractive && (env.get("CI") == null || env.get("CI").isBlank()) && System.console() != null;
    }

    /** May this run ask the operator? Not with --non-interactive, not in CI, not without a terminal. */
    public boolean interactive(Env env) {
        return !nonInteractive && !env.ci() && env.terminal();
    }

    public boolean verbose() {
        return verbose;
    }

    public String color() {
        return color;
    }
}
