package app.sqlstudio.howler.stack.gcp;

import app.sqlstudio.howler.stack.config.StackConfig;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/** What {@link GkeCluster} needs from the stack configuration. */
public record GkeClusterArgs(StackConfig.Gcp gcp, StackConfig.Cluster cluster, String environment, boolean protect,
                             String keyRingName) {
    public GkeClusterArgs {
        Objects.requireNonNull(gcp, "gcp");
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(keyRingName, "keyRingName");
    }

    public static GkeClusterArgs from(StackConfig config) {
        var cluster = config.cluster().orElseThrow(() -> new IllegalArgumentException(
                "stack " + config.stackName() + " is not a gke stack: it has no cluster of its own"));
        return new GkeClusterArgs(config.gcp().orElseThrow(), cluster, config.environment(), config.protect(),
                keyRingName(cluster.name(), config.expiresAt()));
    }

    /**
     * GCP never deletes a key ring: destroying a stack only forgets it, so a stack made again under the same name
     * would collide with its predecessor's ring. An ephemeral stack's ring is therefore named after its expiry too
     * (one per incarnation); a long-lived stack keeps {@code <cluster>-keyring}.
     */
    static String keyRingName(String clusterName, Optional<Instant> expiresAt) {
        return clusterName + "-keyring" + expiresAt.map(at -> "-" + DateTimeFormatter.ofPattern("yyyyMMddHHmm")
                .withZone(ZoneOffset.UTC).format(at)).orElse("");
    }
}
