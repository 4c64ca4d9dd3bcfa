package app.sqlstudio.howler.cli.commands;

import app.sqlstudio.howler.cli.ExitCode;
import app.sqlstudio.howler.cli.HowlerException;
import app.sqlstudio.howler.cli.engine.ChangeSummary;
import app.sqlstudio.howler.cli.engine.Progress;
import app.sqlstudio.howler.cli.engine.StackRunner;
import app.sqlstudio.howler.cli.support.Confirm;
import app.sqlstudio.howler.cli.support.Env;
import app.sqlstudio.howler.cli.support.GlobalOptions;
import app.sqlstudio.howler.cli.support.Outputs;
import app.sqlstudio.howler.cli.support.PolicyGate;
import app.sqlstudio.howler.cli.support.StackOption;
import app.sqlstudio.howler.stack.config.StackConfig;
import app.sqlstudio.howler.stack.plan.StackFile;
import com.pulumi.automation.ConfigValue;
import java.util.LinkedHashMap;
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
                "  howler up prod --yes --image-tag 1.4.2 --config howler:runMigrations=false   # deploy without the migration Job",
                "  howler up prod --target 'urn:pulumi:prod::howlerops::...'  --refresh"})
public final class UpCommand implements Callable<Integer> {

    static final String IMAGE_TAG = "howler:imageTag";

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

    @Option(names = "--config", paramLabel = "KEY=VALUE",
            description = "Set a plain config value for this deploy, e.g. --config howler:runMigrations=false (a key without "
                    + "namespace gets howler:). Written to Pulumi.STACK.yaml like --image-tag, validated with the rest of the "
                    + "config first, restored if you decline. Repeatable. Secrets: `pulumi config set --secret`.")
    List<String> configs;

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
        Map<String, String> sets = sets();
        gate.check(dir, stack, sets, err);
        out.println("Policies: no mandatory violation in the offline plan of " + stack + ".");

        Map<String, String> file = StackFile.load(dir, stack).values();
        // What the stack file held before, for each key this run changes (null: it was not set), to restore on decline.
        Map<String, String> previous = new LinkedHashMap<>();
        sets.forEach((key, value) -> {
            String before = file.get(key);
            if (!value.equals(before)) {
                previous.put(key, before);
                runner.setConfig(dir, stack, key, new ConfigValue(value, false));
                out.println((key.equals(IMAGE_TAG) ? "Image tag" : key) + ": " + before + " → " + value);
            }
        });
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
                previous.forEach((key, before) -> {
                    if (before == null) {
                        runner.removeConfig(dir, stack, key);
                    } else {
                        runner.setConfig(dir, stack, key, new ConfigValue(before, false));
                    }
                });
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

    /** {@code --config} pairs, then {@code --image-tag} (which wins over a {@code --config howler:imageTag}). */
    private Map<String, String> sets() {
        Map<String, String> sets = new LinkedHashMap<>();
        for (String pair : configs == null ? List.<String>of() : configs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new HowlerException(ExitCode.USAGE, "--config " + pair + ": expected KEY=VALUE, e.g. --config howler:runMigrations=false.");
            }
            String key = pair.substring(0, eq).trim();
            key = key.contains(":") ? key : "howler:" + key;
            if (StackConfig.SECRET_KEYS.contains(key)) {
                throw new HowlerException(ExitCode.USAGE, "--config " + key + ": a secret is never passed on the command line; set it "
                        + "with `pulumi config set --secret " + key + " --stack " + stackOption.stack() + "`.");
            }
            sets.put(key, pair.substring(eq + 1));
        }
        if (imageTag != null) {
            sets.put(IMAGE_TAG, imageTag);
        }
        return sets;
    }

    private List<String> targets() {
        return targets == null ? List.of() : targets;
    }
}
