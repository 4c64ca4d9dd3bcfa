package app.sqlstudio.howler.turso.provider;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.Import;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.turso.Database;
import com.pulumi.turso.DatabaseArgs;
import com.pulumi.turso.DatabaseToken;
import com.pulumi.turso.DatabaseTokenArgs;
import com.pulumi.turso.Group;
import com.pulumi.turso.GroupArgs;
import com.pulumi.turso.ProviderArgs;
import com.pulumi.turso.inputs.DatabaseSeedArgs;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The typed bindings in infra/sdk against this provider's schema: same tokens, property names, types and required
 * flags, so a misspelt or mistyped binding field cannot ship.
 */
class TursoBindingsConformanceTest {
    private static final JsonObject SCHEMA = JsonParser.parseString(PluginResources.schema()).getAsJsonObject();

    static Stream<Arguments> resources() {
        return Stream.of(
                Arguments.of("turso:index:Group", Group.class, GroupArgs.class),
                Arguments.of("turso:index:Database", Database.class, DatabaseArgs.class),
                Arguments.of("turso:index:DatabaseToken", DatabaseToken.class, DatabaseTokenArgs.class));
    }

    @ParameterizedTest
    @MethodSource("resources")
    void resource_args_match_the_schema_inputs(String token, Class<?> resource, Class<?> args) {
        var spec = SCHEMA.getAsJsonObject("resources").getAsJsonObject(token);

        assertThat(resource.getAnnotation(ResourceType.class).type()).isEqualTo(token);
        assertThat(imports(args)).isEqualTo(schemaProperties(spec.getAsJsonObject("inputProperties")));
        assertThat(requiredImports(args)).isEqualTo(names(spec, "requiredInputs"));
    }

    @ParameterizedTest
    @MethodSource("resources")
    void resource_outputs_match_the_schema_properties(String token, Class<?> resource, Class<?> args) throws Exception {
        var spec = SCHEMA.getAsJsonObject("resources").getAsJsonObject(token);

        assertThat(exports(resource)).isEqualTo(schemaProperties(spec.getAsJsonObject("properties")));
        for (var name : exports(resource).keySet()) {
            var getter = resource.getMethod(name).getGenericReturnType();
            boolean optional = typeArgument(getter) instanceof ParameterizedType p && p.getRawType() == Optional.class;
            assertThat(optional).as(token + "." + name + " optional").isEqualTo(!names(spec, "required").contains(name));
        }
    }

    @Test
    void nested_seed_and_provider_args_match_the_schema() {
        var seed = SCHEMA.getAsJsonObject("types").getAsJsonObject("turso:index:DatabaseSeed");
        assertThat(imports(DatabaseSeedArgs.class)).isEqualTo(schemaProperties(seed.getAsJsonObject("properties")));
        assertThat(requiredImports(DatabaseSeedArgs.class)).isEqualTo(names(seed, "required"));
        assertThat(imports(ProviderArgs.class))
                .isEqualTo(schemaProperties(SCHEMA.getAsJsonObject("provider").getAsJsonObject("inputProperties")));
    }

    @Test
    void the_bindings_ask_for_the_plugin_version_this_provider_reports() throws IOException {
        var plugin = JsonParser.parseString(resource("com/pulumi/turso/plugin.json")).getAsJsonObject();

        assertThat(resource("com/pulumi/turso/version.txt").trim()).isEqualTo(PluginResources.version());
        assertThat(plugin.get("name").getAsString()).isEqualTo("turso");
        assertThat(plugin.get("version").getAsString()).isEqualTo(PluginResources.version());
        assertThat(plugin.get("resource").getAsBoolean()).isTrue();
    }

    /** name → schema type ("string", "boolean", "array<string>", "#/types/..."). */
    private static Map<String, String> schemaProperties(JsonObject properties) {
        var out = new HashMap<String, String>();
        properties.entrySet().forEach(e -> {
            var p = e.getValue().getAsJsonObject();
            if (p.has("$ref")) {
                out.put(e.getKey(), p.get("$ref").getAsString());
            } else if (p.get("type").getAsString().equals("array")) {
                out.put(e.getKey(), "array<" + p.getAsJsonObject("items").get("type").getAsString() + ">");
            } else {
                out.put(e.getKey(), p.get("type").getAsString());
            }
        });
        return out;
    }

    private static Map<String, String> imports(Class<?> args) {
        var out = new HashMap<String, String>();
        for (Field f : args.getDeclaredFields()) {
            var imp = f.getAnnotation(Import.class);
            if (imp != null) {
                assertThat(f.getType()).as(f.getName()).isEqualTo(Output.class);
                out.put(imp.name(), schemaType(typeArgument(f.getGenericType())));
            }
        }
        return out;
    }

    private static Set<String> requiredImports(Class<?> args) {
        var out = new HashSet<String>();
        for (Field f : args.getDeclaredFields()) {
            var imp = f.getAnnotation(Import.class);
            if (imp != null && imp.required()) {
                out.add(imp.name());
            }
        }
        return out;
    }

    private static Map<String, String> exports(Class<?> resource) {
        var out = new HashMap<String, String>();
        for (Field f : resource.getDeclaredFields()) {
            var exp = f.getAnnotation(Export.class);
            if (exp != null) {
                out.put(exp.name(), schemaType(typeArgument(f.getGenericType())));
            }
        }
        return out;
    }

    private static String schemaType(Type t) {
        if (t == String.class) {
            return "string";
        }
        if (t == Boolean.class) {
            return "boolean";
        }
        if (t == DatabaseSeedArgs.class || t == com.pulumi.turso.outputs.DatabaseSeed.class) {
            return "#/types/turso:index:DatabaseSeed";
        }
        if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
            return "array<" + schemaType(p.getActualTypeArguments()[0]) + ">";
        }
        throw new AssertionError("no schema type for " + t);
    }

    private static Type typeArgument(Type outputType) {
        return ((ParameterizedType) outputType).getActualTypeArguments()[0];
    }

    private static Set<String> names(JsonObject spec, String key) {
        var out = new HashSet<String>();
        if (spec.has(key)) {
            spec.getAsJsonArray(key).forEach(e -> out.add(e.getAsString()));
        }
        return out;
    }

    private static String resource(String path) throws IOException {
        try (var in = TursoBindingsConformanceTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
