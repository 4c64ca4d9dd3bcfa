package com.pulumi.cloudflare.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pulumi.cloudflare.conformance.BindingChecker.ObjectSpec;
import com.pulumi.cloudflare.conformance.BindingChecker.Shape;
import com.pulumi.resources.InvokeArgs;
import com.pulumi.resources.ResourceArgs;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Which binding class each part of the schema must have, and how to check it: the naming rules of pulumi-java-gen
 * applied to the effective (6.22.1) schema.
 */
public final class BindingCatalog {
    public static final String ROOT = "com.pulumi.cloudflare.";
    public static final String PROVIDER_TOKEN = "pulumi:providers:cloudflare";
    /** Classes of the package that carry no schema properties. */
    public static final Set<String> SUPPORT_CLASSES = Set.of(ROOT + "Utilities", ROOT + "CloudflareFunctions");

    /** One expected binding class: its name, what schema part it stands for, and its check (problems, empty = conforms). */
    public record Binding(String className, String schemaPart, Supplier<List<String>> check) {
        @Override
        public String toString() {
            return className.substring(ROOT.length()) + " ← " + schemaPart;
        }
    }

    private BindingCatalog() {}

    public static List<Binding> bindings(JsonNode schema) {
        List<Binding> out = new ArrayList<>();
        JsonNode types = schema.get("types");

        Set<String> resourceInputTypes = new LinkedHashSet<>();
        schema.get("resources").properties().forEach(e -> {
            String token = e.getKey();
            JsonNode r = e.getValue();
            String name = token.substring(token.lastIndexOf(':') + 1);
            var outputs = ObjectSpec.of(token + " outputs", r.get("properties"), r.get("required"));
            var inputs = ObjectSpec.of(token + " inputs", r.get("inputProperties"), r.get("requiredInputs"));
            out.add(new Binding(ROOT + name, token, () -> BindingChecker.checkResource(
                load(ROOT + name), token, outputs, load(ROOT + name + "Args"), load(BindingChecker.INPUTS + name + "State"))));
            out.add(new Binding(ROOT + name + "Args", token + " inputProperties",
                () -> BindingChecker.checkInput(load(ROOT + name + "Args"), inputs, Shape.ARGS, ResourceArgs.class)));
            out.add(new Binding(BindingChecker.INPUTS + name + "State", token + " properties (state)",
                () -> BindingChecker.checkInput(load(BindingChecker.INPUTS + name + "State"), outputs.withoutRequired(), Shape.ARGS, ResourceArgs.class)));
            reachable(r.get("inputProperties"), types, resourceInputTypes);
            reachable(r.get("properties"), types, resourceInputTypes);
        });

        Set<String> functionInputTypes = new LinkedHashSet<>();
        schema.get("functions").properties().forEach(e -> {
            String token = e.getKey();
            JsonNode f = e.getValue();
            String fn = token.substring(token.lastIndexOf(':') + 1);
            String name = Character.toUpperCase(fn.charAt(0)) + fn.substring(1);
            var inputs = ObjectSpec.of(token + " inputs", f.get("inputs").get("properties"), f.get("inputs").get("required"));
            var outputs = ObjectSpec.of(token + " outputs", f.get("outputs").get("properties"), f.get("outputs").get("required"));
            out.add(new Binding(BindingChecker.INPUTS + name + "Args", token + " inputs",
                () -> BindingChecker.checkInput(load(BindingChecker.INPUTS + name + "Args"), inputs, Shape.ARGS, InvokeArgs.class)));
            out.add(new Binding(BindingChecker.INPUTS + name + "PlainArgs", token + " inputs (plain)",
                () -> BindingChecker.checkInput(load(BindingChecker.INPUTS + name + "PlainArgs"), inputs, Shape.PLAIN, InvokeArgs.class)));
            out.add(new Binding(BindingChecker.OUTPUTS + name + "Result", token + " outputs",
                () -> BindingChecker.checkOutputType(load(BindingChecker.OUTPUTS + name + "Result"), outputs)));
            reachable(f.get("inputs").get("properties"), types, functionInputTypes);
        });

        types.properties().forEach(e -> {
            String token = e.getKey();
            JsonNode t = e.getValue();
            String name = token.substring(token.lastIndexOf(':') + 1);
            var inputShape = ObjectSpec.of(token, t.get("properties"), t.get("required"));
            var outputShape = ObjectSpec.of(token + " (output)", t.get("properties"),
                t.has("x-outputRequired") ? t.get("x-outputRequired") : t.get("required"));
            out.add(new Binding(BindingChecker.OUTPUTS + name, token + " (output)",
                () -> BindingChecker.checkOutputType(load(BindingChecker.OUTPUTS + name), outputShape)));
            boolean input = !t.path("x-outputOnly").asBoolean(false)
                && (resourceInputTypes.contains(token) || functionInputTypes.contains(token));
            if (input) {
                out.add(new Binding(BindingChecker.INPUTS + name + "Args", token,
                    () -> BindingChecker.checkInput(load(BindingChecker.INPUTS + name + "Args"), inputShape, Shape.ARGS, ResourceArgs.class)));
            }
            if (functionInputTypes.contains(token)) {
                out.add(new Binding(BindingChecker.INPUTS + name, token + " (plain)",
                    () -> BindingChecker.checkInput(load(BindingChecker.INPUTS + name), inputShape, Shape.PLAIN, InvokeArgs.class)));
            }
        });

        // The provider: its settings are the schema's config variables; it outputs the string-typed ones.
        JsonNode variables = schema.get("config").get("variables");
        ObjectNode stringVariables = JsonNodeFactory.instance.objectNode();
        variables.properties().forEach(e -> {
            if (e.getValue().path("type").asText().equals("string")) {
                stringVariables.set(e.getKey(), e.getValue());
            }
        });
        var settings = ObjectSpec.of("config.variables", variables, null);
        var providerOutputs = ObjectSpec.of("config.variables (string)", stringVariables, null);
        out.add(new Binding(ROOT + "Provider", PROVIDER_TOKEN, () -> BindingChecker.checkResource(
            load(ROOT + "Provider"), PROVIDER_TOKEN, providerOutputs, load(ROOT + "ProviderArgs"), null)));
        out.add(new Binding(ROOT + "ProviderArgs", "config.variables",
            () -> BindingChecker.checkInput(load(ROOT + "ProviderArgs"), settings, Shape.ARGS, ResourceArgs.class)));
        return out;
    }

