package app.sqlstudio.howler.cli.support;

import app.sqlstudio.howler.stack.cost.CostEstimator;
import app.sqlstudio.howler.stack.cost.PriceTable;
import app.sqlstudio.howler.stack.plan.PlanRunner;
import app.sqlstudio.howler.stack.plan.StackFile;
import app.sqlstudio.howler.stack.policy.PolicyContext;
import app.sqlstudio.howler.stack.policy.PolicyEngine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** Plans a stack offline, prices it and evaluates the policies on it: the work behind plan, policy and cost. */
public final class StackPlanner {

    private final Clock clock;

    public StackPlanner(Clock clock) {
        this.clock = clock;
    }

    public PlanReport plan(Path projectDir, String stack) {
        var planned = PlanRunner.plan(StackFile.load(projectDir, stack));
        var cost = new CostEstimator(PriceTable.standard())
                .estimate(planned.plan(), planned.config().tursoPlan(), planned.config().cloudflarePlan());
        var context = new PolicyContext(planned.plan(), planned.config(), LocalDate.now(clock), Optional.of(cost.high()));
        return new PlanReport(planned.config(), planned.plan(), PolicyEngine.standard().evaluate(context), cost);
    }
}
