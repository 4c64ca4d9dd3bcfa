package app.sqlstudio.howler.stack.kubernetes;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The labels every object of the application carries. Selectors use {@link #selector}, a stable subset, so adding a
 * label to the pods never orphans a ReplicaSet.
 */
public final class Labels {

    public static final String APP = "sql-studio";

    private Labels() {
    }

    /** {@code app}, {@code component}, {@code tier}: what Services, PDBs and NetworkPolicies select on. */
    public static Map<String, String> selector(String component, String tier) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("app", APP);
        labels.put("component", component);
        labels.put("tier", tier);
        return labels;
    }

    /** The selector labels plus the ones for people and cost reports. */
    public static Map<String, String> of(String component, String tier, String environment) {
        Map<String, String> labels = selector(component, tier);
        labels.put("environment", environment);
        labels.put("app.kubernetes.io/name", APP + "-" + component);
        labels.put("app.kubernetes.io/part-of", APP);
        labels.put("app.kubernetes.io/managed-by", "howler");
        return labels;
    }
}
