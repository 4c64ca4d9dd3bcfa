package app.sqlstudio.howler.cli.commands;

import app.sqlstudio.howler.cli.ExitCode;
import app.sqlstudio.howler.cli.engine.ChangeSummary;
import app.sqlstudio.howler.cli.engine.Progress;
import app.sqlstudio.howler.cli.engine.StackRunner;
import app.sqlstudio.howler.cli.support.GlobalOptions;
import app.sqlstudio.howler.cli.support.StackOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code howler refresh STACK}: write what the cloud really has into the stack's state. It asks for no
 * confirmation: it changes no cloud resource, and the state it rewrites is what the cloud already has.
 */
@Command(name = "refresh", mixinStandardHelpOptions = true,
        description = "Reconcile STACK's state with the cloud: reads every resource and records what differs. Changes no "
                + "cloud resource, so it does not ask. `howler drift STACK` only reports.",
        footerHeading = "%nExamples:%n",
        footer = {"  howler refresh prod", "  howler drift prod     # only report what differs"})
public final class RefreshCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Mixin
    StackOption stackOption;

    /** Accepted so scripts written when refresh asked keep working; it never asks now. */
    @Option(names = {"-y", "--yes"}, hidden = true)
    boolean yes;

    private final StackRunner runner;

    public RefreshCommand(StackRunner runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        String stack = stackOption.stack();
        out.println("Refreshing " + stack + "…");
        out.flush();
        Progress progress = new Progress(out, Progress.Mode.PERFORMED, true, 0, System::nanoTime);
        ChangeSummary summary = runner.refresh(global.projectDir(), stack, progress, false, global.verbose() ? err : null);
        out.println("Stack " + stack + " refreshed in " + ChangeSummary.duration(summary.durationSeconds()) + ": "
                + summary.describe(true) + ".");
        out.flush();
        return ExitCode.OK;
    }
}
