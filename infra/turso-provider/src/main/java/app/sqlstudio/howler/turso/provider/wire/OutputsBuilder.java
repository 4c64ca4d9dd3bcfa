package app.sqlstudio.howler.turso.provider.wire;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import java.util.List;

/**
 * Builds the property map a provider returns: known values, unknowns for preview, and secrets.
 *
 * <p>{@link #keepSecretsOf(Properties)} re-wraps every output whose input was secret, so a value the program marked
 * secret never comes back in clear text, whatever the resource code did with it.
 */
public final class OutputsBuilder {
    private final Struct.Builder struct = Struct.newBuilder();

    public static OutputsBuilder from(Properties base) {
        var builder = new OutputsBuilder();
        builder.struct.putAllFields(base.struct().getFieldsMap());
        return builder;
    }

    public static OutputsBuilder empty() {
        return new OutputsBuilder();
    }

    public OutputsBuilder put(String key, String value) {
        return putValue(key, PropertyWire.string(value));
    }

    public OutputsBuilder put(String key, boolean value) {
        return putValue(key, PropertyWire.bool(value));
    }

    public OutputsBuilder put(String key, List<String> value) {
        return putValue(key, PropertyWire.strings(value));
    }

    public OutputsBuilder putSecret(String key, String value) {
        return putValue(key, PropertyWire.secret(PropertyWire.string(value)));
    }

    public OutputsBuilder putUnknown(String key) {
        return putValue(key, PropertyWire.unknown());
    }

    public OutputsBuilder putUnknownSecret(String key) {
        return putValue(key, PropertyWire.secret(PropertyWire.unknown()));
    }

    public OutputsBuilder putValue(String key, Value value) {
        struct.putFields(key, value);
        return this;
    }

    public OutputsBuilder copy(Properties from, String key) {
        from.raw(key).ifPresent(v -> struct.putFields(key, v));
        return this;
    }

    public OutputsBuilder remove(String key) {
        struct.removeFields(key);
        return this;
    }

    public OutputsBuilder keepSecretsOf(Properties inputs) {
        for (var key : inputs.keys()) {
            var out = struct.getFieldsMap().get(key);
            if (out != null && inputs.isSecret(key) && !PropertyWire.isSecret(out)) {
                struct.putFields(key, PropertyWire.secret(out));
            }
        }
        return this;
    }

    public Struct build() {
        return struct.build();
    }

    public Properties buildProperties() {
        return Properties.of(build());
    }
}
