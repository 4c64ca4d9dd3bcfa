package app.sqlstudio.howler.cli.commands;

import app.sqlstudio.howler.cli.ExitCode;
import app.sqlstudio.howler.cli.engine.ChangeSummary;
import app.sqlstudio.howler.cli.engine.Progress;
import app.sqlstudio.howler.cli.engine.StackRunner;
import app.sqlstudio.howler.cli.support.Confirm;
import app.sqlstudio.howler.cli.support.Env;
import app.sqlstudio.howler.cli.support.GlobalOptions;
import app.sqlstudio.howler.cli.support.Protection;
import app.sqlstudio.howler.cli.support.StackOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code howler destroy STACK}: tear down; a protected stack needs its name typed or {@code --confirm STACK}. */
@Command(name = "destroy", mixinStandardHelpOptions = true,
        description = "Delete every resource of STACK. Asks first unless --yes; a protected stack (prod, or howler:protect: "
                + "true) refuses unless the operator types its name or passes --confirm STACK, and --yes alone is not enough.",
        footerHeading = "%nExamples:%n",
        footer = {"  howler destroy pr-142 --yes", "  howler destroy prod --confirm prod"})
public final class DestroyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Mixin
    StackOption stackOption;

    @Option(names = {"-y", "--yes"}, description = "Do not ask (unprotected stacks only).")
    boolean yes;

    @Option(names = "--confirm", paramLabel = "STACK", description = "Confirm destroying a protected stack by naming it.")
    String confirm;

    private final StackRunner runner;
    private final Env env;

    public DestroyCommand(StackRunner runner, Env env) {
        this.runner = runner;
        this.env = env;
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        String stack = stackOption.stack();
        var dir = global.projectDir();
        if (Protection.isProtected(dir, stack)) {
            Confirm.typed(env, global, err, "Destroy every resource of stack " + stack + "?", stack, confirm, "--confirm");
        } else if (!yes && confirm == null) {
            Confirm.yes(env, global, err, "Destroy every resource of stack " + stack + "?", "--yes");
        }
        out.println("Destroying " + stack + "…");
        out.flush();
        Progress progress = new Progress(out, Progress.Mode.PERFORMED, false, 0, System::nanoTime);
        ChangeSummary summary = runner.destroy(dir, stack, progress, global.verbose() ? err : null);
        out.println("Stack " + stack + " destroyed in " + ChangeSummary.duration(summary.durationSeconds()) + ": "
                + summary.describe(true) + ". The stack itself remains: `howler stack rm " + stack + "` removes it.");
        out.flush();
        return ExitCode.OK;
    }
}
