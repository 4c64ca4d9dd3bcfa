package app.sqlstudio.howler.cli.commands;

import app.sqlstudio.howler.cli.ExitCode;
import app.sqlstudio.howler.cli.engine.ChangeSummary;
import app.sqlstudio.howler.cli.engine.Progress;
import app.sqlstudio.howler.cli.engine.StackRunner;
import app.sqlstudio.howler.cli.support.Confirm;
import app.sqlstudio.howler.cli.support.Env;
import app.sqlstudio.howler.cli.support.GlobalOptions;
import app.sqlstudio.howler.cli.support.Outputs;
import app.sqlstudio.howler.cli.support.PolicyGate;
import app.sqlstudio.howler.cli.support.StackOption;
import app.sqlstudio.howler.stack.plan.StackFile;
import com.pulumi.automation.ConfigValue;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code howler up STACK}: policies offline, a preview, a confirmation, then the deploy with live progress. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Deploy STACK: checks the mandatory policies on the offline plan (nothing reaches the engine when one "
                + "fails), previews the changes, asks before applying unless --yes, then streams one line per resource "
                + "step and ends with the summary and the stack's URLs.",
        footerHeading = "%nExamples:%n",
        footer = {"  howler up dev-alice", "  howler up prod --yes --image-tag 1.4.2      # what delivery runs",
                "  howler up prod --target 'urn:pulumi:prod::howlerops::...'  --refresh"})
public final class UpCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Mixin
    StackOption stackOption;

    @Option(names = {"-y", "--yes"}, description = "Apply without asking (CI).")
    boolean yes;

    @Option(names = "--image-tag", paramLabel = "TAG",
            description = "Deploy this image tag: written to Pulumi.STACK.yaml as howler:imageTag (as `pulumi up --config` does) before the preview.")
    String imageTag;

    @Option(names = "--target", paramLabel = "URN", description = "Only these resources (and what they depend on). Repeatable.")
    List<String> targets;

    @Option(names = "--refresh", description = "Refresh the state from the cloud before the update.")
    boolean refresh;

    private final PolicyGate gate;
    private final StackRunner runner;
    private final Env env;

    public UpCommand(PolicyGate gate, StackRunner runner, Env env) {
        this.gate = gate;
        this.runner = runner;
        this.env = env;
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        String stack = stackOption.stack();
        var dir = global.projectDir();
        gate.check(dir, stack, imageTag == null ? Map.of() : Map.of("howler:imageTag", imageTag), err);
        out.println("Policies: no mandatory violation in the offline plan of " + stack + ".");

        String previousTag = StackFile.load(dir, stack).values().get("howler:imageTag");
        if (imageTag != null && !imageTag.equals(previousTag)) {
            runner.setConfig(dir, stack, "howler:imageTag", new ConfigValue(imageTag, false));
            out.println("Image tag: " + previousTag + " → " + imageTag);
        }
        var engineOutput = global.verbose() ? err : null;
        out.println("Previewing " + stack + "…");
        out.flush();
        Progress planned = new Progress(out, Progress.Mode.PLANNED, false, 0, System::nanoTime);
        ChangeSummary preview = runner.preview(dir, stack, planned, false, targets(), engineOutput);
        out.println("Preview: " + preview.describe(false) + ".");
        if (preview.changed() == 0) {
            out.println("Stack " + stack + " is up to date; nothing to apply.");
            return ExitCode.OK;
        }
        if (!yes) {
            try {
                Confirm.yes(env, global, err, "Apply these changes to stack " + stack + "?", "--yes");
            } catch (RuntimeException e) {
                if (imageTag != null && previousTag != null && !imageTag.equals(previousTag)) {
                    runner.setConfig(dir, stack, "howler:imageTag", new ConfigValue(previousTag, false));
                }
                throw e;
            }
        }
        out.println("Updating " + stack + "…");
        out.flush();
        Progress progress = new Progress(out, Progress.Mode.PERFORMED, false, preview.changed(), System::nanoTime);
        StackRunner.Applied applied = runner.up(dir, stack, progress, targets(), refresh, engineOutput);
        out.println("Stack " + stack + " updated in " + ChangeSummary.duration(applied.summary().durationSeconds()) + ": "
                + applied.summary().describe(true) + ".");
        Outputs.urls(applied.outputs()).forEach((k, v) -> out.println("  " + k + ": " + v));
        out.flush();
        return ExitCode.OK;
    }

    private List<String> targets() {
        return targets == null ? List.of() : targets;
    }
}
