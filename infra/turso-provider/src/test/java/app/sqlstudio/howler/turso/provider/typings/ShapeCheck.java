package app.sqlstudio.howler.turso.provider.typings;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a JSON value against a {@link TsType} of a set of declarations: every field of every object must be declared
 * by the type (or an index signature of it) and the value must fit the declared type. Required fields are not asked
 * for: the check is about names and types, the shapes Turso and its clients agree on.
 */
public final class ShapeCheck {
    private final TsDeclarations declarations;

    public ShapeCheck(TsDeclarations declarations) {
        this.declarations = declarations;
    }

    /** Problems of {@code value} against {@code type}, each naming the JSON path; empty when it conforms. */
    public List<String> check(JsonElement value, TsType type, String path) {
        var problems = new ArrayList<String>();
        check(value, type, path, problems);
        return problems;
    }

    private void check(JsonElement value, TsType type, String path, List<String> problems) {
        var t = resolve(type);
        if (t == TsType.Prim.ANY) {
            return;
        }
        if (value == null || value.isJsonNull()) {
            return; // Turso sends null for what is unset; the field's existence is what is checked
        }
        if (t instanceof TsType.Prim prim) {
            boolean fits = switch (prim) {
                case STRING -> value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
                case NUMBER -> value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber();
                case BOOLEAN -> value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean();
                case NULL, NEVER -> false;
                case ANY -> true;
            };
            if (!fits) {
                problems.add(path + ": " + value + " is not " + prim.name().toLowerCase(Locale.ROOT));
            }
        } else if (t instanceof TsType.Lit lit) {
            if (!(value.isJsonPrimitive() && value.getAsString().equals(lit.value()))) {
                problems.add(path + ": " + value + " is not " + lit);
            }
        } else if (t instanceof TsType.Arr arr) {
            if (!value.isJsonArray()) {
                problems.add(path + ": " + value + " is not an array");
                return;
            }
            int i = 0;
            for (var e : value.getAsJsonArray()) {
                check(e, arr.element(), path + "[" + i++ + "]", problems);
            }
        } else if (t instanceof TsType.Union union) {
            if (value.isJsonObject() && union.members().stream().map(this::resolve)
                    .allMatch(m -> m instanceof TsType.Obj || m instanceof TsType.Intersection)) {
                checkObject(value.getAsJsonObject(), objectView(union), path, problems);
                return;
            }
            var each = new ArrayList<String>();
            for (var m : union.members()) {
                var sub = check(value, m, path);
                if (sub.isEmpty()) {
                    return;
                }
                each.addAll(sub);
            }
            problems.add(path + ": " + value + " fits none of " + union.members() + " (" + String.join("; ", each) + ")");
        } else if (t instanceof TsType.Obj || t instanceof TsType.Intersection) {
            if (!value.isJsonObject()) {
                problems.add(path + ": " + value + " is not an object");
                return;
            }
            checkObject(value.getAsJsonObject(), objectView(t), path, problems);
        } else {
            throw new IllegalStateException("unresolved type " + t + " at " + path);
        }
    }

    private void checkObject(JsonObject value, TsType.Obj type, String path, List<String> problems) {
        for (var e : value.entrySet()) {
            var field = type.fields().get(e.getKey());
            var at = path + "." + e.getKey();
            if (field != null) {
                check(e.getValue(), field.type(), at, problems);
            } else if (type.index() != null) {
                check(e.getValue(), type.index(), at, problems);
            } else {
                problems.add(at + ": not declared (declared here: " + String.join(", ", type.fields().keySet()) + ")" + hint(e.getKey(), type));
            }
        }
    }

    private static String hint(String key, TsType.Obj type) {
        var names = type.fields().keySet();
        var close = names.stream().filter(n -> n.equalsIgnoreCase(key)).findFirst()
                .or(() -> names.stream().filter(n -> distance(n.toLowerCase(Locale.ROOT), key.toLowerCase(Locale.ROOT)) <= 2).findFirst());
        return close.map(n -> "; did you mean \"" + n + "\"?").orElse("");
    }

