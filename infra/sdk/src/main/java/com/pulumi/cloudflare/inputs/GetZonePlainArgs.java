// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.inputs;

import com.pulumi.core.annotations.Import;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class GetZonePlainArgs extends com.pulumi.resources.InvokeArgs {

    public static final GetZonePlainArgs Empty = new GetZonePlainArgs();

    @Import(name="filter")
    private @Nullable GetZoneFilter filter;

    public Optional<GetZoneFilter> filter() {
        return Optional.ofNullable(this.filter);
    }

    @Import(name="zoneId")
    private @Nullable String zoneId;

    public Optional<String> zoneId() {
        return Optional.ofNullable(this.zoneId);
    }

    private GetZonePlainArgs() {}

    private GetZonePlainArgs(GetZonePlainArgs $) {
        this.filter = $.filter;
        this.zoneId = $.zoneId;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(GetZonePlainArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private GetZonePlainArgs $;

        public Builder() {
            $ = new GetZonePlainArgs();
        }

        public Builder(GetZonePlainArgs defaults) {
            $ = new GetZonePlainArgs(Objects.requireNonNull(defaults));
        }

        public Builder filter(@Nullable GetZoneFilter filter) {
            $.filter = filter;
            return this;
        }

        public Builder zoneId(@Nullable String zoneId) {
            $.zoneId = zoneId;
            return this;
        }

        public GetZonePlainArgs build() {
            return $;
        }
    }

}
