package com.pulumi.cloudflare.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.CustomType;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.Import;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Internal;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.CustomResource;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.annotation.Nullable;

/**
 * Checks one binding class against its schema object by reflection: the wire names of its {@code @Import} /
 * {@code @Export} / {@code @CustomType.Setter} members, their Java types against the schema types, the required flags
 * (non-nullable, {@code build()} or the setter throws {@link MissingRequiredPropertyException}), and that no member is
 * missing from or absent in the schema. Each problem is one human-readable line; no lines means the class conforms.
 */
public final class BindingChecker {

    /** How a class carries its properties, which decides the Java type a schema type maps to. */
    public enum Shape {
        /** {@code Output<T>} fields with {@code @Import}; nested objects are {@code inputs.<Name>Args}. */
        ARGS,
        /** Plain {@code T} fields with {@code @Import} (plain invoke arguments); nested objects are {@code inputs.<Name>}. */
        PLAIN,
        /** {@code @CustomType} values and resource {@code @Export}s; nested objects are {@code outputs.<Name>}. */
        OUTPUT
    }

    /** A schema object: its properties (wire name → schema), the required ones, and which are secret. */
    public record ObjectSpec(String what, Map<String, JsonNode> properties, Set<String> required) {
        public static ObjectSpec of(String what, JsonNode properties, JsonNode required) {
            Map<String, JsonNode> props = new LinkedHashMap<>();
            properties.properties().forEach(e -> props.put(e.getKey(), e.getValue()));
            Set<String> req = new TreeSet<>();
            if (required != null) {
                required.forEach(n -> req.add(n.asText()));
            }
            return new ObjectSpec(what, props, req);
        }

        public ObjectSpec withoutRequired() {
            return new ObjectSpec(what, properties, Set.of());
        }
    }

    static final String INPUTS = "com.pulumi.cloudflare.inputs.";
    static final String OUTPUTS = "com.pulumi.cloudflare.outputs.";
    private static final String OUTPUT = Output.class.getName();

    static final Set<String> JAVA_RESERVED = Set.of(
        "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
        "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
        "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
        "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
        "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null");

    private final List<String> problems = new ArrayList<>();
    private final String subject;

    private BindingChecker(Class<?> cls) {
        this.subject = cls.getSimpleName();
    }

    // ------------------------------------------------------------------------------------------------ entry points

    /** An input class: resource/nested {@code *Args} and {@code *State} (ARGS), or plain invoke arguments (PLAIN). */
    public static List<String> checkInput(Class<?> cls, ObjectSpec spec, Shape shape, Class<?> expectedBase) {
        var c = new BindingChecker(cls);
        c.inputClass(cls, spec, shape, expectedBase);
        return c.problems;
    }

    /** A {@code @CustomType} output class (nested output types and invoke results). */
    public static List<String> checkOutputType(Class<?> cls, ObjectSpec spec) {
        var c = new BindingChecker(cls);
        c.outputType(cls, spec);
        return c.problems;
    }

    /** A resource class: its token and its {@code @Export}ed outputs. */
    public static List<String> checkResource(Class<?> cls, String token, ObjectSpec outputs, Class<?> argsClass, Class<?> stateClass) {
        var c = new BindingChecker(cls);
        c.resource(cls, token, outputs, argsClass, stateClass);
        return c.problems;
    }

    // ------------------------------------------------------------------------------------------------ schema → Java

    /** The Java type (as {@link Type#getTypeName()} spells it, without spaces) a schema property maps to. */
    public static String javaType(JsonNode p, Shape shape) {
        if (p.has("$ref")) {
            String ref = p.get("$ref").asText();
            if (ref.equals("pulumi.json#/Any")) {
                return "java.lang.Object";
            }
            if (!ref.startsWith("#/types/")) {
                throw new IllegalArgumentException("unsupported $ref " + ref);
            }
            String name = ref.substring(ref.lastIndexOf(':') + 1);
            return switch (shape) {
                case ARGS -> INPUTS + name + "Args";
                case PLAIN -> INPUTS + name;
                case OUTPUT -> OUTPUTS + name;
            };
        }
        String type = p.path("type").asText();
        return switch (type) {
            case "string" -> "java.lang.String";
            case "integer" -> "java.lang.Integer";
            case "number" -> "java.lang.Double";
            case "boolean" -> "java.lang.Boolean";
            case "array" -> "java.util.List<" + javaType(p.get("items"), shape) + ">";
            case "object" -> {
                if (!p.has("additionalProperties")) {
                    throw new IllegalArgumentException("an object property needs additionalProperties or a $ref: " + p);
                }
                yield "java.util.Map<java.lang.String," + javaType(p.get("additionalProperties"), shape) + ">";
            }
            default -> throw new IllegalArgumentException("unsupported schema type '" + type + "' in " + p);
        };
    }

