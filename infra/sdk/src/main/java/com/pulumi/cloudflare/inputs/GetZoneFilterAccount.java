// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.inputs;

import com.pulumi.core.annotations.Import;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class GetZoneFilterAccount extends com.pulumi.resources.InvokeArgs {

    public static final GetZoneFilterAccount Empty = new GetZoneFilterAccount();

    @Import(name="id")
    private @Nullable String id;

    public Optional<String> id() {
        return Optional.ofNullable(this.id);
    }

    @Import(name="name")
    private @Nullable String name;

    public Optional<String> name() {
        return Optional.ofNullable(this.name);
    }

    private GetZoneFilterAccount() {}

    private GetZoneFilterAccount(GetZoneFilterAccount $) {
        this.id = $.id;
        this.name = $.name;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(GetZoneFilterAccount defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private GetZoneFilterAccount $;

        public Builder() {
            $ = new GetZoneFilterAccount();
        }

        public Builder(GetZoneFilterAccount defaults) {
            $ = new GetZoneFilterAccount(Objects.requireNonNull(defaults));
        }

        public Builder id(@Nullable String id) {
            $.id = id;
            return this;
        }

        public Builder name(@Nullable String name) {
            $.name = name;
            return this;
        }

        public GetZoneFilterAccount build() {
            return $;
        }
    }

}
