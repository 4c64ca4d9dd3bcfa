package app.sqlstudio.howler.cli.commands;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code howler stack}: the lifecycle of stacks (init, ls, rm, gc). */
@Command(name = "stack", mixinStandardHelpOptions = true,
        description = "Create, list, remove and garbage-collect stacks. Ephemeral stacks (dev-NAME, pr-NUMBER) get a generated "
                + "config with an expiry that `howler stack gc` enforces.",
        footerHeading = "%nExamples:%n",
        footer = {"  howler stack init dev-alice --ephemeral --ttl 8h", "  howler stack init pr-142 --ephemeral --ttl 48h",
                "  howler stack ls", "  howler stack rm dev-alice", "  howler stack gc"})
public final class StackCommand implements java.util.concurrent.Callable<Integer> {

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
