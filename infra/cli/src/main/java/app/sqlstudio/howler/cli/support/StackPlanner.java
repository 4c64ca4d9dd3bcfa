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
        return plan(StackFile.load(projectDir, stack));
    }

    /** Plans a stack file as given (e.g. with an image tag overridden for this run). */
    public PlanReport plan(StackFile stackFile) {
        // One process plans a given config once (up, preview and stack init may each ask for it).
        String key = stackFile.stack() + "|" + new java.util.TreeMap<>(stackFile.values()) + "|"
                + new java.util.TreeSet<>(stackFile.secureKeys()) + "|" + LocalDate.now(clock);
        return CACHE.computeIfAbsent(key, k -> planUncached(stackFile));
    }

    private static final java.util.Map<String, PlanReport> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private PlanReport planUncached(StackFile stackFile) {
        var planned = PlanRunner.plan(stackFile);
        var cost = new CostEstimator(PriceTable.standard())
                // a plan is only consulted for the vendor's resources, which a stack without its key never declares
                .estimate(planned.plan(), planned.config().tursoPlan().orElse(null), planned.config().cloudflarePlan().orElse(null));
        var context = new PolicyContext(planned.plan(), planned.config(), LocalDate.now(clock), Optional.of(cost.high()));
        return new PlanReport(planned.config(), planned.plan(), PolicyEngine.standard().evaluate(context), cost);
    }
}
