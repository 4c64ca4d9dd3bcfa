package app.sqlstudio.howler.turso.provider.resources;

import app.sqlstudio.howler.turso.provider.wire.Properties;
import app.sqlstudio.howler.turso.provider.wire.PropertyWire;
import com.google.protobuf.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import pulumirpc.Provider.DiffResponse;
import pulumirpc.Provider.PropertyDiff;

/**
 * Compares old and new inputs under a resource's {@link DiffRules} and answers exactly which inputs update in place
 * and which force a replacement, with a detailed diff the engine can show.
 *
 * <p>Compares revealed values, so a value that only became secret is not a change; an unknown new value is a
 * change (it may differ once known), a replacement if the property is replace-only.
 */
public final class DiffCalculator {
    private DiffCalculator() {
    }

    public static DiffResponse diff(DiffRules rules, Properties olds, Properties news, List<String> ignoreChanges) {
        var ignored = Set.copyOf(ignoreChanges);
        var diffs = new ArrayList<String>();
        var replaces = new ArrayList<String>();
        var response = DiffResponse.newBuilder();
        for (var entry : rules.properties().entrySet()) {
            var key = entry.getKey();
            if (ignored.contains(key) || !changed(key, rules.unordered().contains(key), olds, news)) {
                continue;
            }
            boolean replace = entry.getValue() == ChangeKind.REPLACE;
            diffs.add(key);
            if (replace) {
                replaces.add(key);
            }
            response.putDetailedDiff(key, PropertyDiff.newBuilder()
                    .setKind(kind(olds.has(key), news.has(key), replace))
                    .setInputDiff(true)
                    .build());
        }
        diffs.sort(null);
        replaces.sort(null);
        boolean keepsUniqueName = rules.uniqueName()
                .map(name -> !diffs.contains(name))
                .orElse(false);
        return response
                .setChanges(diffs.isEmpty() ? DiffResponse.DiffChanges.DIFF_NONE : DiffResponse.DiffChanges.DIFF_SOME)
                .addAllDiffs(diffs)
                .addAllReplaces(replaces)
                .setDeleteBeforeReplace(!replaces.isEmpty() && keepsUniqueName)
                .setHasDetailedDiff(true)
                .build();
    }

    private static boolean changed(String key, boolean unordered, Properties olds, Properties news) {
        if (news.isUnknown(key)) {
            return true;
        }
        var before = normalise(olds.revealed(key), unordered);
        var after = normalise(news.revealed(key), unordered);
        return !before.equals(after);
    }

    /** Absent, null and the empty list all mean "none"; an unordered list compares as a set. */
    private static Object normalise(Value v, boolean unordered) {
        if (v.hasNullValue() || v.hasListValue() && v.getListValue().getValuesCount() == 0) {
            return PropertyWire.nullValue();
        }
        if (unordered && v.hasListValue()) {
            return new HashSet<>(v.getListValue().getValuesList());
        }
        return v;
    }

    private static PropertyDiff.Kind kind(boolean before, boolean after, boolean replace) {
        if (!before) {
            return replace ? PropertyDiff.Kind.ADD_REPLACE : PropertyDiff.Kind.ADD;
        }
        if (!after) {
            return replace ? PropertyDiff.Kind.DELETE_REPLACE : PropertyDiff.Kind.DELETE;
        }
        return replace ? PropertyDiff.Kind.UPDATE_REPLACE : PropertyDiff.Kind.UPDATE;
    }
}