    public static String javaName(String wireName) {
        return JAVA_RESERVED.contains(wireName) ? wireName + "_" : wireName;
    }

    static String typeName(Type t) {
        return t.getTypeName().replace(" ", "");
    }

    private static boolean isCollection(String javaType) {
        return javaType.startsWith("java.util.List<") || javaType.startsWith("java.util.Map<");
    }

    // ------------------------------------------------------------------------------------------------ inputs

    private void inputClass(Class<?> cls, ObjectSpec spec, Shape shape, Class<?> expectedBase) {
        if (expectedBase != null && cls.getSuperclass() != expectedBase) {
            problem("extends %s, expected %s", cls.getSuperclass().getName(), expectedBase.getName());
        }
        Map<String, Field> bound = new LinkedHashMap<>();
        for (Field f : instanceFields(cls)) {
            Import imp = f.getAnnotation(Import.class);
            if (imp == null) {
                problem("field '%s' has no @Import, so it is never sent to the provider", f.getName());
            } else if (bound.put(imp.name(), f) != null) {
                problem("two fields are bound to '%s'", imp.name());
            }
        }
        compareNames(bound.keySet(), spec);

        for (var e : bound.entrySet()) {
            String name = e.getKey();
            Field f = e.getValue();
            JsonNode p = spec.properties().get(name);
            if (p == null) {
                continue;
            }
            boolean required = spec.required().contains(name);
            String expected = javaType(p, shape);
            String want = shape == Shape.ARGS ? OUTPUT + "<" + expected + ">" : expected;
            String actual = typeName(f.getGenericType());
            if (!actual.equals(want)) {
                problem("'%s' is %s, but the schema type %s needs %s", name, actual, describe(p), want);
            }
            if (!f.getName().equals(javaName(name))) {
                problem("'%s' is held in field '%s', expected '%s'", name, f.getName(), javaName(name));
            }
            Import imp = f.getAnnotation(Import.class);
            if (imp.required() != required) {
                problem("'%s' has @Import(required=%s), but the schema says %s", name, imp.required(), required ? "required" : "optional");
            }
            if (f.isAnnotationPresent(Nullable.class) == required) {
                problem("'%s' is %s@Nullable, but the schema says %s", name, required ? "" : "not ", required ? "required" : "optional");
            }
            if (imp.json()) {
                problem("'%s' is marked json=true, which only provider settings of non-string type use", name);
            }
            Method getter = method(cls, javaName(name));
            if (getter == null) {
                problem("no getter %s()", javaName(name));
            } else {
                String getterWant = required ? want : "java.util.Optional<" + want + ">";
                if (!typeName(getter.getGenericReturnType()).equals(getterWant)) {
                    problem("getter %s() returns %s, expected %s", javaName(name), typeName(getter.getGenericReturnType()), getterWant);
                }
            }
            Class<?> builder = builderClass(cls);
            if (builder != null && Arrays.stream(builder.getMethods())
                    .noneMatch(m -> m.getName().equals(javaName(name)) && m.getParameterCount() == 1
                        && typeName(m.getGenericParameterTypes()[0]).equals(want))) {
                problem("Builder has no setter %s(%s)", javaName(name), want);
            }
            if (p.path("secret").asBoolean(false) && shape == Shape.ARGS) {
                secretStaysSecret(cls, name, expected);
            }
        }
        requiredEnforcedByBuild(cls, spec, shape);
    }

