package app.sqlstudio.howler.cli.render;

import app.sqlstudio.howler.cli.support.PlanReport;
import app.sqlstudio.howler.stack.plan.PlannedResource;
import app.sqlstudio.howler.stack.policy.Severity;
import app.sqlstudio.howler.stack.policy.Violation;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The human form of a plan: a tree grouped by component, the policy results and a one-line summary. */
public final class PlanText {

    private PlanText() {
    }

    public static void print(PlanReport report, PrintWriter out) {
        var plan = report.plan();
        out.println("Plan of stack " + plan.stack() + " (project " + plan.project() + ", offline: mock engine, no cloud calls)");
        out.println();
        Map<String, List<PlannedResource>> byComponent = new LinkedHashMap<>();
        for (PlannedResource r : plan.resources()) {
            if (r.type().equals("pulumi:pulumi:Stack") || r.isComponent()) {
                continue;
            }
            String group = plan.componentOf(r).map(c -> c.type().substring(c.type().lastIndexOf(':') + 1) + " " + c.name())
                    .orElse("(stack)");
            byComponent.computeIfAbsent(group, k -> new java.util.ArrayList<>()).add(r);
        }
        byComponent.forEach((component, resources) -> {
            out.println(component);
            for (int i = 0; i < resources.size(); i++) {
                PlannedResource r = resources.get(i);
                String branch = i == resources.size() - 1 ? "└─ " : "├─ ";
                out.println("  " + branch + describe(r) + (r.protect() ? "  [protected]" : ""));
            }
        });
        out.println();
        if (!plan.outputs().isEmpty()) {
            out.println("Outputs");
            plan.outputs().forEach((k, v) -> out.println("  " + k + ": " + v));
            out.println();
        }
        printPolicies(report.violations(), out);
        plan.notices().forEach(n -> out.println("note: " + n));
        out.println(summary(report));
    }

    public static void printPolicies(List<Violation> violations, PrintWriter out) {
        if (violations.isEmpty()) {
            out.println("Policies: all passed");
        } else {
            out.println("Policies");
            for (Violation v : violations) {
                out.println("  " + (v.severity() == Severity.MANDATORY ? "✗ MANDATORY " : "! advisory  ") + v.policy() + ": " + v.message());
            }
        }
        out.println();
    }

    public static String summary(PlanReport report) {
        var counts = report.plan().resources().stream()
                .filter(r -> !r.isComponent() && !r.type().equals("pulumi:pulumi:Stack"))
                .collect(Collectors.groupingBy(r -> r.type().substring(0, r.type().indexOf(':')), java.util.TreeMap::new, Collectors.counting()));
        return report.plan().resources().size() + " resources (" + counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")) + "), "
                + report.count(Severity.MANDATORY) + " mandatory and " + report.count(Severity.ADVISORY)
                + " advisory policy violations, about $" + report.cost().low().toPlainString() + "–$"
                + report.cost().high().toPlainString() + "/month";
    }

    private static String describe(PlannedResource r) {
        String shortType = r.type().substring(r.type().indexOf(':') + 1);
        if (r.isKubernetesObject()) {
            String ns = r.metadataNamespace();
            return r.kind() + " " + (ns == null ? "" : ns + "/") + r.metadataName() + "  (" + shortType + ")";
        }
        Object name = r.inputs().getOrDefault("name", r.inputs().getOrDefault("repositoryId", r.name()));
        return shortType + " " + name;
    }
}
