package app.sqlstudio.howler.turso.provider.wire;

import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import java.util.List;
import java.util.Set;

/**
 * The Pulumi encodings of special values inside {@code google.protobuf.Struct}: unknowns and secrets.
 *
 * <p>Hand-written rather than borrowed from the SDK's internal {@code PropertyValue}, whose unmarshal only recognises
 * the string unknown sentinel and throws on signatures it does not know; a provider must tolerate every form.
 */
public final class PropertyWire {
    /** The key that marks an object as a special value. */
    public static final String SIG_KEY = "4dabf18193072939515e22adb298388d";
    public static final String SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
    /** Output values only arrive when a provider accepts outputs; handled defensively all the same. */
    public static final String OUTPUT_SIG = "d0e6a833031e9bbcd3f4e8bde6ca49a4";
    /** The untyped unknown (computed) sentinel, the one providers return. */
    public static final String UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

    private static final Set<String> UNKNOWN_SENTINELS = Set.of(
            UNKNOWN,
            "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7", // bool
            "3eeb2bf0-c639-47a8-9e75-3b44932eb421", // number
            "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2", // array
            "030794c1-ac77-496b-92df-f27374a8bd58", // asset
            "e48ece36-62e2-4504-bad9-02848725956a", // archive
            "dd056dcd-154b-4c76-9bd3-c8f88648b5ff"); // object

    private PropertyWire() {
    }

    public static Value string(String s) {
        return Value.newBuilder().setStringValue(s).build();
    }

    public static Value bool(boolean b) {
        return Value.newBuilder().setBoolValue(b).build();
    }

    public static Value nullValue() {
        return Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build();
    }

    public static Value strings(List<String> items) {
        var list = ListValue.newBuilder();
        items.forEach(i -> list.addValues(string(i)));
        return Value.newBuilder().setListValue(list).build();
    }

    public static Value object(Struct struct) {
        return Value.newBuilder().setStructValue(struct).build();
    }

    public static Value unknown() {
        return string(UNKNOWN);
    }

    public static Value secret(Value inner) {
        if (isSecret(inner)) {
            return inner;
        }
        return object(Struct.newBuilder()
                .putFields(SIG_KEY, string(SECRET_SIG))
                .putFields("value", inner)
                .build());
    }

    public static boolean isSecret(Value v) {
        return hasSignature(v, SECRET_SIG)
                || hasSignature(v, OUTPUT_SIG) && v.getStructValue().getFieldsOrDefault("secret", bool(false)).getBoolValue();
    }

    /** True when this value, or the value inside its secret or output wrapper, is unknown. Nested unknowns excluded. */
    public static boolean isUnknown(Value v) {
        if (v.hasStringValue() && UNKNOWN_SENTINELS.contains(v.getStringValue())) {
            return true;
        }
        if (hasSignature(v, OUTPUT_SIG)) {
            var inner = v.getStructValue().getFieldsMap().get("value");
            return inner == null || isUnknown(inner);
        }
        return hasSignature(v, SECRET_SIG) && isUnknown(v.getStructValue().getFieldsOrDefault("value", nullValue()));
    }

    /** True when an unknown hides anywhere in the value, e.g. one element of a list. */
    public static boolean containsUnknown(Value v) {
        if (isUnknown(v)) {
            return true;
        }
        var plain = reveal(v);
        if (plain.hasListValue()) {
            return plain.getListValue().getValuesList().stream().anyMatch(PropertyWire::containsUnknown);
        }
        if (plain.hasStructValue()) {
            return plain.getStructValue().getFieldsMap().values().stream().anyMatch(PropertyWire::containsUnknown);
        }
        return false;
    }

    /** True when a secret hides anywhere in the value. */
    public static boolean containsSecret(Value v) {
        if (isSecret(v)) {
            return true;
        }
        if (v.hasListValue()) {
            return v.getListValue().getValuesList().stream().anyMatch(PropertyWire::containsSecret);
        }
        if (v.hasStructValue() && !v.getStructValue().containsFields(SIG_KEY)) {
            return v.getStructValue().getFieldsMap().values().stream().anyMatch(PropertyWire::containsSecret);
        }
        return false;
    }

    /** The plain value with every secret and output wrapper removed, at any depth; used to compare and to read. */
    public static Value reveal(Value v) {
        if (hasSignature(v, SECRET_SIG) || hasSignature(v, OUTPUT_SIG)) {
            var inner = v.getStructValue().getFieldsMap().get("value");
            return inner == null ? unknown() : reveal(inner);
        }
        if (v.hasListValue()) {
            var list = ListValue.newBuilder();
            v.getListValue().getValuesList().forEach(i -> list.addValues(reveal(i)));
            return Value.newBuilder().setListValue(list).build();
        }
        if (v.hasStructValue()) {
            var struct = Struct.newBuilder();
            v.getStructValue().getFieldsMap().forEach((k, i) -> struct.putFields(k, reveal(i)));
            return object(struct.build());
        }
        return v;
    }

    private static boolean hasSignature(Value v, String sig) {
        return v.hasStructValue()
                && sig.equals(v.getStructValue().getFieldsOrDefault(SIG_KEY, nullValue()).getStringValue());
    }
}
