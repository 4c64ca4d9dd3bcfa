package app.sqlstudio.howler.cli.commands;

import app.sqlstudio.howler.cli.ExitCode;
import app.sqlstudio.howler.cli.render.PlanJson;
import app.sqlstudio.howler.cli.render.PlanText;
import app.sqlstudio.howler.cli.support.GlobalOptions;
import app.sqlstudio.howler.cli.support.OutputOptions;
import app.sqlstudio.howler.cli.support.StackPlanner;
import app.sqlstudio.howler.stack.policy.PolicyEngine;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code howler policy STACK}: the policies of docs/plan-json.md on the offline plan. */
@Command(name = "policy", mixinStandardHelpOptions = true,
        description = "Evaluate the policies (pod security, network isolation, PDBs, quotas, TLS names, Cloudflare "
                + "settings, prod protection, labels, budget, secret age) on the offline plan of STACK. "
                + "Exits 1 on any mandatory violation.",
        footerHeading = "%nExamples:%n",
        footer = {"  howler policy prod", "  howler policy prod --json", "  howler policy --list"})
public final class PolicyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Mixin
    OutputOptions output;

    @Parameters(index = "0", arity = "0..1", paramLabel = "STACK", description = "Stack name: reads Pulumi.STACK.yaml.")
    String stack;

    @Option(names = "--list", description = "List the policies and exit.")
    boolean list;

    private final StackPlanner planner;

    public PolicyCommand(StackPlanner planner) {
        this.planner = planner;
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        if (list) {
            PolicyEngine.standard().policies().forEach(p ->
                    out.printf("%-38s %-9s %s%n", p.name(), p.severity().wireName(), p.description()));
            return ExitCode.OK;
        }
        if (stack == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'STACK' (or pass --list)");
        }
        var report = planner.plan(global.projectDir(), stack);
        if (output.json()) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("stack", stack);
            var plan = PlanJson.document(report);
            doc.put("policies", plan.get("policies"));
            doc.put("uncheckedPolicies", plan.get("uncheckedPolicies"));
            doc.put("violations", ((Map<?, ?>) plan.get("summary")).get("violations"));
            out.println(PlanJson.write(doc));
        } else {
            PlanText.printPolicies(report.violations(), out);
            out.println(report.count(app.sqlstudio.howler.stack.policy.Severity.MANDATORY) + " mandatory, "
                    + report.count(app.sqlstudio.howler.stack.policy.Severity.ADVISORY) + " advisory violations in stack " + stack
                    + (report.knownAfterUp().isEmpty() ? ""
                            : "; " + report.knownAfterUp().size() + " checks cannot be made until up"));
        }
        out.flush();
        return report.hasMandatoryViolations() ? ExitCode.FAILURE : ExitCode.OK;
    }
}
