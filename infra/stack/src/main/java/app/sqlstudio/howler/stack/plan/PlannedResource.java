package app.sqlstudio.howler.stack.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One resource the program registers, as the engine would receive it: URN, type token, logical name, parent URN
 * (null for the stack itself), {@code protect}, and the inputs exactly as registered (Pulumi's camelCase wire names)
 * with secret values replaced by {@code "[secret]"} and values only known after {@code up} (computed from an output the
 * cloud assigns) replaced by {@code "[unknown]"}, and the id it is imported from when the program adopts an
 * existing object ({@code import} option; null otherwise). The plan's JSON contract does not include the import id.
 */
public record PlannedResource(String urn, String type, String name, String parent, boolean protect,
                              Map<String, Object> inputs, List<String> dependencies, String importId) {

    public static final String SECRET = "[secret]";
    /** A value the engine learns only when the provider creates something: what a preview shows as unknown. */
    public static final String UNKNOWN = "[unknown]";

    public static boolean isUnknown(Object value) {
        return UNKNOWN.equals(value);
    }

    /** How many values of {@code value} (a map, list or leaf) are unknown, counting every unknown leaf once. */
    public static int unknownsIn(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().mapToInt(PlannedResource::unknownsIn).sum();
        }
        if (value instanceof List<?> list) {
            return list.stream().mapToInt(PlannedResource::unknownsIn).sum();
        }
        return isUnknown(value) ? 1 : 0;
    }

    /**
     * The paths of the unknown inputs in input order, e.g. {@code content}, {@code keyRing} or
     * {@code spec.template.spec.containers[api].env[TURSO_URL].value}: a list element with a name is shown by it.
     */
    public List<String> unknownInputs() {
        List<String> paths = new java.util.ArrayList<>();
        collectUnknown("", inputs, paths);
        return paths;
    }

    private static void collectUnknown(String path, Object value, List<String> paths) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> collectUnknown(path.isEmpty() ? String.valueOf(k) : path + "." + k, v, paths));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Object element = list.get(i);
                Object name = element instanceof Map<?, ?> m ? m.get("name") : null;
                String index = name instanceof String n && !isUnknown(n) ? n : String.valueOf(i);
                collectUnknown(path + "[" + index + "]", element, paths);
            }
        } else if (isUnknown(value)) {
            paths.add(path);
        }
    }

    /** A resource the program creates or manages (no import). */
    public PlannedResource(String urn, String type, String name, String parent, boolean protect,
                           Map<String, Object> inputs, List<String> dependencies) {
        this(urn, type, name, parent, protect, inputs, dependencies, null);
    }

    public boolean isKubernetesObject() {
        return type.startsWith("kubernetes:") && !type.startsWith("kubernetes:helm.sh/") && inputs.containsKey("kind");
    }

    public boolean isComponent() {
        return type.startsWith("howler:");
    }

    public String kind() {
        return String.valueOf(inputs.get("kind"));
    }

    /** Reads a nested input by path, e.g. {@code at("spec", "template", "spec")}. */
    public Optional<Object> at(String... path) {
        Object current = inputs;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(key)) {
                return Optional.empty();
            }
            current = map.get(key);
        }
        return Optional.ofNullable(current);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> mapAt(String... path) {
        return at(path).filter(Map.class::isInstance).map(m -> (Map<String, Object>) m).orElse(Map.of());
    }

    @SuppressWarnings("unchecked")
    public List<Object> listAt(String... path) {
        return at(path).filter(List.class::isInstance).map(l -> (List<Object>) l).orElse(List.of());
    }

    public String metadataName() {
        return String.valueOf(mapAt("metadata").getOrDefault("name", name));
    }

    public String metadataNamespace() {
        Object ns = mapAt("metadata").get("namespace");
        return ns == null ? null : ns.toString();
    }
}
