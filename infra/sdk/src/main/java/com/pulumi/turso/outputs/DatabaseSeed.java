// Howler binding for the Howler Turso provider (infra/turso-provider), in the shape of pulumi-java-gen output.
// Keep it in step with the provider's schema.json: TursoBindingsConformanceTest in infra/turso-provider checks it.

package com.pulumi.turso.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The seed a database was created from: another database, at a point in time when given.
 */
@CustomType
public final class DatabaseSeed {
    private String database;
    private @Nullable String timestamp;

    private DatabaseSeed() {}

    /**
     * @return Name of the database that was copied.
     */
    public String database() {
        return this.database;
    }

    /**
     * @return ISO 8601 instant the copy was taken at, if one was given.
     */
    public Optional<String> timestamp() {
        return Optional.ofNullable(this.timestamp);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(DatabaseSeed defaults) {
        return new Builder(defaults);
    }

    @CustomType.Builder
    public static final class Builder {
        private String database;
        private @Nullable String timestamp;

        public Builder() {}

        public Builder(DatabaseSeed defaults) {
            Objects.requireNonNull(defaults);
            this.database = defaults.database;
            this.timestamp = defaults.timestamp;
        }

        @CustomType.Setter
        public Builder database(String database) {
            if (database == null) {
                throw new MissingRequiredPropertyException("DatabaseSeed", "database");
            }
            this.database = database;
            return this;
        }

        @CustomType.Setter
        public Builder timestamp(@Nullable String timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        public DatabaseSeed build() {
            final var _resultValue = new DatabaseSeed();
            _resultValue.database = database;
            _resultValue.timestamp = timestamp;
            return _resultValue;
        }
    }
}
