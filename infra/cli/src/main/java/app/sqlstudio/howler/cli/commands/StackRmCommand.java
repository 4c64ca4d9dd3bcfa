package app.sqlstudio.howler.cli.commands;

import app.sqlstudio.howler.cli.ExitCode;
import app.sqlstudio.howler.cli.HowlerException;
import app.sqlstudio.howler.cli.engine.StackRunner;
import app.sqlstudio.howler.cli.support.Confirm;
import app.sqlstudio.howler.cli.support.Env;
import app.sqlstudio.howler.cli.support.GlobalOptions;
import app.sqlstudio.howler.cli.support.Protection;
import app.sqlstudio.howler.stack.plan.StackFile;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code howler stack rm NAME}: remove an empty stack from the backend and delete its file. */
@Command(name = "rm", mixinStandardHelpOptions = true,
        description = "Remove stack NAME from the Pulumi backend (its state and history) and delete Pulumi.NAME.yaml. The "
                + "stack must have no resources left: `howler destroy NAME` first. A protected stack needs its name typed or "
                + "--confirm NAME.",
        footerHeading = "%nExamples:%n", footer = {"  howler stack rm dev-alice", "  howler stack rm pr-142 --yes"})
public final class StackRmCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", paramLabel = "NAME", description = "The stack to remove.")
    String name;

    @Option(names = {"-y", "--yes"}, description = "Do not ask (unprotected stacks only).")
    boolean yes;

    @Option(names = "--confirm", paramLabel = "STACK", description = "Confirm removing a protected stack by naming it.")
    String confirm;

    private final StackRunner runner;
    private final Env env;

    public StackRmCommand(StackRunner runner, Env env) {
        this.runner = runner;
        this.env = env;
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        var dir = global.projectDir();
        if (Protection.isProtected(dir, name)) {
            Confirm.typed(env, global, err, "Remove stack " + name + " and its history?", name, confirm, "--confirm");
        } else if (!yes && confirm == null) {
            Confirm.yes(env, global, err, "Remove stack " + name + " and its history?", "--yes");
        }
        try {
            runner.removeStack(dir, name);
        } catch (HowlerException e) {
            if (String.valueOf(e.getMessage()).contains("resources")) {
                throw new HowlerException(ExitCode.FAILURE, "Stack " + name + " still has resources: run `howler destroy " + name
                        + "` first, then `howler stack rm " + name + "`.", e);
            }
            throw e;
        }
        try {
            Files.deleteIfExists(StackFile.pathOf(dir, name));
        } catch (IOException e) {
            throw new HowlerException(ExitCode.FAILURE, "Stack " + name + " was removed but Pulumi." + name + ".yaml could not be deleted ("
                    + e.getMessage() + "): delete it by hand.", e);
        }
        out.println("Removed stack " + name + ".");
        out.flush();
        return ExitCode.OK;
    }
}
