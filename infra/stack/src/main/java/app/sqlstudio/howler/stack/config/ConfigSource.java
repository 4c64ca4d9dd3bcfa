package app.sqlstudio.howler.stack.config;

import java.util.Map;
import java.util.Optional;

/**
 * Where raw configuration strings come from: the Pulumi engine at deploy time, or a stack file read by
 * {@code howler plan}. Keys are fully qualified ({@code howler:domain}, {@code gcp:project}); structured values
 * (lists) arrive as JSON text, as the engine passes them.
 */
@FunctionalInterface
public interface ConfigSource {

    Optional<String> get(String qualifiedKey);

    static ConfigSource of(Map<String, String> values) {
        return key -> Optional.ofNullable(values.get(key));
    }

    /** Reads through the Pulumi context, so the program sees exactly what the engine passed. */
    static ConfigSource of(com.pulumi.Context ctx) {
        return key -> {
            int colon = key.indexOf(':');
            return ctx.config(key.substring(0, colon)).get(key.substring(colon + 1));
        };
    }
}
