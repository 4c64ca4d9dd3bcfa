package app.sqlstudio.howler.cli.render;

import app.sqlstudio.howler.cli.support.PlanReport;
import app.sqlstudio.howler.stack.plan.PlannedResource;
import app.sqlstudio.howler.stack.policy.Severity;
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
        List<Map<String, Object>> policies = new ArrayList<>();
        report.violations().forEach(v -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("policy", v.policy());
            entry.put("severity", v.severity().wireName());
            entry.put("urn", v.urn());
            entry.put("message", v.message());
            policies.add(entry);
        });
        doc.put("policies", policies);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("resources", plan.resources().size());
        summary.put("byType", plan.countByType());
        summary.put("violations", Map.of(
                "mandatory", report.count(Severity.MANDATORY),
                "advisory", report.count(Severity.ADVISORY)));
        doc.put("summary", summary);
        return doc;
    }

    public static String write(Object document) {
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plan could not be serialised", e);
        }
    }
}
