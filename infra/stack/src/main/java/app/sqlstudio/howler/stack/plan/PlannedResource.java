package app.sqlstudio.howler.stack.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One resource the program registers, as the engine would receive it: URN, type token, logical name, parent URN
 * (null for the stack itself), {@code protect}, and the inputs exactly as registered (Pulumi's camelCase wire names)
 * with secret values replaced by {@code "[secret]"}, and the id it is imported from when the program adopts an
 * existing object ({@code import} option; null otherwise). The plan's JSON contract does not include the import id.
 */
public record PlannedResource(String urn, String type, String name, String parent, boolean protect,
                              Map<String, Object> inputs, List<String> dependencies, String importId) {

    public static final String SECRET = "[secret]";

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
