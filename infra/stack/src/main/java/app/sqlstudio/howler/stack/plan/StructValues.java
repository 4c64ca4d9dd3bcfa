package app.sqlstudio.howler.stack.plan;

import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the protobuf {@link Struct} of a RegisterResourceRequest into plain Java values, replacing every value inside
 * Pulumi's secret envelope with {@code "[secret]"} so nothing secret can reach a plan, a rendered manifest or a log,
 * and Pulumi's unknown sentinel (a value computed from an output the cloud has not assigned yet) with
 * {@code "[unknown]"}.
 */
final class StructValues {

    /** Pulumi's special-value signature key and the signatures this reader understands. */
    static final String SIG_KEY = "4dabf18193072939515e22adb298388d";
    static final String SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
    static final String RESOURCE_SIG = "5cf8f73096256a8f31e491e813e4eb8e";
    static final String UNKNOWN_SENTINEL = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

    private StructValues() {
    }

    static Map<String, Object> toMap(Struct struct) {
        Map<String, Object> out = new LinkedHashMap<>();
        struct.getFieldsMap().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.put(e.getKey(), toJava(e.getValue())));
        return out;
    }

    static Object toJava(Value value) {
        return switch (value.getKindCase()) {
            case NULL_VALUE, KIND_NOT_SET -> null;
            case BOOL_VALUE -> value.getBoolValue();
            case NUMBER_VALUE -> number(value.getNumberValue());
            case STRING_VALUE -> UNKNOWN_SENTINEL.equals(value.getStringValue()) ? PlannedResource.UNKNOWN : value.getStringValue();
            case LIST_VALUE -> list(value.getListValue());
            case STRUCT_VALUE -> struct(value.getStructValue());
        };
    }

    private static Object struct(Struct s) {
        Value sig = s.getFieldsMap().get(SIG_KEY);
        if (sig != null && SECRET_SIG.equals(sig.getStringValue())) {
            Value inner = s.getFieldsMap().get("value");
            return inner == null ? PlannedResource.SECRET : mask(toJava(inner));
        }
        if (sig != null && RESOURCE_SIG.equals(sig.getStringValue())) {
            Value urn = s.getFieldsMap().get("urn");
            return urn == null ? "[resource]" : urn.getStringValue();
        }
        return toMap(s);
    }

    /**
     * Keeps the shape of a secret value and hides every leaf: a Secret's {@code stringData} still shows which keys it
     * holds (and renders as a valid manifest), never what they hold.
     */
    static Object mask(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), mask(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(StructValues::mask).toList();
        }
        // an unknown secret discloses nothing, and says more as unknown
        return PlannedResource.isUnknown(value) ? value : PlannedResource.SECRET;
    }

    private static List<Object> list(ListValue l) {
        List<Object> out = new ArrayList<>(l.getValuesCount());
        l.getValuesList().forEach(v -> out.add(toJava(v)));
        return out;
    }

    private static Object number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            long n = (long) d;
            return n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE ? (Object) (int) n : (Object) n;
        }
        return d;
    }
}
