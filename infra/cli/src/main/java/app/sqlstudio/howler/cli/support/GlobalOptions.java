package app.sqlstudio.howler.cli.support;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Options every command accepts (infra/cli/README.md, "Commands"), before the verb ({@code howler -v plan prod}) or after it
 * ({@code howler plan prod -v}). The root command and each command group ({@code stack}, {@code db}) mix these in as
 * well as every verb; a verb's instance answers with its own value when given and otherwise with the nearest
 * enclosing command's, so where on the line an option stands does not matter.
 */
public final class GlobalOptions {

    /** The name every command mixes these options in under; {@link #inherited()} looks them up by it. */
    public static final String MIXIN = "global";

    /** When Howler colours its own output ({@code auto}: at a terminal only) and the engine's. */
    public enum Color {
        auto(Ansi.AUTO), always(Ansi.ON), never(Ansi.OFF);

        private final Ansi ansi;

        Color(Ansi ansi) {
            this.ansi = ansi;
        }

        /** picocli's setting for help, usage and error text. */
        public Ansi ansi() {
            return ansi;
        }

        /**
         * The engine's {@code --color}: {@code always} only when asked for. The engine's output reaches the operator
         * through Howler (re-printed progress, error summaries, {@code --json}), never straight to a terminal, so
         * {@code auto} would leave escape codes in text that is not a terminal's.
         */
        public String engine() {
            return this == always ? "always" : "never";
        }
    }

    /** The --color in force for the command that runs: the verb's own, else the nearest given before it. */
    public static Color color(CommandLine.ParseResult parsed) {
        GlobalOptions g = ofCommandToRun(parsed);
        return g == null ? Color.auto : g.color();
    }

    /** Whether -v is in force for the command that runs, given after the verb or before it. */
    public static boolean verbose(CommandLine.ParseResult parsed) {
        GlobalOptions g = ofCommandToRun(parsed);
        return g != null && g.verbose();
    }

    /** The options of the innermost command on the line (the verb), or of its nearest enclosing command. */
    private static GlobalOptions ofCommandToRun(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult leaf = parsed;
        while (leaf.subcommand() != null) {
            leaf = leaf.subcommand();
        }
        for (CommandSpec spec = leaf.commandSpec(); spec != null; spec = spec.parent()) {
            CommandSpec mixin = spec.mixins().get(MIXIN);
            if (mixin != null && mixin.userObject() instanceof GlobalOptions g) {
                return g;
            }
        }
        return null;
    }

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--cwd", paramLabel = "DIR", description = "Project directory holding Pulumi.yaml (default: the current directory).")
    Path cwd;

    @Option(names = "--non-interactive", description = "Never prompt (implied when the CI environment variable is set).")
    boolean nonInteractive;

    @Option(names = "--color", paramLabel = "WHEN", description = "${COMPLETION-CANDIDATES} (default: auto, colour at a terminal only).")
    Color color;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces and engine diagnostics.")
    boolean verbose;

    /** The options of the nearest enclosing command that mixes them in, or null at the root. */
    private GlobalOptions inherited() {
        if (mixee == null) {
            return null;
        }
        for (CommandSpec parent = mixee.parent(); parent != null; parent = parent.parent()) {
            CommandSpec mixin = parent.mixins().get(MIXIN);
            if (mixin != null && mixin.userObject() instanceof GlobalOptions g) {
                return g;
            }
        }
        return null;
    }

    public Path projectDir() {
        Path dir = cwd;
        for (GlobalOptions g = inherited(); dir == null && g != null; g = g.inherited()) {
            dir = g.cwd;
        }
        return (dir == null ? Path.of("") : dir).toAbsolutePath().normalize();
    }

    /** --non-interactive given here or before the verb. */
    public boolean nonInteractive() {
        GlobalOptions g = inherited();
        return nonInteractive || (g != null && g.nonInteractive());
    }

    /**
     * May this run ask the operator? Not with --non-interactive and not in CI; otherwise the answer is read from
     * standard input whether a terminal or a pipe supplies it (end of input cancels).
     */
    public boolean interactive(Env env) {
        return !nonInteractive() && !env.ci();
    }

    public boolean verbose() {
        GlobalOptions g = inherited();
        return verbose || (g != null && g.verbose());
    }

    /** --color as given here, else before the verb, else {@link Color#auto}. */
    public Color color() {
        if (color != null) {
            return color;
        }
        GlobalOptions g = inherited();
        return g == null ? Color.auto : g.color();
    }
}
