package app.sqlstudio.howler.turso.provider.api;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads fields of Turso replies, failing with a message that names the missing field.
 *
 * <p>Keys are matched exactly first, then case-insensitively: Turso mixes {@code Name}/{@code DbId} with snake_case,
 * and its Go server treats key case loosely.
 */
final class JsonReplies {
    private JsonReplies() {
    }

    static JsonObject object(JsonObject parent, String key, String operation) {
        var value = find(parent, key);
        if (value.isEmpty() || !value.get().isJsonObject()) {
            throw TursoApiException.malformed(operation, "expected an object \"" + key + "\" in " + parent);
        }
        return value.get().getAsJsonObject();
    }

    static String string(JsonObject parent, String key, String operation) {
        return optString(parent, key).filter(s -> !s.isEmpty()).orElseThrow(() ->
                TursoApiException.malformed(operation, "expected a string \"" + key + "\" in " + parent));
    }

    static Optional<String> optString(JsonObject parent, String key) {
        return find(parent, key)
                .filter(v -> v.isJsonPrimitive() && v.getAsJsonPrimitive().isString())
                .map(JsonElement::getAsString);
    }

    static Optional<Boolean> optBoolean(JsonObject parent, String key) {
        return find(parent, key)
                .filter(v -> v.isJsonPrimitive() && v.getAsJsonPrimitive().isBoolean())
                .map(JsonElement::getAsBoolean);
    }

    static List<String> stringList(JsonObject parent, String key) {
        var value = find(parent, key);
        var out = new ArrayList<String>();
        if (value.isPresent() && value.get().isJsonArray()) {
            value.get().getAsJsonArray().forEach(e -> {
                if (e.isJsonPrimitive()) {
                    out.add(e.getAsString());
                }
            });
        }
        return List.copyOf(out);
    }

    private static Optional<JsonElement> find(JsonObject parent, String key) {
        if (parent.has(key) && !parent.get(key).isJsonNull()) {
            return Optional.of(parent.get(key));
        }
        return parent.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(key) && !e.getValue().isJsonNull())
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
