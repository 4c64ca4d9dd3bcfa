package app.sqlstudio.howler.turso.provider.wire;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A read-only view of a property map as the engine sends it, with typed getters that see through secret wrappers.
 *
 * <p>Getters return empty for absent or null properties and throw {@link IllegalStateException} for unknown ones, so
 * a caller that forgot to handle preview fails loudly instead of sending a sentinel to Turso.
 */
public final class Properties {
    public static final Properties EMPTY = new Properties(Struct.getDefaultInstance());

    private final Struct struct;

    private Properties(Struct struct) {
        this.struct = struct;
    }

    public static Properties of(Struct struct) {
        return new Properties(struct);
    }

    public Struct struct() {
        return struct;
    }

    public Set<String> keys() {
        return struct.getFieldsMap().keySet();
    }

    public boolean isEmpty() {
        return struct.getFieldsCount() == 0;
    }

    /** The value exactly as sent, wrappers included; empty when absent. */
    public Optional<Value> raw(String key) {
        return Optional.ofNullable(struct.getFieldsMap().get(key));
    }

    /** Present and not null (an unknown counts as present). */
    public boolean has(String key) {
        return raw(key).map(v -> PropertyWire.isUnknown(v) || !PropertyWire.reveal(v).hasNullValue()).orElse(false);
    }

    public boolean isUnknown(String key) {
        return raw(key).map(PropertyWire::containsUnknown).orElse(false);
    }

    public boolean containsUnknowns() {
        return struct.getFieldsMap().values().stream().anyMatch(PropertyWire::containsUnknown);
    }

    public boolean isSecret(String key) {
        return raw(key).map(PropertyWire::containsSecret).orElse(false);
    }

    /** The revealed value, or null-value when absent; what Diff compares. */
    public Value revealed(String key) {
        return raw(key).map(PropertyWire::reveal).orElse(PropertyWire.nullValue());
    }

    public Optional<String> string(String key) {
        return known(key).map(v -> {
            if (!v.hasStringValue()) {
                throw new IllegalArgumentException(key + ": expected a string");
            }
            return v.getStringValue();
        });
    }

    public Optional<Boolean> bool(String key) {
        return known(key).map(v -> {
            if (!v.hasBoolValue()) {
                throw new IllegalArgumentException(key + ": expected a boolean");
            }
            return v.getBoolValue();
        });
    }

    public Optional<List<String>> strings(String key) {
        return known(key).map(v -> {
            if (!v.hasListValue()) {
                throw new IllegalArgumentException(key + ": expected a list of strings");
            }
            var out = new ArrayList<String>();
            for (var item : v.getListValue().getValuesList()) {
                if (!item.hasStringValue()) {
                    throw new IllegalArgumentException(key + ": expected a list of strings");
                }
                out.add(item.getStringValue());
            }
            return List.copyOf(out);
        });
    }

    public Optional<Properties> object(String key) {
        return known(key).map(v -> {
            if (!v.hasStructValue()) {
                throw new IllegalArgumentException(key + ": expected an object");
            }
            return Properties.of(v.getStructValue());
        });
    }

    /** A copy with the given values set, wrappers kept; used to apply defaults. */
    public Properties with(Map<String, Value> values) {
        return new Properties(struct.toBuilder().putAllFields(values).build());
    }

    private Optional<Value> known(String key) {
        var value = raw(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (PropertyWire.containsUnknown(value.get())) {
            throw new IllegalStateException(key + " is unknown; it cannot be read before the engine resolves it");
        }
        var plain = PropertyWire.reveal(value.get());
        return plain.hasNullValue() ? Optional.empty() : Optional.of(plain);
    }

    @Override
    public String toString() {
        return struct.toString();
    }
}
