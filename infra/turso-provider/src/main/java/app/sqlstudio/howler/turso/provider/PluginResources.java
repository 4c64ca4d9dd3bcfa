package app.sqlstudio.howler.turso.provider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The plugin version and package schema, packaged as resources (the build fills the version in). */
public final class PluginResources {
    private PluginResources() {
    }

    public static String version() {
        return load("plugin-version.txt").trim();
    }

    public static String schema() {
        return load("schema.json");
    }

    private static String load(String name) {
        try (var in = PluginResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " missing from the provider jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
