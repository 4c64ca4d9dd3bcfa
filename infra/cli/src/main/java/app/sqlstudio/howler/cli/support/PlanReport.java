package app.sqlstudio.howler.cli.support;

import app.sqlstudio.howler.stack.config.StackConfig;
import app.sqlstudio.howler.stack.cost.CostEstimate;
import app.sqlstudio.howler.stack.plan.Plan;
import app.sqlstudio.howler.stack.policy.Severity;
import app.sqlstudio.howler.stack.policy.Violation;
import java.util.List;

/**
 * A stack's offline plan with its policy results and cost estimate: what plan, policy and cost print. {@code violations}
 * holds every finding: the policies broken, and the checks that cannot be made until up.
 */
public record PlanReport(StackConfig config, Plan plan, List<Violation> violations, CostEstimate cost) {

    /** Violations of {@code severity} the plan shows; a policy that cannot be checked until up is not one. */
    public long count(Severity severity) {
        return broken().stream().filter(v -> v.severity() == severity).count();
    }

    /** The policies the plan shows broken. */
    public List<Violation> broken() {
        return violations.stream().filter(Violation::broken).toList();
    }

    /** The checks that read a value known only after up: neither passed nor failed. */
    public List<Violation> knownAfterUp() {
        return violations.stream().filter(Violation::knownAfterUp).toList();
    }

    public boolean hasMandatoryViolations() {
        return count(Severity.MANDATORY) > 0;
    }
}
