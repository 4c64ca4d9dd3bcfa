package app.sqlstudio.howler.cli.engine;

import com.pulumi.automation.OperationType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an engine run did or would do: counts by operation (engine spelling), duration, the steps seen. */
public record ChangeSummary(Map<String, Integer> counts, int durationSeconds, List<Step> steps) {

    public ChangeSummary {
        counts = Map.copyOf(counts);
        steps = List.copyOf(steps);
    }

    static Map<String, Integer> wire(Map<OperationType, Integer> changes) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (changes != null) {
            changes.forEach((op, n) -> out.merge(opName(op), n, Integer::sum));
        }
        return out;
    }

    static String opName(OperationType op) {
        return op == null ? "unknown" : op.name().toLowerCase().replace('_', '-');
    }

    public int count(String op) {
        return counts.getOrDefault(op, 0);
    }

    /** Created, updated, replaced and deleted resources (the same and read ones do not count). */
    public int changed() {
        return count("create") + count("update") + count("replace") + count("delete") + count("import");
    }

    /** "2 to create, 1 to update" / "2 created, 1 updated" / "no changes". */
    public String describe(boolean done) {
        StringBuilder sb = new StringBuilder();
        String[][] ops = {{"create", "created", "to create"}, {"update", "updated", "to update"},
                {"replace", "replaced", "to replace"}, {"delete", "deleted", "to delete"}, {"import", "imported", "to import"}};
        for (String[] op : ops) {
            int n = count(op[0]);
            if (n > 0) {
                sb.append(sb.isEmpty() ? "" : ", ").append(n).append(' ').append(done ? op[1] : op[2]);
            }
        }
        if (sb.isEmpty()) {
            sb.append("no changes");
        }
        if (count("same") > 0) {
            sb.append(" (").append(count("same")).append(" unchanged)");
        }
        return sb.toString();
    }

    public static String duration(long seconds) {
        return seconds >= 60 ? (seconds / 60) + "m " + (seconds % 60) + "s" : seconds + "s";
    }
}
