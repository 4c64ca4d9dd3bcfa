package app.sqlstudio.howler.cli.commands;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code howler db}: database operations (restore). */
@Command(name = "db", mixinStandardHelpOptions = true, description = "Database operations: `howler db restore` (disaster recovery).",
        footerHeading = "%nExamples:%n", footer = {"  howler db restore prod --at 2026-11-25T09:30:00Z"})
public final class DbCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Common options between the group and its verb ({@code howler stack --cwd DIR ls}). */
    @picocli.CommandLine.Mixin(name = app.sqlstudio.howler.cli.support.GlobalOptions.MIXIN)
    app.sqlstudio.howler.cli.support.GlobalOptions global;

    /** Without a sub-command: the usage, and exit 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return app.sqlstudio.howler.cli.ExitCode.USAGE;
    }
}
