package app.sqlstudio.howler.stack.data;

import app.sqlstudio.howler.stack.config.StackConfig;
import com.pulumi.core.Output;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link TursoDatabase} needs: the organization and platform API token for its provider, where the database
 * lives ({@link Placement}), its name, its token's lifetime and rotation date, and the state of a restore
 * ({@link Restore}) when {@code howler db restore} replaced the database.
 */
public record TursoDatabaseArgs(String organization, Output<String> apiToken, Placement placement,
                                String databaseName, int tokenExpirationDays, LocalDate tokenRotatedAt,
                                boolean protect, Optional<Restore> restore, Optional<String> seedFrom) {
    public TursoDatabaseArgs {
        Objects.requireNonNull(seedFrom, "seedFrom");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(apiToken, "apiToken");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(databaseName, "databaseName");
        Objects.requireNonNull(tokenRotatedAt, "tokenRotatedAt");
        Objects.requireNonNull(restore, "restore");
        if (tokenExpirationDays < 1) {
            throw new IllegalArgumentException("tokenExpirationDays must be at least 1");
        }
        restore.ifPresent(r -> {
            if (r.replaced().equals(databaseName)) {
                throw new IllegalArgumentException("the replaced database must not be the current one: " + databaseName);
            }
        });
    }

    /**
     * A restore in progress: {@code databaseName} was created by {@code howler db restore} (so it is adopted, not
     * created) and {@code replaced} is the database it replaced, kept until {@code --finalize}; {@code releasing}
     * while that command lifts the replaced database's protection so the next update can delete it.
     */
    public record Restore(String replaced, boolean releasing) {
        public Restore {
            Objects.requireNonNull(replaced, "replaced");
        }
    }

    /** Where the database lives: in a group the stack owns, or in an existing group shared by short-lived stacks. */
    public sealed interface Placement permits OwnGroup, SharedGroup {
    }

    /** prod: the stack creates the group, primary first, replicas in the other locations. */
    public record OwnGroup(String name, String primaryLocation, List<String> replicaLocations) implements Placement {
        public OwnGroup {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(primaryLocation, "primaryLocation");
            replicaLocations = List.copyOf(replicaLocations);
            if (replicaLocations.contains(primaryLocation)) {
                throw new IllegalArgumentException("replica locations must not include the primary " + primaryLocation);
            }
        }
    }

    /** Ephemeral stacks: an existing group (dev, one location) that outlives them; the stack never touches it. */
    public record SharedGroup(String name) implements Placement {
        public SharedGroup {
            Objects.requireNonNull(name, "name");
        }
    }

    public static TursoDatabaseArgs from(StackConfig config) {
        var turso = config.turso().orElseThrow(() -> new IllegalArgumentException(
                "stack " + config.stackName() + " keeps its data in SQLite, not at Turso"));
        Placement placement = turso.sharedGroup().<Placement>map(SharedGroup::new)
                .orElseGet(() -> new OwnGroup(turso.group(), turso.primaryLocation(), turso.replicaLocations()));
        return new TursoDatabaseArgs(turso.organization(), config.secrets().tursoApiToken().orElseThrow().output(), placement,
                turso.databaseName(), turso.tokenExpirationDays(), config.secrets().tursoTokenRotatedAt().orElseThrow(),
                config.protect(), turso.restoredFrom().map(old -> new Restore(old, turso.finalizingRestore())),
                turso.seedFrom());
    }
}
