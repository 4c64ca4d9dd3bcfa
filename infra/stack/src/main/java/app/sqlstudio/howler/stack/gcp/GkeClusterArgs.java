package app.sqlstudio.howler.stack.gcp;

import app.sqlstudio.howler.stack.config.StackConfig;
import java.util.Objects;

/** What {@link GkeCluster} needs from the stack configuration. */
public record GkeClusterArgs(StackConfig.Gcp gcp, StackConfig.Cluster cluster, String environment, boolean protect) {
    public GkeClusterArgs {
        Objects.requireNonNull(gcp, "gcp");
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(environment, "environment");
    }

    public static GkeClusterArgs from(StackConfig config) {
        return new GkeClusterArgs(config.gcp(), config.cluster(), config.environment(), config.protect());
    }
}
