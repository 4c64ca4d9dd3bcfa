// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import java.lang.Boolean;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

@CustomType
public final class RulesetRuleActionParametersCacheKey {
    private @Nullable Boolean cacheByDeviceType;
    private @Nullable Boolean cacheDeceptionArmor;
    private @Nullable RulesetRuleActionParametersCacheKeyCustomKey customKey;
    private @Nullable Boolean ignoreQueryStringsOrder;

    private RulesetRuleActionParametersCacheKey() {}
    public Optional<Boolean> cacheByDeviceType() {
        return Optional.ofNullable(this.cacheByDeviceType);
    }
    public Optional<Boolean> cacheDeceptionArmor() {
        return Optional.ofNullable(this.cacheDeceptionArmor);
    }
    public Optional<RulesetRuleActionParametersCacheKeyCustomKey> customKey() {
        return Optional.ofNullable(this.customKey);
    }
    public Optional<Boolean> ignoreQueryStringsOrder() {
        return Optional.ofNullable(this.ignoreQueryStringsOrder);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRuleActionParametersCacheKey defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private @Nullable Boolean cacheByDeviceType;
        private @Nullable Boolean cacheDeceptionArmor;
        private @Nullable RulesetRuleActionParametersCacheKeyCustomKey customKey;
        private @Nullable Boolean ignoreQueryStringsOrder;
        public Builder() {}
        public Builder(RulesetRuleActionParametersCacheKey defaults) {
            Objects.requireNonNull(defaults);
            this.cacheByDeviceType = defaults.cacheByDeviceType;
            this.cacheDeceptionArmor = defaults.cacheDeceptionArmor;
            this.customKey = defaults.customKey;
            this.ignoreQueryStringsOrder = defaults.ignoreQueryStringsOrder;
        }

        @CustomType.Setter
        public Builder cacheByDeviceType(@Nullable Boolean cacheByDeviceType) {
            this.cacheByDeviceType = cacheByDeviceType;
            return this;
        }
        @CustomType.Setter
        public Builder cacheDeceptionArmor(@Nullable Boolean cacheDeceptionArmor) {
            this.cacheDeceptionArmor = cacheDeceptionArmor;
            return this;
        }
        @CustomType.Setter
        public Builder customKey(@Nullable RulesetRuleActionParametersCacheKeyCustomKey customKey) {
            this.customKey = customKey;
            return this;
        }
        @CustomType.Setter
        public Builder ignoreQueryStringsOrder(@Nullable Boolean ignoreQueryStringsOrder) {
            this.ignoreQueryStringsOrder = ignoreQueryStringsOrder;
            return this;
        }
        public RulesetRuleActionParametersCacheKey build() {
            final var _resultValue = new RulesetRuleActionParametersCacheKey();
            _resultValue.cacheByDeviceType = cacheByDeviceType;
            _resultValue.cacheDeceptionArmor = cacheDeceptionArmor;
            _resultValue.customKey = customKey;
            _resultValue.ignoreQueryStringsOrder = ignoreQueryStringsOrder;
            return _resultValue;
        }
    }
}
