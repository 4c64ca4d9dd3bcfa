// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.lang.Boolean;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class RulesetRuleActionParametersCacheKeyCustomKeyUserArgs extends com.pulumi.resources.ResourceArgs {

    public static final RulesetRuleActionParametersCacheKeyCustomKeyUserArgs Empty = new RulesetRuleActionParametersCacheKeyCustomKeyUserArgs();

    @Import(name="deviceType")
    private @Nullable Output<Boolean> deviceType;

    public Optional<Output<Boolean>> deviceType() {
        return Optional.ofNullable(this.deviceType);
    }

    @Import(name="geo")
    private @Nullable Output<Boolean> geo;

    public Optional<Output<Boolean>> geo() {
        return Optional.ofNullable(this.geo);
    }

    @Import(name="lang")
    private @Nullable Output<Boolean> lang;

    public Optional<Output<Boolean>> lang() {
        return Optional.ofNullable(this.lang);
    }

    private RulesetRuleActionParametersCacheKeyCustomKeyUserArgs() {}

    private RulesetRuleActionParametersCacheKeyCustomKeyUserArgs(RulesetRuleActionParametersCacheKeyCustomKeyUserArgs $) {
        this.deviceType = $.deviceType;
        this.geo = $.geo;
        this.lang = $.lang;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetRuleActionParametersCacheKeyCustomKeyUserArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetRuleActionParametersCacheKeyCustomKeyUserArgs $;

        public Builder() {
            $ = new RulesetRuleActionParametersCacheKeyCustomKeyUserArgs();
        }

        public Builder(RulesetRuleActionParametersCacheKeyCustomKeyUserArgs defaults) {
            $ = new RulesetRuleActionParametersCacheKeyCustomKeyUserArgs(Objects.requireNonNull(defaults));
        }

        public Builder deviceType(@Nullable Output<Boolean> deviceType) {
            $.deviceType = deviceType;
            return this;
        }

        public Builder deviceType(Boolean deviceType) {
            return deviceType(Output.of(deviceType));
        }

        public Builder geo(@Nullable Output<Boolean> geo) {
            $.geo = geo;
            return this;
        }

        public Builder geo(Boolean geo) {
            return geo(Output.of(geo));
        }

        public Builder lang(@Nullable Output<Boolean> lang) {
            $.lang = lang;
            return this;
        }

        public Builder lang(Boolean lang) {
            return lang(Output.of(lang));
        }

        public RulesetRuleActionParametersCacheKeyCustomKeyUserArgs build() {
            return $;
        }
    }

}
