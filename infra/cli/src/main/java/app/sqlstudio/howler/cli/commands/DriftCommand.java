package app.sqlstudio.howler.cli.commands;

import app.sqlstudio.howler.cli.ExitCode;
import app.sqlstudio.howler.cli.engine.ChangeSummary;
import app.sqlstudio.howler.cli.engine.Progress;
import app.sqlstudio.howler.cli.engine.StackRunner;
import app.sqlstudio.howler.cli.engine.Step;
import app.sqlstudio.howler.cli.render.PlanJson;
import app.sqlstudio.howler.cli.support.GlobalOptions;
import app.sqlstudio.howler.cli.support.OutputOptions;
import app.sqlstudio.howler.cli.support.StackOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code howler drift STACK}: what differs between the state and the cloud; exit 3 when anything does. */
@Command(name = "drift", mixinStandardHelpOptions = true,
        description = "Report the resources of STACK whose cloud state differs from the recorded state (a refresh in "
                + "preview mode: nothing is written). Exit 0 when none, 3 when some (with each resource and property).",
        footerHeading = "%nExamples:%n",
        footer = {"  howler drift prod", "  howler drift prod --json   # scheduled CI job: exit 3 opens an issue"})
public final class DriftCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Mixin
    StackOption stackOption;

    @Mixin
    OutputOptions output;

    private final StackRunner runner;

    public DriftCommand(StackRunner runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        String stack = stackOption.stack();
        Progress progress = new Progress(err, Progress.Mode.SILENT, true, 0, System::nanoTime);
        ChangeSummary summary = runner.refresh(global.projectDir(), stack, progress, true, global.verbose() ? err : null);
        List<Step> drifted = progress.steps().stream().filter(Step::changes).toList();
        if (drifted.isEmpty() && summary.changed() > 0) {
            // The engine counted changes without naming them (older CLIs): report the counts.
            drifted = List.of();
        }
        boolean drift = !drifted.isEmpty() || summary.changed() > 0;
        if (output.json()) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("stack", stack);
            doc.put("drift", drift);
            doc.put("changes", summary.counts());
            doc.put("resources", drifted.stream().map(PreviewCommand::step).toList());
            out.println(PlanJson.write(doc));
        } else if (!drift) {
            out.println("No drift: every resource of " + stack + " matches its recorded state.");
        } else {
            out.println("Drift in " + stack + ": " + summary.describe(false).replace(" to ", " would ") + ".");
            for (Step s : drifted) {
                out.println("  " + s.symbol() + " " + s.type() + "  " + s.name()
                        + (s.diffs().isEmpty() ? "" : "  changed: " + String.join(", ", s.diffs())));
            }
            out.println("Bring the cloud back with `howler up " + stack + "`, or accept it into the state with `howler refresh " + stack + "`.");
        }
        out.flush();
        return drift ? ExitCode.DRIFT : ExitCode.OK;
    }
}
