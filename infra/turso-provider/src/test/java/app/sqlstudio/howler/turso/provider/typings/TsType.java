package app.sqlstudio.howler.turso.provider.typings;

import java.util.List;
import java.util.Map;

/** A TypeScript type as declared in typings: what a JSON value is checked against. */
public sealed interface TsType {

    /** A member of an object type. */
    record Field(TsType type, boolean optional) {
    }

    /** {@code string}, {@code number}, {@code boolean}, and the types any JSON value fits ({@code any}, functions...). */
    enum Prim implements TsType {
        STRING, NUMBER, BOOLEAN, ANY, NEVER, NULL
    }

    record Lit(String value) implements TsType {
        @Override
        public String toString() {
            return "\"" + value + "\"";
        }
    }

    record Arr(TsType element) implements TsType {
        @Override
        public String toString() {
            return element + "[]";
        }
    }

    /** An object type; {@code index} is the value type of an index signature ({@code [key: string]: T}), or null. */
    record Obj(Map<String, Field> fields, TsType index) implements TsType {
        @Override
        public String toString() {
            return "{ " + String.join("; ", fields.keySet()) + (index == null ? "" : "; [key]") + " }";
        }
    }

    record Union(List<TsType> members) implements TsType {
    }

    record Intersection(List<TsType> members) implements TsType {
    }

    /** A reference to a declared name, a built-in generic ({@code Array}, {@code Promise}, {@code Omit}...) or a method parameter. */
    record Ref(String name, List<TsType> args) implements TsType {
        @Override
        public String toString() {
            return name + (args.isEmpty() ? "" : "<" + args + ">");
        }
    }

    record KeyOf(TsType of) implements TsType {
    }

    record Indexed(TsType object, TsType key) implements TsType {
    }

    static TsType named(String name, List<TsType> args) {
        return switch (name) {
            case "string" -> Prim.STRING;
            case "number", "bigint" -> Prim.NUMBER;
            case "boolean" -> Prim.BOOLEAN;
            case "any", "unknown", "object", "void", "undefined" -> Prim.ANY;
            case "never" -> Prim.NEVER;
            case "null" -> Prim.NULL;
            default -> new Ref(name, args);
        };
    }
}