    private static int distance(String a, String b) {
        var d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
            }
        }
        return d[a.length()][b.length()];
    }

    /**
     * The fields an object of this type may have: an intersection has the fields of all its members, a union of object
     * types the fields of any alternative (a field declared by two gets the union of their types).
     */
    public TsType.Obj objectView(TsType type) {
        var t = resolve(type);
        if (t instanceof TsType.Obj obj) {
            return obj;
        }
        List<TsType> members;
        if (t instanceof TsType.Intersection i) {
            members = i.members();
        } else if (t instanceof TsType.Union u) {
            members = u.members();
        } else {
            throw new IllegalArgumentException(type + " is not an object type");
        }
        var fields = new LinkedHashMap<String, TsType.Field>();
        TsType index = null;
        for (var m : members) {
            var view = objectView(m);
            view.fields().forEach((k, f) -> fields.merge(k, f, (a, b) -> new TsType.Field(
                    a.type().equals(b.type()) ? a.type() : new TsType.Union(List.of(a.type(), b.type())), a.optional() && b.optional())));
            if (view.index() != null) {
                index = view.index();
            }
        }
        return new TsType.Obj(fields, index);
    }

    /** Follows references, built-in generics, {@code keyof} and indexed access down to a structural type. */
    public TsType resolve(TsType type) {
        if (type instanceof TsType.Ref ref) {
            return resolve(reference(ref));
        }
        if (type instanceof TsType.KeyOf k) {
            var view = objectView(k.of());
            if (view.index() != null) {
                return TsType.Prim.STRING;
            }
            return new TsType.Union(view.fields().keySet().stream().<TsType>map(TsType.Lit::new).toList());
        }
        if (type instanceof TsType.Indexed ix) {
            var key = resolve(ix.key());
            var view = objectView(ix.object());
            if (key instanceof TsType.Lit lit && view.fields().containsKey(lit.value())) {
                return resolve(view.fields().get(lit.value()).type());
            }
            if (view.index() != null) {
                return resolve(view.index());
            }
            throw new IllegalArgumentException(ix.object() + " has no member " + key);
        }
        if (type instanceof TsType.Union u && u.members().contains(TsType.Prim.NEVER)) {
            var rest = u.members().stream().filter(m -> m != TsType.Prim.NEVER).toList();
            return rest.size() == 1 ? resolve(rest.get(0)) : new TsType.Union(rest);
        }
        return type;
    }

    private TsType reference(TsType.Ref ref) {
        var args = ref.args();
        switch (ref.name()) {
            case "Array", "ReadonlyArray":
                return new TsType.Arr(args.get(0));
            case "Promise":
                return args.get(0);
            case "Date":
                return TsType.Prim.STRING; // JSON.stringify writes a Date as its ISO string
            case "Record":
                return new TsType.Obj(Map.of(), args.get(1));
            case "Omit", "Pick": {
                var view = objectView(args.get(0));
                var keys = new ArrayList<String>();
                var k = resolve(args.get(1));
                for (var m : k instanceof TsType.Union u ? u.members() : List.of(k)) {
                    keys.add(((TsType.Lit) resolve(m)).value());
                }
                var fields = new LinkedHashMap<String, TsType.Field>();
                view.fields().forEach((name, f) -> {
                    if (keys.contains(name) == ref.name().equals("Pick")) {
                        fields.put(name, f);
                    }
                });
                return new TsType.Obj(fields, ref.name().equals("Pick") ? null : view.index());
            }
            default:
                break;
        }
        var declared = declarations.types.get(ref.name());
        if (declared != null) {
            return declared;
        }
        // Class.method.parameter: the declared type of a parameter of a class's method
        var parts = ref.name().split("\\.");
        if (parts.length == 3) {
            var method = declarations.classMethods(parts[0]).get(parts[1]);
            if (method != null && method.parameters().containsKey(parts[2])) {
                return method.parameters().get(parts[2]);
            }
        }
        throw new IllegalArgumentException("not declared by the typings: " + ref.name());
    }
}
