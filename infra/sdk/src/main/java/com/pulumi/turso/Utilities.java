// Howler binding for the Howler Turso provider (infra/turso-provider), in the shape of pulumi-java-gen output.

package com.pulumi.turso;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * Package-wide helpers of the turso bindings: the plugin version every resource asks the engine for.
 */
public class Utilities {

    private static final java.lang.String version;

    /**
     * @return the version of the {@code pulumi-resource-turso} plugin these bindings were written for.
     */
    public static java.lang.String getVersion() {
        return version;
    }

    static {
        var resourceName = "com/pulumi/turso/version.txt";
        var versionFile = Utilities.class.getClassLoader().getResourceAsStream(resourceName);
        if (versionFile == null) {
            throw new IllegalStateException(
                    java.lang.String.format("expected resource '%s' on Classpath, not found", resourceName)
            );
        }
        version = new BufferedReader(new InputStreamReader(versionFile, StandardCharsets.UTF_8))
                .lines()
                .collect(Collectors.joining("\n"))
                .trim();
    }
}
