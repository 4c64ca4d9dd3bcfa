package app.sqlstudio.howler.cli.render;

import app.sqlstudio.howler.cli.support.PlanReport;
import app.sqlstudio.howler.stack.plan.PlannedResource;
import app.sqlstudio.howler.stack.policy.Severity;
import app.sqlstudio.howler.stack.policy.Violation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The stable JSON contract of {@code howler plan --format json}, documented field by field in docs/plan-json.md. */
public final class PlanJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PlanJson() {
    }

    public static Map<String, Object> document(PlanReport report) {
        var plan = report.plan();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("project", plan.project());
        doc.put("stack", plan.stack());
        List<Map<String, Object>> resources = new ArrayList<>();
        for (PlannedResource r : plan.resources()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("urn", r.urn());
            entry.put("type", r.type());
            entry.put("name", r.name());
            entry.put("parent", r.parent());
            entry.put("protect", r.protect());
            entry.put("inputs", r.inputs());
            resources.add(entry);
        }
        doc.put("resources", resources);
        doc.put("outputs", plan.outputs());
        doc.put("policies", findings(report.broken()));
        // checks that read a value known only after up: neither passed nor violated, so not among "policies"
        doc.put("uncheckedPolicies", findings(report.knownAfterUp()));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("resources", plan.resources().size());
        summary.put("byType", plan.countByType());
        // insertion-ordered: Map.of's order changes from one JVM to the next, and this document must not
        Map<String, Object> violations = new LinkedHashMap<>();
        violations.put("mandatory", report.count(Severity.MANDATORY));
        violations.put("advisory", report.count(Severity.ADVISORY));
        summary.put("violations", violations);
        summary.put("uncheckedPolicies", report.knownAfterUp().size());
        summary.put("unknowns", plan.unknowns());
        doc.put("summary", summary);
        return doc;
    }

    private static List<Map<String, Object>> findings(List<Violation> violations) {
        List<Map<String, Object>> out = new ArrayList<>();
        violations.forEach(v -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("policy", v.policy());
            entry.put("severity", v.severity().wireName());
            entry.put("urn", v.urn());
            entry.put("message", v.message());
            out.add(entry);
        });
        return out;
    }

    public static String write(Object document) {
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plan could not be serialised", e);
        }
    }
}
