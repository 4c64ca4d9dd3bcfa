// Howler binding for the Howler Turso provider (infra/turso-provider), in the shape of pulumi-java-gen output.
// Keep it in step with the provider's schema.json: TursoBindingsConformanceTest in infra/turso-provider checks it.

package com.pulumi.turso;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.turso.inputs.DatabaseSeedArgs;
import java.lang.Boolean;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


/**
 * Inputs of a {@link Database}.
 */
public final class DatabaseArgs extends com.pulumi.resources.ResourceArgs {

    public static final DatabaseArgs Empty = new DatabaseArgs();

    /**
     * When true Turso refuses to delete the database. Default false; updated in place.
     */
    @Import(name="deleteProtection")
    private @Nullable Output<Boolean> deleteProtection;

    /**
     * @return When true Turso refuses to delete the database. Default false; updated in place.
     */
    public Optional<Output<Boolean>> deleteProtection() {
        return Optional.ofNullable(this.deleteProtection);
    }

    /**
     * Name of the group the database lives in; changing it replaces the database.
     */
    @Import(name="group", required=true)
    private Output<String> group;

    /**
     * @return Name of the group the database lives in; changing it replaces the database.
     */
    public Output<String> group() {
        return this.group;
    }

    /**
     * Database name: lowercase letters, digits and dashes, at most 64; changing it replaces the database.
     */
    @Import(name="name", required=true)
    private Output<String> name;

    /**
     * @return Database name: lowercase letters, digits and dashes, at most 64; changing it replaces the database.
     */
    public Output<String> name() {
        return this.name;
    }

    /**
     * Copy another database at creation (optionally at a point in time); changing it replaces the database.
     */
    @Import(name="seed")
    private @Nullable Output<DatabaseSeedArgs> seed;

    /**
     * @return Copy another database at creation (optionally at a point in time); changing it replaces the database.
     */
    public Optional<Output<DatabaseSeedArgs>> seed() {
        return Optional.ofNullable(this.seed);
    }

    /**
     * Size limit such as {@code 256mb} or {@code 1gb}; updated in place.
     */
    @Import(name="sizeLimit")
    private @Nullable Output<String> sizeLimit;

    /**
     * @return Size limit such as {@code 256mb} or {@code 1gb}; updated in place.
     */
    public Optional<Output<String>> sizeLimit() {
        return Optional.ofNullable(this.sizeLimit);
    }

    private DatabaseArgs() {}

    private DatabaseArgs(DatabaseArgs $) {
        this.deleteProtection = $.deleteProtection;
        this.group = $.group;
        this.name = $.name;
        this.seed = $.seed;
        this.sizeLimit = $.sizeLimit;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(DatabaseArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private DatabaseArgs $;

        public Builder() {
            $ = new DatabaseArgs();
        }

        public Builder(DatabaseArgs defaults) {
            $ = new DatabaseArgs(Objects.requireNonNull(defaults));
        }

        /**
         * @param deleteProtection When true Turso refuses to delete the database. Default false; updated in place.
         * @return builder
         */
        public Builder deleteProtection(@Nullable Output<Boolean> deleteProtection) {
            $.deleteProtection = deleteProtection;
            return this;
        }

        /**
         * @param deleteProtection When true Turso refuses to delete the database. Default false; updated in place.
         * @return builder
         */
        public Builder deleteProtection(Boolean deleteProtection) {
            return deleteProtection(Output.of(deleteProtection));
        }

        /**
         * @param group Name of the group the database lives in; changing it replaces the database.
         * @return builder
         */
        public Builder group(Output<String> group) {
            $.group = group;
            return this;
        }

        /**
         * @param group Name of the group the database lives in; changing it replaces the database.
         * @return builder
         */
        public Builder group(String group) {
            return group(Output.of(group));
        }

        /**
         * @param name Database name: lowercase letters, digits and dashes, at most 64; changing it replaces the database.
         * @return builder
         */
        public Builder name(Output<String> name) {
            $.name = name;
            return this;
        }

        /**
         * @param name Database name: lowercase letters, digits and dashes, at most 64; changing it replaces the database.
         * @return builder
         */
        public Builder name(String name) {
            return name(Output.of(name));
        }

        /**
         * @param seed Copy another database at creation (optionally at a point in time); changing it replaces the database.
         * @return builder
         */
        public Builder seed(@Nullable Output<DatabaseSeedArgs> seed) {
            $.seed = seed;
            return this;
        }

        /**
         * @param seed Copy another database at creation (optionally at a point in time); changing it replaces the database.
         * @return builder
         */
        public Builder seed(DatabaseSeedArgs seed) {
            return seed(Output.of(seed));
        }

        /**
         * @param sizeLimit Size limit such as {@code 256mb} or {@code 1gb}; updated in place.
         * @return builder
         */
        public Builder sizeLimit(@Nullable Output<String> sizeLimit) {
            $.sizeLimit = sizeLimit;
            return this;
        }

        /**
         * @param sizeLimit Size limit such as {@code 256mb} or {@code 1gb}; updated in place.
         * @return builder
         */
        public Builder sizeLimit(String sizeLimit) {
            return sizeLimit(Output.of(sizeLimit));
        }

        public DatabaseArgs build() {
            if ($.group == null) {
                throw new MissingRequiredPropertyException("DatabaseArgs", "group");
            }
            if ($.name == null) {
                throw new MissingRequiredPropertyException("DatabaseArgs", "name");
            }
            return $;
        }
    }
}
