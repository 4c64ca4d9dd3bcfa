// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class GetZoneFilterAccountArgs extends com.pulumi.resources.ResourceArgs {

    public static final GetZoneFilterAccountArgs Empty = new GetZoneFilterAccountArgs();

    @Import(name="id")
    private @Nullable Output<String> id;

    public Optional<Output<String>> id() {
        return Optional.ofNullable(this.id);
    }

    @Import(name="name")
    private @Nullable Output<String> name;

    public Optional<Output<String>> name() {
        return Optional.ofNullable(this.name);
    }

    private GetZoneFilterAccountArgs() {}

    private GetZoneFilterAccountArgs(GetZoneFilterAccountArgs $) {
        this.id = $.id;
        this.name = $.name;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(GetZoneFilterAccountArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private GetZoneFilterAccountArgs $;

        public Builder() {
            $ = new GetZoneFilterAccountArgs();
        }

        public Builder(GetZoneFilterAccountArgs defaults) {
            $ = new GetZoneFilterAccountArgs(Objects.requireNonNull(defaults));
        }

        public Builder id(@Nullable Output<String> id) {
            $.id = id;
            return this;
        }

        public Builder id(String id) {
            return id(Output.of(id));
        }

        public Builder name(@Nullable Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public GetZoneFilterAccountArgs build() {
            return $;
        }
    }

}
