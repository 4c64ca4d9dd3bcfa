package app.sqlstudio.howler.cli.engine;

import java.util.List;

/** One resource step the engine planned or performed: its operation (engine spelling), URN, type and changed keys. */
public record Step(String op, String urn, String type, List<String> diffs, boolean failed) {

    public Step {
        diffs = diffs == null ? List.of() : List.copyOf(diffs);
    }

    /** The resource's name: the URN's last segment. */
    public String name() {
        int i = urn == null ? -1 : urn.lastIndexOf("::");
        return i < 0 ? String.valueOf(urn) : urn.substring(i + 2);
    }

    public boolean changes() {
        return !op.equals("same") && !op.equals("read") && !(op.equals("refresh") && diffs.isEmpty());
    }

    /** The sign Pulumi prints for an operation. */
    public String symbol() {
        return switch (op) {
            case "create" -> "+";
            case "update" -> "~";
            case "delete" -> "-";
            case "replace", "create-replacement", "delete-replaced" -> "+-";
            case "import" -> "=";
            case "refresh" -> "~";
            default -> " ";
        };
    }
}
