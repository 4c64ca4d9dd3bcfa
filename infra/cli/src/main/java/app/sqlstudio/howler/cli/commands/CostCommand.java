package app.sqlstudio.howler.cli.commands;

import app.sqlstudio.howler.cli.ExitCode;
import app.sqlstudio.howler.cli.render.PlanJson;
import app.sqlstudio.howler.cli.support.GlobalOptions;
import app.sqlstudio.howler.cli.support.OutputOptions;
import app.sqlstudio.howler.cli.support.PlanReport;
import app.sqlstudio.howler.cli.support.StackOption;
import app.sqlstudio.howler.cli.support.StackPlanner;
import app.sqlstudio.howler.stack.cost.CostEstimate;
import app.sqlstudio.howler.stack.cost.CostLine;
import app.sqlstudio.howler.stack.cost.PriceTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code howler cost STACK}: the monthly estimate of the planned resources, beside the seed's own estimate. */
@Command(name = "cost", mixinStandardHelpOptions = true,
        description = "Estimate STACK's monthly cost, offline, from its planned resources and the dated price table in the "
                + "repository (infra/stack/.../cost/prices.json): GKE management fee, nodes between the autoscaler's bounds "
                + "by machine type, node disks, KMS, load balancer and IP, Artifact Registry, Turso and Cloudflare plans. "
                + "Low = minimum scale, high = maximum. Shown beside the seed's estimate and howler:monthlyBudget.",
        footerHeading = "%nExamples:%n", footer = {"  howler cost prod", "  howler cost pr-142 --json"})
public final class CostCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Mixin
    StackOption stackOption;

    @Mixin
    OutputOptions output;

    private final StackPlanner planner;

    public CostCommand(StackPlanner planner) {
        this.planner = planner;
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        PlanReport report = planner.plan(global.projectDir(), stackOption.stack());
        CostEstimate cost = report.cost();
        PriceTable prices = cost.prices();
        BigDecimal budget = report.config().monthlyBudget();
        if (output.json()) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("stack", stackOption.stack());
            doc.put("currency", prices.currency());
            doc.put("pricesAsOf", prices.asOf().toString());
            Map<String, Object> components = new LinkedHashMap<>();
            cost.byComponent().forEach((k, v) -> components.put(k, range(v[0], v[1])));
            doc.put("components", components);
            List<Map<String, Object>> lines = new ArrayList<>();
            for (CostLine l : cost.lines()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("component", l.component());
                m.put("item", l.item());
                m.putAll(range(l.low(), l.high()));
                lines.add(m);
            }
            doc.put("lines", lines);
            doc.put("total", range(cost.low(), cost.high()));
            doc.put("seedEstimate", range(prices.seedEstimate().low(), prices.seedEstimate().high()));
            doc.put("monthlyBudget", budget);
            doc.put("withinBudget", cost.high().compareTo(budget) <= 0);
            out.println(PlanJson.write(doc));
        } else {
            out.println("Monthly cost of " + stackOption.stack() + " (" + prices.currency() + ", prices as of " + prices.asOf()
                    + "; low = minimum scale, high = maximum):");
            String component = null;
            for (CostLine l : cost.lines().stream().sorted(java.util.Comparator.comparing(CostLine::component)).toList()) {
                if (!l.component().equals(component)) {
                    component = l.component();
                    BigDecimal[] total = cost.byComponent().get(component);
                    out.printf("  %-52s %10s %10s%n", component, money(total[0]), money(total[1]));
                }
                out.printf("    %-50s %10s %10s%n", l.item(), money(l.low()), money(l.high()));
            }
            out.printf("  %-52s %10s %10s%n", "Total", money(cost.low()), money(cost.high()));
            out.printf("  %-52s %10s %10s%n", "Seed estimate (docs/architecture.md)",
                    money(prices.seedEstimate().low()), money(prices.seedEstimate().high()));
            out.printf("  %-52s %21s%n", "howler:monthlyBudget", money(budget));
            if (cost.high().compareTo(budget) > 0) {
                out.println("At maximum scale the stack exceeds its budget by " + money(cost.high().subtract(budget))
                        + " (advisory policy monthly-budget).");
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    private static Map<String, Object> range(BigDecimal low, BigDecimal high) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("low", low.setScale(2, RoundingMode.HALF_UP));
        m.put("high", high.setScale(2, RoundingMode.HALF_UP));
        return m;
    }

    private static String money(BigDecimal v) {
        return "$" + v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
