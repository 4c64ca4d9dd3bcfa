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

/**
 * The human form of a plan: a tree grouped by component, each resource followed by the inputs only known after up
 * ({@code (known after up)}), the outputs, the policy results and a one-line summary.
 */
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
                String stem = i == resources.size() - 1 ? "   " : "│  "; // continues the tree's line under ├─
                r.unknownInputs().forEach(path -> out.println("  " + stem + "  " + path + ": " + KNOWN_AFTER_UP));
            }
        });
        out.println();
        if (!plan.outputs().isEmpty()) {
            out.println("Outputs");
            plan.outputs().forEach((k, v) -> out.println("  " + k + ": " + shown(v)));
            out.println();
        }
        printPolicies(report.violations(), out);
        plan.notices().forEach(n -> out.println("note: " + n));
        out.println(summary(report));
    }

    /** The violations, then the checks that cannot be made until up (never shown as passed). */
    public static void printPolicies(List<Violation> findings, PrintWriter out) {
        var broken = findings.stream().filter(Violation::broken).toList();
        var unchecked = findings.stream().filter(Violation::knownAfterUp).toList();
        if (findings.isEmpty()) {
            out.println("Policies: all passed");
        } else if (broken.isEmpty()) {
            out.println("Policies: none violated; " + unchecked.size() + " cannot be checked until up");
        } else {
            out.println("Policies");
        }
        for (Violation v : broken) {
            out.println("  " + (v.severity() == Severity.MANDATORY ? "✗ MANDATORY " : "! advisory  ") + v.policy() + ": " + v.message());
        }
        for (Violation v : unchecked) {
            out.println("  ? unchecked " + (v.severity() == Severity.MANDATORY ? "(mandatory) " : "(advisory)  ")
                    + v.policy() + ": " + v.message());
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
                + " advisory policy violations, " + report.plan().unknowns() + " values known after up"
                + (report.knownAfterUp().isEmpty() ? "" : " (" + report.knownAfterUp().size() + " policy checks with them)")
                + ", about $" + report.cost().low().toPlainString() + "–$"
                + report.cost().high().toPlainString() + "/month";
    }

    /** How the text form shows a value the plan cannot know ({@code [unknown]} in the JSON). */
    public static final String KNOWN_AFTER_UP = "(known after up)";

    private static Object shown(Object value) {
        return PlannedResource.isUnknown(value) ? KNOWN_AFTER_UP : value;
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
