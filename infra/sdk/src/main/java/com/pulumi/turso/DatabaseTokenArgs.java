// Howler binding for the Howler Turso provider (infra/turso-provider), in the shape of pulumi-java-gen output.
// Keep it in step with the provider's schema.json: TursoBindingsConformanceTest in infra/turso-provider checks it.

package com.pulumi.turso;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


/**
 * Inputs of a {@link DatabaseToken}.
 */
public final class DatabaseTokenArgs extends com.pulumi.resources.ResourceArgs {

    public static final DatabaseTokenArgs Empty = new DatabaseTokenArgs();

    /**
     * {@code full-access} (default) or {@code read-only}; changing it mints a new token.
     */
    @Import(name="authorization")
    private @Nullable Output<String> authorization;

    /**
     * @return {@code full-access} (default) or {@code read-only}; changing it mints a new token.
     */
    public Optional<Output<String>> authorization() {
        return Optional.ofNullable(this.authorization);
    }

    /**
     * Name of the database the token opens; changing it mints a new token.
     */
    @Import(name="database", required=true)
    private Output<String> database;

    /**
     * @return Name of the database the token opens; changing it mints a new token.
     */
    public Output<String> database() {
        return this.database;
    }

    /**
     * {@code never} (default) or a duration such as {@code 90d} or {@code 2w1d30m}; changing it mints a new token.
     */
    @Import(name="expiration")
    private @Nullable Output<String> expiration;

    /**
     * @return {@code never} (default) or a duration such as {@code 90d} or {@code 2w1d30m}; changing it mints a new token.
     */
    public Optional<Output<String>> expiration() {
        return Optional.ofNullable(this.expiration);
    }

    /**
     * Any value; changing it mints a new token (e.g. the rotation date from stack config).
     */
    @Import(name="rotation")
    private @Nullable Output<String> rotation;

    /**
     * @return Any value; changing it mints a new token (e.g. the rotation date from stack config).
     */
    public Optional<Output<String>> rotation() {
        return Optional.ofNullable(this.rotation);
    }

    private DatabaseTokenArgs() {}

    private DatabaseTokenArgs(DatabaseTokenArgs $) {
        this.authorization = $.authorization;
        this.database = $.database;
        this.expiration = $.expiration;
        this.rotation = $.rotation;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(DatabaseTokenArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private DatabaseTokenArgs $;

        public Builder() {
            $ = new DatabaseTokenArgs();
        }

        public Builder(DatabaseTokenArgs defaults) {
            $ = new DatabaseTokenArgs(Objects.requireNonNull(defaults));
        }

        /**
         * @param authorization {@code full-access} (default) or {@code read-only}; changing it mints a new token.
         * @return builder
         */
        public Builder authorization(@Nullable Output<String> authorization) {
            $.authorization = authorization;
            return this;
        }

        /**
         * @param authorization {@code full-access} (default) or {@code read-only}; changing it mints a new token.
         * @return builder
         */
        public Builder authorization(String authorization) {
            return authorization(Output.of(authorization));
        }

        /**
         * @param database Name of the database the token opens; changing it mints a new token.
         * @return builder
         */
        public Builder database(Output<String> database) {
            $.database = database;
            return this;
        }

        /**
         * @param database Name of the database the token opens; changing it mints a new token.
         * @return builder
         */
        public Builder database(String database) {
            return database(Output.of(database));
        }

        /**
         * @param expiration {@code never} (default) or a duration such as {@code 90d} or {@code 2w1d30m}; changing it mints a new token.
         * @return builder
         */
        public Builder expiration(@Nullable Output<String> expiration) {
            $.expiration = expiration;
            return this;
        }

        /**
         * @param expiration {@code never} (default) or a duration such as {@code 90d} or {@code 2w1d30m}; changing it mints a new token.
         * @return builder
         */
        public Builder expiration(String expiration) {
            return expiration(Output.of(expiration));
        }

        /**
         * @param rotation Any value; changing it mints a new token (e.g. the rotation date from stack config).
         * @return builder
         */
        public Builder rotation(@Nullable Output<String> rotation) {
            $.rotation = rotation;
            return this;
        }

        /**
         * @param rotation Any value; changing it mints a new token (e.g. the rotation date from stack config).
         * @return builder
         */
        public Builder rotation(String rotation) {
            return rotation(Output.of(rotation));
        }

        public DatabaseTokenArgs build() {
            if ($.database == null) {
                throw new MissingRequiredPropertyException("DatabaseTokenArgs", "database");
            }
            return $;
        }
    }
}
