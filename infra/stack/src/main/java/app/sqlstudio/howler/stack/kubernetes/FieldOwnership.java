package app.sqlstudio.howler.stack.kubernetes;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Howler takes back every field it sets on its Kubernetes objects. The provider writes with server-side apply, which
 * records a manager for each field: a hand edit ({@code kubectl edit}, {@code patch}, {@code set image}) makes
 * {@code kubectl} the manager of what it changed, and the next apply of those fields would then stop with a field
 * conflict instead of restoring them, so {@code howler up} after drift would fail exactly when it is needed. The
 * provider's {@value #FORCE} annotation makes each apply force its fields back, as {@code kubectl apply
 * --server-side --force-conflicts} does. Fields Howler leaves to a controller on purpose (the backend Deployment's
 * replicas, which belong to the HPA) are listed in {@code ignoreChanges}; the provider drops them from the apply, so
 * forcing never fights the controller.
 */
public final class FieldOwnership {

    /** The Kubernetes provider's annotation: apply with {@code force: true}. */
    public static final String FORCE = "pulumi.com/patchForce";

    private FieldOwnership() {
    }

    /** The annotations of an object Howler owns and has no other annotation on. */
    public static Map<String, String> annotations() {
        return Map.of(FORCE, "true");
    }

    /** {@code annotations} plus the force annotation, in a stable order. */
    public static Map<String, String> annotations(Map<String, String> annotations) {
        Map<String, String> all = new LinkedHashMap<>(annotations);
        all.put(FORCE, "true");
        return all;
    }

    /** An object's metadata given as data, with the force annotation added to its annotations. */
    public static Map<String, Object> metadata(Map<String, Object> metadata) {
        Map<String, Object> all = new LinkedHashMap<>(metadata);
        Map<String, String> annotations = new LinkedHashMap<>();
        if (metadata.get("annotations") instanceof Map<?, ?> given) {
            given.forEach((k, v) -> annotations.put(String.valueOf(k), String.valueOf(v)));
        }
        all.put("annotations", annotations(annotations));
        return all;
    }
}