    /** build() must throw MissingRequiredPropertyException naming each required property left unset, and succeed when all are set. */
    private void requiredEnforcedByBuild(Class<?> cls, ObjectSpec spec, Shape shape) {
        Method builderFactory = method(cls, "builder");
        if (builderFactory == null || !Modifier.isStatic(builderFactory.getModifiers())) {
            problem("no static builder()");
            return;
        }
        List<String> required = spec.required().stream().filter(spec.properties()::containsKey).toList();
        for (String missing : required) {
            try {
                Object b = builderFactory.invoke(null);
                for (String r : required) {
                    if (!r.equals(missing)) {
                        setDummy(b, r, spec.properties().get(r), shape);
                    }
                }
                b.getClass().getMethod("build").invoke(b);
                problem("build() succeeds without the required '%s'", missing);
            } catch (InvocationTargetException ite) {
                Throwable cause = ite.getCause();
                if (!(cause instanceof MissingRequiredPropertyException) || !String.valueOf(cause.getMessage()).contains(missing)) {
                    problem("build() without '%s' threw %s instead of MissingRequiredPropertyException naming it", missing, cause);
                }
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                problem("cannot drive the builder for '%s': %s", missing, e);
            }
        }
        try {
            Object b = builderFactory.invoke(null);
            for (String r : required) {
                setDummy(b, r, spec.properties().get(r), shape);
            }
            if (b.getClass().getMethod("build").invoke(b) == null) {
                problem("build() returned null");
            }
        } catch (InvocationTargetException ite) {
            problem("build() with every required property set threw %s", ite.getCause());
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            problem("cannot drive the builder: %s", e);
        }
    }

    private void setDummy(Object builder, String name, JsonNode p, Shape shape) throws ReflectiveOperationException {
        String expected = javaType(p, shape);
        for (Method m : builder.getClass().getMethods()) {
            if (!m.getName().equals(javaName(name)) || m.getParameterCount() != 1) {
                continue;
            }
            Type param = m.getGenericParameterTypes()[0];
            if (shape == Shape.ARGS && typeName(param).equals(OUTPUT + "<" + expected + ">")) {
                m.invoke(builder, Output.of(dummy(rawClass(expected))));
                return;
            }
            if (shape == Shape.PLAIN && typeName(param).equals(expected)) {
                m.invoke(builder, dummy(m.getParameterTypes()[0]));
                return;
            }
        }
        throw new NoSuchMethodException("Builder." + javaName(name) + "(" + expected + ")");
    }

    private static Class<?> rawClass(String javaType) throws ClassNotFoundException {
        int lt = javaType.indexOf('<');
        return Class.forName(lt < 0 ? javaType : javaType.substring(0, lt));
    }

    private static Object dummy(Class<?> c) throws ReflectiveOperationException {
        if (c == String.class || c == Object.class) return "x";
        if (c == Integer.class) return 1;
        if (c == Double.class) return 1.0;
        if (c == Boolean.class) return Boolean.TRUE;
        if (c == List.class) return List.of();
        if (c == Map.class) return Map.of();
        return c.getField("Empty").get(null);
    }

    private void secretStaysSecret(Class<?> cls, String name, String expected) {
        try {
            Object b = cls.getMethod("builder").invoke(null);
            Method plainSetter = b.getClass().getMethod(javaName(name), rawClass(expected));
            plainSetter.invoke(b, dummy(rawClass(expected)));
            Object args = b.getClass().getMethod("build").invoke(b);
            @SuppressWarnings("unchecked")
            var value = (Optional<Output<?>>) cls.getMethod(javaName(name)).invoke(args);
            if (value.isEmpty() || !Internal.of(value.get()).isSecret().join()) {
                problem("'%s' is secret in the schema, but the builder keeps a plain value", name);
            }
        } catch (ReflectiveOperationException | ClassCastException e) {
            problem("cannot check that '%s' stays secret: %s", name, e);
        }
    }

    // ------------------------------------------------------------------------------------------------ outputs