    /** Compiled classes against the catalog: a class that stands for no schema part, or a schema part without its class. */
    public static List<String> inventoryProblems(Set<String> compiledClasses, List<Binding> bindings) {
        List<String> problems = new ArrayList<>();
        Set<String> expected = new java.util.TreeSet<>(SUPPORT_CLASSES);
        bindings.forEach(b -> expected.add(b.className()));
        for (String c : new java.util.TreeSet<>(compiledClasses)) {
            if (!expected.contains(c)) {
                problems.add(c + " stands for no part of the schema (misspelt type name, or a property the schema lacks?)");
            }
        }
        for (Binding b : bindings) {
            if (!compiledClasses.contains(b.className())) {
                problems.add(b.schemaPart() + " has no binding class " + b.className());
            }
        }
        return problems;
    }

    private static void reachable(JsonNode props, JsonNode types, Set<String> seen) {
        props.forEach(p -> walk(p, types, seen));
    }

    private static void walk(JsonNode p, JsonNode types, Set<String> seen) {
        if (p.has("$ref")) {
            String ref = p.get("$ref").asText();
            if (ref.startsWith("#/types/")) {
                String token = ref.substring("#/types/".length());
                if (seen.add(token)) {
                    reachable(types.get(token).get("properties"), types, seen);
                }
            }
        } else if (p.has("items")) {
            walk(p.get("items"), types, seen);
        } else if (p.has("additionalProperties")) {
            walk(p.get("additionalProperties"), types, seen);
        }
    }

    static Class<?> load(String className) {
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("binding class " + className + " is missing", e);
        }
    }
}
