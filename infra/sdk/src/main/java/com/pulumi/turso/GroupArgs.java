// Howler binding for the Howler Turso provider (infra/turso-provider), in the shape of pulumi-java-gen output.
// Keep it in step with the provider's schema.json: TursoBindingsConformanceTest in infra/turso-provider checks it.

package com.pulumi.turso;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.String;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


/**
 * Inputs of a {@link Group}.
 */
public final class GroupArgs extends com.pulumi.resources.ResourceArgs {

    public static final GroupArgs Empty = new GroupArgs();

    /**
     * Replica location codes, without the primary, e.g. {@code iad}; added and removed in place.
     */
    @Import(name="locations")
    private @Nullable Output<List<String>> locations;

    /**
     * @return Replica location codes, without the primary, e.g. {@code iad}; added and removed in place.
     */
    public Optional<Output<List<String>>> locations() {
        return Optional.ofNullable(this.locations);
    }

    /**
     * Group name, unique in the organization; changing it replaces the group.
     */
    @Import(name="name", required=true)
    private Output<String> name;

    /**
     * @return Group name, unique in the organization; changing it replaces the group.
     */
    public Output<String> name() {
        return this.name;
    }

    /**
     * Primary location code, e.g. {@code ord}; changing it replaces the group (and its databases).
     */
    @Import(name="primaryLocation", required=true)
    private Output<String> primaryLocation;

    /**
     * @return Primary location code, e.g. {@code ord}; changing it replaces the group (and its databases).
     */
    public Output<String> primaryLocation() {
        return this.primaryLocation;
    }

    private GroupArgs() {}

    private GroupArgs(GroupArgs $) {
        this.locations = $.locations;
        this.name = $.name;
        this.primaryLocation = $.primaryLocation;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(GroupArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private GroupArgs $;

        public Builder() {
            $ = new GroupArgs();
        }

        public Builder(GroupArgs defaults) {
            $ = new GroupArgs(Objects.requireNonNull(defaults));
        }

        /**
         * @param locations Replica location codes, without the primary, e.g. {@code iad}; added and removed in place.
         * @return builder
         */
        public Builder locations(@Nullable Output<List<String>> locations) {
            $.locations = locations;
            return this;
        }

        /**
         * @param locations Replica location codes, without the primary, e.g. {@code iad}; added and removed in place.
         * @return builder
         */
        public Builder locations(List<String> locations) {
            return locations(Output.of(locations));
        }

        /**
         * @param locations Replica location codes, without the primary, e.g. {@code iad}; added and removed in place.
         * @return builder
         */
        public Builder locations(String... locations) {
            return locations(List.of(locations));
        }

        /**
         * @param name Group name, unique in the organization; changing it replaces the group.
         * @return builder
         */
        public Builder name(Output<String> name) {
            $.name = name;
            return this;
        }

        /**
         * @param name Group name, unique in the organization; changing it replaces the group.
         * @return builder
         */
        public Builder name(String name) {
            return name(Output.of(name));
        }

        /**
         * @param primaryLocation Primary location code, e.g. {@code ord}; changing it replaces the group (and its databases).
         * @return builder
         */
        public Builder primaryLocation(Output<String> primaryLocation) {
            $.primaryLocation = primaryLocation;
            return this;
        }

        /**
         * @param primaryLocation Primary location code, e.g. {@code ord}; changing it replaces the group (and its databases).
         * @return builder
         */
        public Builder primaryLocation(String primaryLocation) {
            return primaryLocation(Output.of(primaryLocation));
        }

        public GroupArgs build() {
            if ($.name == null) {
                throw new MissingRequiredPropertyException("GroupArgs", "name");
            }
            if ($.primaryLocation == null) {
                throw new MissingRequiredPropertyException("GroupArgs", "primaryLocation");
            }
            return $;
        }
    }
}
