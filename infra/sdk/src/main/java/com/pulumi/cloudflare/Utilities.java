// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare;

import com.pulumi.core.internal.Environment;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.deployment.InvokeOutputOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.annotation.Nullable;

/**
 * Package-level helpers: the provider plugin version every resource and invoke of this package asks the engine for
 * ({@code com/pulumi/cloudflare/version.txt}, 6.22.1), and environment lookups.
 */
public class Utilities {

    public static Optional<java.lang.String> getEnv(java.lang.String... names) {
        for (var n : names) {
            var value = Environment.getEnvironmentVariable(n);
            if (value.isValue()) {
                return Optional.of(value.value());
            }
        }
        return Optional.empty();
    }

    public static Optional<java.lang.Boolean> getEnvBoolean(java.lang.String... names) {
        for (var n : names) {
            var value = Environment.getBooleanEnvironmentVariable(n);
            if (value.isValue()) {
                return Optional.of(value.value());
            }
        }
        return Optional.empty();
    }

    public static Optional<java.lang.Integer> getEnvInteger(java.lang.String... names) {
        for (var n : names) {
            var value = Environment.getIntegerEnvironmentVariable(n);
            if (value.isValue()) {
                return Optional.of(value.value());
            }
        }
        return Optional.empty();
    }

    public static Optional<java.lang.Double> getEnvDouble(java.lang.String... names) {
        for (var n : names) {
            var value = Environment.getDoubleEnvironmentVariable(n);
            if (value.isValue()) {
                return Optional.of(value.value());
            }
        }
        return Optional.empty();
    }

    public static InvokeOptions withVersion(@Nullable InvokeOptions options) {
        if (options != null && options.getVersion().isPresent()) {
            return options;
        }
        return new InvokeOptions(
            options == null ? null : options.getParent().orElse(null),
            options == null ? null : options.getProvider().orElse(null),
            getVersion()
        );
    }

    public static InvokeOutputOptions withVersion(@Nullable InvokeOutputOptions options) {
        if (options != null && options.getVersion().isPresent()) {
            return options;
        }
        return new InvokeOutputOptions(
            options == null ? null : options.getParent().orElse(null),
            options == null ? null : options.getProvider().orElse(null),
            getVersion(),
            options == null ? null : options.getDependsOn()
        );
    }

    private static final java.lang.String version;

    /**
     * @return the version of the {@code pulumi-resource-cloudflare} plugin these bindings were written against.
     */
    public static java.lang.String getVersion() {
        return version;
    }

    static {
        var resourceName = "com/pulumi/cloudflare/version.txt";
        var versionFile = Utilities.class.getClassLoader().getResourceAsStream(resourceName);
        if (versionFile == null) {
            throw new IllegalStateException(
                    java.lang.String.format("expected resource '%s' on Classpath, not found", resourceName)
            );
        }
        try (var reader = new BufferedReader(new InputStreamReader(versionFile, StandardCharsets.UTF_8))) {
            version = reader.lines()
                    .collect(Collectors.joining("\n"))
                    .trim();
        } catch (IOException e) {
            throw new IllegalStateException(java.lang.String.format("could not read resource '%s'", resourceName), e);
        }
    }
}
