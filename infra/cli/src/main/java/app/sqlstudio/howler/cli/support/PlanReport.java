package app.sqlstudio.howler.cli.support;

import app.sqlstudio.howler.stack.config.StackConfig;
import app.sqlstudio.howler.stack.cost.CostEstimate;
import app.sqlstudio.howler.stack.plan.Plan;
import app.sqlstudio.howler.stack.policy.Severity;
import app.sqlstudio.howler.stack.policy.Violation;
import java.util.List;

/** A stack's offline plan with its policy results and cost estimate: what plan, policy and cost print. */
public record PlanReport(StackConfig config, Plan plan, List<Violation> violations, CostEstimate cost) {

    public long count(Severity severity) {
        return violations.stream().filter(v -> v.severity() == severity).count();
    }

    public boolean hasMandatoryViolations() {
        return count(Severity.MANDATORY) > 0;
    }
}
