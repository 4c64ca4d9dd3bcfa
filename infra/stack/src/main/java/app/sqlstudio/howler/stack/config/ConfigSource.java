package app.sqlstudio.howler.stack.config;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where raw configuration strings come from: the Pulumi engine at deploy time, or a stack file read by
 * {@code howler plan}. Keys are fully qualified ({@code howler:domain}, {@code gcp:project}); structured values
 * (lists) arrive as JSON text, as the engine passes them.
 */
@FunctionalInterface
public interface ConfigSource {

    Optional<String> get(String qualifiedKey);

    /**
     * Every key the source holds, when it can list them (a stack file can; the engine's context cannot), so that
     * {@link StackConfig#load} can report keys the program never reads, typos above all.
     */
    default Optional<Set<String>> keys() {
        return Optional.empty();
    }

    static ConfigSource of(Map<String, String> values) {
        return new ConfigSource() {
            @Override
            public Optional<String> get(String qualifiedKey) {
                return Optional.ofNullable(values.get(qualifiedKey));
            }

            @Override
            public Optional<Set<String>> keys() {
                return Optional.of(Set.copyOf(values.keySet()));
            }
        };
    }

    /**
     * Reads through the Pulumi context, so the program sees exactly what the engine passed. The context cannot list
     * its keys, so unknown keys are caught before the engine runs: {@code howler up}/{@code preview} validate the
     * stack file offline first.
     */
    static ConfigSource of(com.pulumi.Context ctx) {
        return key -> {
            int colon = key.indexOf(':');
            return ctx.config(key.substring(0, colon)).get(key.substring(colon + 1));
        };
    }
}
