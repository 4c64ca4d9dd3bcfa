// Howler binding for the Howler Turso provider (infra/turso-provider), in the shape of pulumi-java-gen output.
// Keep it in step with the provider's schema.json: TursoBindingsConformanceTest in infra/turso-provider checks it.

package com.pulumi.turso.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


/**
 * Create a database as a copy of another one, as it was at {@code timestamp} when given.
 */
public final class DatabaseSeedArgs extends com.pulumi.resources.ResourceArgs {

    public static final DatabaseSeedArgs Empty = new DatabaseSeedArgs();

    /**
     * Name of the database to copy.
     */
    @Import(name="database", required=true)
    private Output<String> database;

    /**
     * @return Name of the database to copy.
     */
    public Output<String> database() {
        return this.database;
    }

    /**
     * ISO 8601 instant to copy from (point-in-time recovery), within the plan's recovery window.
     */
    @Import(name="timestamp")
    private @Nullable Output<String> timestamp;

    /**
     * @return ISO 8601 instant to copy from (point-in-time recovery), within the plan's recovery window.
     */
    public Optional<Output<String>> timestamp() {
        return Optional.ofNullable(this.timestamp);
    }

    private DatabaseSeedArgs() {}

    private DatabaseSeedArgs(DatabaseSeedArgs $) {
        this.database = $.database;
        this.timestamp = $.timestamp;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(DatabaseSeedArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private DatabaseSeedArgs $;

        public Builder() {
            $ = new DatabaseSeedArgs();
        }

        public Builder(DatabaseSeedArgs defaults) {
            $ = new DatabaseSeedArgs(Objects.requireNonNull(defaults));
        }

        /**
         * @param database Name of the database to copy.
         * @return builder
         */
        public Builder database(Output<String> database) {
            $.database = database;
            return this;
        }

        /**
         * @param database Name of the database to copy.
         * @return builder
         */
        public Builder database(String database) {
            return database(Output.of(database));
        }

        /**
         * @param timestamp ISO 8601 instant to copy from (point-in-time recovery), within the plan's recovery window.
         * @return builder
         */
        public Builder timestamp(@Nullable Output<String> timestamp) {
            $.timestamp = timestamp;
            return this;
        }

        /**
         * @param timestamp ISO 8601 instant to copy from (point-in-time recovery), within the plan's recovery window.
         * @return builder
         */
        public Builder timestamp(String timestamp) {
            return timestamp(Output.of(timestamp));
        }

        public DatabaseSeedArgs build() {
            if ($.database == null) {
                throw new MissingRequiredPropertyException("DatabaseSeedArgs", "database");
            }
            return $;
        }
    }
}
