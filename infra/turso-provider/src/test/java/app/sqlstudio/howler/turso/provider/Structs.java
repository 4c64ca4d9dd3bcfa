package app.sqlstudio.howler.turso.provider;

import app.sqlstudio.howler.turso.provider.wire.PropertyWire;
import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds property maps for requests and reads them back, in tests. */
final class Structs {
    private Structs() {
    }

    /** {@code of("name", "db", "locations", List.of("iad"), "seed", Map.of(...))}; a {@link Value} is taken as is. */
    static Struct of(Object... keyValues) {
        var struct = Struct.newBuilder();
        for (int i = 0; i < keyValues.length; i += 2) {
            struct.putFields((String) keyValues[i], value(keyValues[i + 1]));
        }
        return struct.build();
    }

    static Value secret(Object v) {
        return PropertyWire.secret(value(v));
    }

    static Value unknown() {
        return PropertyWire.unknown();
    }

    @SuppressWarnings("unchecked")
    static Value value(Object v) {
        if (v instanceof Value value) {
            return value;
        }
        if (v instanceof String s) {
            return PropertyWire.string(s);
        }
        if (v instanceof Boolean b) {
            return PropertyWire.bool(b);
        }
        if (v instanceof List<?> list) {
            var out = ListValue.newBuilder();
            list.forEach(i -> out.addValues(value(i)));
            return Value.newBuilder().setListValue(out).build();
        }
        if (v instanceof Map<?, ?> map) {
            var struct = Struct.newBuilder();
            ((Map<String, Object>) map).forEach((k, i) -> struct.putFields(k, value(i)));
            return PropertyWire.object(struct.build());
        }
        throw new IllegalArgumentException("unsupported " + v);
    }

    static String string(Struct s, String key) {
        return PropertyWire.reveal(s.getFieldsOrThrow(key)).getStringValue();
    }

    static List<String> strings(Struct s, String key) {
        var out = new ArrayList<String>();
        s.getFieldsOrThrow(key).getListValue().getValuesList().forEach(v -> out.add(v.getStringValue()));
        return out;
    }

    /** Every string anywhere in the map that is not inside a secret wrapper. */
    static List<String> plainStrings(Struct s) {
        var out = new ArrayList<String>();
        s.getFieldsMap().values().forEach(v -> collectPlain(v, out));
        return out;
    }

    private static void collectPlain(Value v, List<String> out) {
        if (PropertyWire.isSecret(v)) {
            return;
        }
        if (v.hasStringValue()) {
            out.add(v.getStringValue());
        } else if (v.hasListValue()) {
            v.getListValue().getValuesList().forEach(i -> collectPlain(i, out));
        } else if (v.hasStructValue()) {
            v.getStructValue().getFieldsMap().values().forEach(i -> collectPlain(i, out));
        }
    }
}
