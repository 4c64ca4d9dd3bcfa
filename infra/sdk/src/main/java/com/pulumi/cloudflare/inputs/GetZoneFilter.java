// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.inputs;

import com.pulumi.core.annotations.Import;
import java.lang.String;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class GetZoneFilter extends com.pulumi.resources.InvokeArgs {

    public static final GetZoneFilter Empty = new GetZoneFilter();

    @Import(name="account")
    private @Nullable GetZoneFilterAccount account;

    public Optional<GetZoneFilterAccount> account() {
        return Optional.ofNullable(this.account);
    }

    /**
     * Available values: &#34;asc&#34;, &#34;desc&#34;.
     * 
     */
    @Import(name="direction")
    private @Nullable String direction;

    /**
     * @return Available values: &#34;asc&#34;, &#34;desc&#34;.
     * 
     */
    public Optional<String> direction() {
        return Optional.ofNullable(this.direction);
    }

    /**
     * Available values: &#34;any&#34;, &#34;all&#34;.
     * 
     */
    @Import(name="match")
    private @Nullable String match;

    /**
     * @return Available values: &#34;any&#34;, &#34;all&#34;.
     * 
     */
    public Optional<String> match() {
        return Optional.ofNullable(this.match);
    }

    @Import(name="name")
    private @Nullable String name;

    public Optional<String> name() {
        return Optional.ofNullable(this.name);
    }

    /**
     * Available values: &#34;name&#34;, &#34;status&#34;, &#34;account.id&#34;, &#34;account.name&#34;, &#34;plan.id&#34;.
     * 
     */
    @Import(name="order")
    private @Nullable String order;

    /**
     * @return Available values: &#34;name&#34;, &#34;status&#34;, &#34;account.id&#34;, &#34;account.name&#34;, &#34;plan.id&#34;.
     * 
     */
    public Optional<String> order() {
        return Optional.ofNullable(this.order);
    }

    /**
     * Available values: &#34;initializing&#34;, &#34;pending&#34;, &#34;active&#34;, &#34;moved&#34;.
     * 
     */
    @Import(name="status")
    private @Nullable String status;

    /**
     * @return Available values: &#34;initializing&#34;, &#34;pending&#34;, &#34;active&#34;, &#34;moved&#34;.
     * 
     */
    public Optional<String> status() {
        return Optional.ofNullable(this.status);
    }

    @Import(name="types")
    private @Nullable List<String> types;

    public Optional<List<String>> types() {
        return Optional.ofNullable(this.types);
    }

    private GetZoneFilter() {}

    private GetZoneFilter(GetZoneFilter $) {
        this.account = $.account;
        this.direction = $.direction;
        this.match = $.match;
        this.name = $.name;
        this.order = $.order;
        this.status = $.status;
        this.types = $.types;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(GetZoneFilter defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private GetZoneFilter $;

        public Builder() {
            $ = new GetZoneFilter();
        }

        public Builder(GetZoneFilter defaults) {
            $ = new GetZoneFilter(Objects.requireNonNull(defaults));
        }

        public Builder account(@Nullable GetZoneFilterAccount account) {
            $.account = account;
            return this;
        }

        /**
         * @param direction Available values: &#34;asc&#34;, &#34;desc&#34;.
         * 
         * @return builder
         * 
         */
        public Builder direction(@Nullable String direction) {
            $.direction = direction;
            return this;
        }

        /**
         * @param match Available values: &#34;any&#34;, &#34;all&#34;.
         * 
         * @return builder
         * 
         */
        public Builder match(@Nullable String match) {
            $.match = match;
            return this;
        }

        public Builder name(@Nullable String name) {
            $.name = name;
            return this;
        }

        /**
         * @param order Available values: &#34;name&#34;, &#34;status&#34;, &#34;account.id&#34;, &#34;account.name&#34;, &#34;plan.id&#34;.
         * 
         * @return builder
         * 
         */
        public Builder order(@Nullable String order) {
            $.order = order;
            return this;
        }

        /**
         * @param status Available values: &#34;initializing&#34;, &#34;pending&#34;, &#34;active&#34;, &#34;moved&#34;.
         * 
         * @return builder
         * 
         */
        public Builder status(@Nullable String status) {
            $.status = status;
            return this;
        }

        public Builder types(@Nullable List<String> types) {
            $.types = types;
            return this;
        }

        public Builder types(String... types) {
            return types(List.of(types));
        }

        public GetZoneFilter build() {
            return $;
        }
    }

}
