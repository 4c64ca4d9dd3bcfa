package app.sqlstudio.howler.cli.support;

import app.sqlstudio.howler.cli.ExitCode;
import app.sqlstudio.howler.cli.HowlerException;
import app.sqlstudio.howler.cli.render.PlanText;
import app.sqlstudio.howler.stack.plan.StackFile;
import app.sqlstudio.howler.stack.policy.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The check before anything reaches the engine: the stack's config is validated and its offline plan evaluated;
 * a mandatory violation stops the command with exit 1, so a bad change never leaves the machine.
 */
public final class PolicyGate {

    private final StackPlanner planner;

    public PolicyGate(StackPlanner planner) {
        this.planner = planner;
    }

    /** Plans {@code stack} with {@code overrides} applied to its config; throws on a mandatory violation. */
    public PlanReport check(Path projectDir, String stack, Map<String, String> overrides, PrintWriter err) {
        return check(projectDir, stack, overrides, Set.of(), err);
    }

    /** The same, with the keys in {@code removed} taken out of the config first (what a command is about to remove). */
    public PlanReport check(Path projectDir, String stack, Map<String, String> overrides, Set<String> removed, PrintWriter err) {
        StackFile file = StackFile.load(projectDir, stack);
        Map<String, String> values = new HashMap<>(file.values());
        values.keySet().removeAll(removed);
        values.putAll(overrides);
        PlanReport report = planner.plan(new StackFile(file.path(), stack, values, file.secureKeys()));
        if (report.hasMandatoryViolations()) {
            PlanText.printPolicies(report.violations(), err);
            throw new HowlerException(ExitCode.FAILURE, report.count(Severity.MANDATORY) + " mandatory policy violation(s) in stack "
                    + stack + " (listed above); nothing was sent to the engine. Fix them in Pulumi." + stack
                    + ".yaml or the program; `howler policy " + stack + "` checks again.");
        }
        return report;
    }
}