    private void outputType(Class<?> cls, ObjectSpec spec) {
        if (!cls.isAnnotationPresent(CustomType.class)) {
            problem("is not annotated @CustomType, so the SDK cannot deserialize it");
        }
        Class<?> builder = builderClass(cls);
        if (builder == null || !builder.isAnnotationPresent(CustomType.Builder.class)) {
            problem("has no nested @CustomType.Builder class Builder");
            return;
        }
        Map<String, Method> setters = new LinkedHashMap<>();
        for (Method m : builder.getDeclaredMethods()) {
            CustomType.Setter s = m.getAnnotation(CustomType.Setter.class);
            if (s != null && setters.put(s.value().isEmpty() ? m.getName() : s.value(), m) != null) {
                problem("two setters are bound to '%s'", s.value().isEmpty() ? m.getName() : s.value());
            }
        }
        compareNames(setters.keySet(), spec);
        Set<String> fieldNames = instanceFields(cls).stream().map(Field::getName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expectedFields = setters.keySet().stream().map(BindingChecker::javaName).collect(Collectors.toCollection(TreeSet::new));
        if (!fieldNames.equals(expectedFields)) {
            problem("fields %s do not match the setters' properties %s", fieldNames, expectedFields);
        }

        for (var e : setters.entrySet()) {
            String name = e.getKey();
            Method setter = e.getValue();
            JsonNode p = spec.properties().get(name);
            if (p == null) {
                continue;
            }
            boolean required = spec.required().contains(name);
            String want = javaType(p, Shape.OUTPUT);
            if (setter.getParameterCount() != 1 || !typeName(setter.getGenericParameterTypes()[0]).equals(want)) {
                problem("setter for '%s' takes %s, but the schema type %s needs %s", name,
                    Arrays.stream(setter.getGenericParameterTypes()).map(BindingChecker::typeName).toList(), describe(p), want);
                continue;
            }
            if (!setter.getName().equals(javaName(name))) {
                problem("setter for '%s' is named %s, expected %s", name, setter.getName(), javaName(name));
            }
            Field f = field(cls, javaName(name));
            if (f != null) {
                if (!typeName(f.getGenericType()).equals(want)) {
                    problem("field '%s' is %s, expected %s", f.getName(), typeName(f.getGenericType()), want);
                }
                if (f.isAnnotationPresent(Nullable.class) == required) {
                    problem("'%s' is %s@Nullable, but the schema says %s", name, required ? "" : "not ", required ? "non-null" : "optional");
                }
            }
            Method getter = method(cls, javaName(name));
            String getterWant = required || isCollection(want) ? want : "java.util.Optional<" + want + ">";
            if (getter == null) {
                problem("no getter %s()", javaName(name));
            } else if (!typeName(getter.getGenericReturnType()).equals(getterWant)) {
                problem("getter %s() returns %s, expected %s", javaName(name), typeName(getter.getGenericReturnType()), getterWant);
            }
            try {
                Object b = builder.getConstructor().newInstance();
                setter.invoke(b, new Object[] {null});
                if (required) {
                    problem("setter for the non-null '%s' accepts null", name);
                }
            } catch (InvocationTargetException ite) {
                if (!required || !(ite.getCause() instanceof MissingRequiredPropertyException)) {
                    problem("setter for '%s' with null threw %s", name, ite.getCause());
                }
            } catch (ReflectiveOperationException ex) {
                problem("cannot drive the builder for '%s': %s", name, ex);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ resources

    private void resource(Class<?> cls, String token, ObjectSpec outputs, Class<?> argsClass, Class<?> stateClass) {
        ResourceType rt = cls.getAnnotation(ResourceType.class);
        if (rt == null || !rt.type().equals(token)) {
            problem("@ResourceType is %s, expected type=\"%s\"", rt == null ? "missing" : rt.type(), token);
        }
        if (!CustomResource.class.isAssignableFrom(cls)) {
            problem("does not extend CustomResource");
        }
        Map<String, Field> exported = new LinkedHashMap<>();
        for (Field f : instanceFields(cls)) {
            Export ex = f.getAnnotation(Export.class);
            if (ex == null) {
                problem("field '%s' has no @Export, so it is never filled from the provider", f.getName());
            } else if (exported.put(ex.name(), f) != null) {
                problem("two fields are exported as '%s'", ex.name());
            }
        }
        compareNames(exported.keySet(), outputs);
        for (var e : exported.entrySet()) {
            String name = e.getKey();
            Field f = e.getValue();
            JsonNode p = outputs.properties().get(name);
            if (p == null) {
                continue;
            }
            boolean required = outputs.required().contains(name);
            String t = javaType(p, Shape.OUTPUT);
            String want = OUTPUT + "<" + t + ">";
            if (!typeName(f.getGenericType()).equals(want)) {
                problem("output '%s' is %s, but the schema type %s needs %s", name, typeName(f.getGenericType()), describe(p), want);
                continue;
            }
            Export ex = f.getAnnotation(Export.class);
            Type inner = ((ParameterizedType) f.getGenericType()).getActualTypeArguments()[0];
            List<Class<?>> refs = new ArrayList<>();
            String tree = tree(inner, refs, true);
            if (!Arrays.asList(ex.refs()).equals(refs) || !ex.tree().replace(" ", "").equals(tree)) {
                problem("output '%s' has @Export(refs=%s, tree=\"%s\"), but %s needs refs=%s, tree=\"%s\"", name,
                    Arrays.stream(ex.refs()).map(Class::getSimpleName).toList(), ex.tree(), t,
                    refs.stream().map(Class::getSimpleName).toList(), tree);
            }
            if (!f.getName().equals(javaName(name))) {
                problem("output '%s' is held in field '%s', expected '%s'", name, f.getName(), javaName(name));
            }
            Method getter = method(cls, javaName(name));
            String getterWant = required ? want : OUTPUT + "<java.util.Optional<" + t + ">>";
            if (getter == null) {
                problem("no getter %s()", javaName(name));
            } else if (!typeName(getter.getGenericReturnType()).equals(getterWant)) {
                problem("getter %s() returns %s, expected %s (the schema says %s)", javaName(name),
                    typeName(getter.getGenericReturnType()), getterWant, required ? "non-null" : "optional");
            }
        }
        if (argsClass != null) {
            constructor(cls, String.class);
            constructor(cls, String.class, argsClass);
            constructor(cls, String.class, argsClass, com.pulumi.resources.CustomResourceOptions.class);
        }
        if (stateClass != null) {
            try {
                Method get = cls.getMethod("get", String.class, Output.class, stateClass, com.pulumi.resources.CustomResourceOptions.class);
                if (!Modifier.isStatic(get.getModifiers()) || get.getReturnType() != cls) {
                    problem("get(...) is not a static factory returning %s", cls.getSimpleName());
                }
            } catch (NoSuchMethodException e) {
                problem("no static get(String, Output<String>, %s, CustomResourceOptions)", stateClass.getSimpleName());
            }
        }
    }

    /** The {@code @Export} refs/tree encoding of a Java type, as the SDK's deserializer reads it. */
    static String tree(Type t, List<Class<?>> refs, boolean top) {
        if (t instanceof Class<?> c) {
            int i = index(refs, c);
            return top ? "[" + i + "]" : String.valueOf(i);
        }
        if (t instanceof ParameterizedType pt) {
            StringBuilder sb = new StringBuilder("[").append(index(refs, (Class<?>) pt.getRawType()));
            for (Type arg : pt.getActualTypeArguments()) {
                sb.append(',').append(tree(arg, refs, false));
            }
            return sb.append(']').toString();
        }
        throw new IllegalArgumentException("unsupported output type " + t);
    }

    private static int index(List<Class<?>> refs, Class<?> c) {
        int i = refs.indexOf(c);
        if (i < 0) {
            refs.add(c);
            i = refs.size() - 1;
        }
        return i;
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private void compareNames(Set<String> bound, ObjectSpec spec) {
        for (String name : bound) {
            if (!spec.properties().containsKey(name)) {
                problem("binds '%s', which %s does not have (misspelt or removed?); it has %s", name, spec.what(),
                    new TreeSet<>(spec.properties().keySet()));
            }
        }
        for (String name : spec.properties().keySet()) {
            if (!bound.contains(name)) {
                problem("does not bind '%s' of %s", name, spec.what());
            }
        }
    }

    private void constructor(Class<?> cls, Class<?>... params) {
        try {
            cls.getConstructor(params);
        } catch (NoSuchMethodException e) {
            problem("no public constructor (%s)", Arrays.stream(params).map(Class::getSimpleName).collect(Collectors.joining(", ")));
        }
    }

    private static List<Field> instanceFields(Class<?> cls) {
        return Arrays.stream(cls.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()).toList();
    }

    private static Field field(Class<?> cls, String name) {
        try {
            return cls.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static Method method(Class<?> cls, String name) {
        try {
            return cls.getMethod(name);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Class<?> builderClass(Class<?> cls) {
        return Arrays.stream(cls.getDeclaredClasses()).filter(c -> c.getSimpleName().equals("Builder")).findFirst().orElse(null);
    }

    private static String describe(JsonNode p) {
        if (p.has("$ref")) {
            return p.get("$ref").asText();
        }
        var copy = (com.fasterxml.jackson.databind.node.ObjectNode) p.deepCopy();
        copy.remove(List.of("description", "x-availableValues"));
        return copy.toString();
    }

    private void problem(String format, Object... args) {
        problems.add(subject + ": " + String.format(format, args));
    }
}
