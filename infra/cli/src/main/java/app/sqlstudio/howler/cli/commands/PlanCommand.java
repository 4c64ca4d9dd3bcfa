package app.sqlstudio.howler.cli.commands;

import app.sqlstudio.howler.cli.ExitCode;
import app.sqlstudio.howler.cli.render.ManifestWriter;
import app.sqlstudio.howler.cli.render.PlanJson;
import app.sqlstudio.howler.cli.render.PlanText;
import app.sqlstudio.howler.cli.support.GlobalOptions;
import app.sqlstudio.howler.cli.support.PlanReport;
import app.sqlstudio.howler.cli.support.StackPlanner;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code howler plan STACK}: the real program under Pulumi's mock engine, offline. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Show every resource the stack would create, offline: the real program under Pulumi's mock "
                + "engine with the stack's own config. Needs no cloud account, no credential and no pulumi binary. "
                + "Exits 1 when a mandatory policy is violated.",
        footerHeading = "%nExamples:%n",
        footer = {"  howler plan prod", "  howler plan prod --format json > plan.json",
                "  howler plan prod --render-dir build/manifests"})
public final class PlanCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", paramLabel = "STACK", description = "Stack name: reads Pulumi.STACK.yaml.")
    String stack;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (a tree by component) or json (the stable contract CI parses). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--render-dir", paramLabel = "DIR",
            description = "Also write every Kubernetes object as YAML and every Cloudflare/Turso resource as JSON into DIR.")
    Path renderDir;

    private final StackPlanner planner;

    public PlanCommand(StackPlanner planner) {
        this.planner = planner;
    }

    @Override
    public Integer call() {
        PlanReport report = planner.plan(global.projectDir(), stack);
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (format == Format.json) {
            out.println(PlanJson.write(PlanJson.document(report)));
            report.plan().notices().forEach(n -> err.println("note: " + n));
        } else {
            PlanText.print(report, out);
        }
        if (renderDir != null) {
            var files = ManifestWriter.write(report.plan(), renderDir);
            err.println("Wrote " + files.size() + " manifests to " + renderDir.toAbsolutePath());
        }
        out.flush();
        return report.hasMandatoryViolations() ? ExitCode.FAILURE : ExitCode.OK;
    }
}
