package app.sqlstudio.howler.cli.commands;

import app.sqlstudio.howler.cli.ExitCode;
import app.sqlstudio.howler.cli.engine.ChangeSummary;
import app.sqlstudio.howler.cli.engine.Progress;
import app.sqlstudio.howler.cli.engine.StackRunner;
import app.sqlstudio.howler.cli.engine.Step;
import app.sqlstudio.howler.cli.render.PlanJson;
import app.sqlstudio.howler.cli.support.GlobalOptions;
import app.sqlstudio.howler.cli.support.OutputOptions;
import app.sqlstudio.howler.cli.support.PlanReport;
import app.sqlstudio.howler.cli.support.PolicyGate;
import app.sqlstudio.howler.cli.support.StackOption;
import app.sqlstudio.howler.stack.policy.Severity;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code howler preview STACK}: what {@code up} would do; {@code --json} for the PR comment. */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = "Show what `howler up STACK` would change, after the same offline policy check. Changes nothing. "
                + "--json prints one document (stack, changes by operation, steps, policy counts) for CI.",
        footerHeading = "%nExamples:%n",
        footer = {"  howler preview prod", "  howler preview prod --diff", "  howler preview prod --json > preview.json"})
public final class PreviewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Mixin
    StackOption stackOption;

    @Mixin
    OutputOptions output;

    @Option(names = "--diff", description = "Also name the properties each update changes.")
    boolean diff;

    private final PolicyGate gate;
    private final StackRunner runner;

    public PreviewCommand(PolicyGate gate, StackRunner runner) {
        this.gate = gate;
        this.runner = runner;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String stack = stackOption.stack();
        PlanReport report = gate.check(global.projectDir(), stack, Map.of(), err);
        PrintWriter text = output.json() ? err : out;
        Progress progress = new Progress(text, output.json() ? Progress.Mode.SILENT : Progress.Mode.PLANNED, diff, 0, System::nanoTime);
        if (!output.json()) {
            out.println("Previewing " + stack + "…");
        }
        ChangeSummary summary = runner.preview(global.projectDir(), stack, progress, diff, List.of(), global.verbose() ? err : null);
        if (output.json()) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("project", StackRunner.PROJECT);
            doc.put("stack", stack);
            doc.put("changes", summary.counts());
            doc.put("changed", summary.changed());
            doc.put("steps", progress.steps().stream().map(PreviewCommand::step).toList());
            doc.put("policies", Map.of("mandatory", report.count(Severity.MANDATORY), "advisory", report.count(Severity.ADVISORY)));
            doc.put("summary", summary.describe(false));
            out.println(PlanJson.write(doc));
        } else {
            out.println("Preview of " + stack + ": " + summary.describe(false) + ".");
            if (report.count(Severity.ADVISORY) > 0) {
                out.println(report.count(Severity.ADVISORY) + " advisory policy finding(s): `howler policy " + stack + "` lists them.");
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    static Map<String, Object> step(Step s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("op", s.op());
        m.put("urn", s.urn());
        m.put("type", s.type());
        m.put("name", s.name());
        m.put("diffs", s.diffs());
        return m;
    }
}
