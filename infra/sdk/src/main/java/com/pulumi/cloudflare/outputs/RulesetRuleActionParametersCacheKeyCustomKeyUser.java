// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import java.lang.Boolean;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

@CustomType
public final class RulesetRuleActionParametersCacheKeyCustomKeyUser {
    private @Nullable Boolean deviceType;
    private @Nullable Boolean geo;
    private @Nullable Boolean lang;

    private RulesetRuleActionParametersCacheKeyCustomKeyUser() {}
    public Optional<Boolean> deviceType() {
        return Optional.ofNullable(this.deviceType);
    }
    public Optional<Boolean> geo() {
        return Optional.ofNullable(this.geo);
    }
    public Optional<Boolean> lang() {
        return Optional.ofNullable(this.lang);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRuleActionParametersCacheKeyCustomKeyUser defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private @Nullable Boolean deviceType;
        private @Nullable Boolean geo;
        private @Nullable Boolean lang;
        public Builder() {}
        public Builder(RulesetRuleActionParametersCacheKeyCustomKeyUser defaults) {
            Objects.requireNonNull(defaults);
            this.deviceType = defaults.deviceType;
            this.geo = defaults.geo;
            this.lang = defaults.lang;
        }

        @CustomType.Setter
        public Builder deviceType(@Nullable Boolean deviceType) {
            this.deviceType = deviceType;
            return this;
        }
        @CustomType.Setter
        public Builder geo(@Nullable Boolean geo) {
            this.geo = geo;
            return this;
        }
        @CustomType.Setter
        public Builder lang(@Nullable Boolean lang) {
            this.lang = lang;
            return this;
        }
        public RulesetRuleActionParametersCacheKeyCustomKeyUser build() {
            final var _resultValue = new RulesetRuleActionParametersCacheKeyCustomKeyUser();
            _resultValue.deviceType = deviceType;
            _resultValue.geo = geo;
            _resultValue.lang = lang;
            return _resultValue;
        }
    }
}
