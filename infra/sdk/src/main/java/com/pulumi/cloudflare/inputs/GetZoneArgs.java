// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class GetZoneArgs extends com.pulumi.resources.InvokeArgs {

    public static final GetZoneArgs Empty = new GetZoneArgs();

    @Import(name="filter")
    private @Nullable Output<GetZoneFilterArgs> filter;

    public Optional<Output<GetZoneFilterArgs>> filter() {
        return Optional.ofNullable(this.filter);
    }

    @Import(name="zoneId")
    private @Nullable Output<String> zoneId;

    public Optional<Output<String>> zoneId() {
        return Optional.ofNullable(this.zoneId);
    }

    private GetZoneArgs() {}

    private GetZoneArgs(GetZoneArgs $) {
        this.filter = $.filter;
        this.zoneId = $.zoneId;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(GetZoneArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private GetZoneArgs $;

        public Builder() {
            $ = new GetZoneArgs();
        }

        public Builder(GetZoneArgs defaults) {
            $ = new GetZoneArgs(Objects.requireNonNull(defaults));
        }

        public Builder filter(@Nullable Output<GetZoneFilterArgs> filter) {
            $.filter = filter;
            return this;
        }

        public Builder filter(GetZoneFilterArgs filter) {
            return filter(Output.of(filter));
        }

        public Builder zoneId(@Nullable Output<String> zoneId) {
            $.zoneId = zoneId;
            return this;
        }

        public Builder zoneId(String zoneId) {
            return zoneId(Output.of(zoneId));
        }

        public GetZoneArgs build() {
            return $;
        }
    }

}
