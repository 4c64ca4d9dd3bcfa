// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

@CustomType
public final class RulesetRuleActionParametersCacheKeyCustomKeyQueryString {
    private @Nullable RulesetRuleActionParametersCacheKeyCustomKeyQueryStringExclude exclude;
    private @Nullable RulesetRuleActionParametersCacheKeyCustomKeyQueryStringInclude include;

    private RulesetRuleActionParametersCacheKeyCustomKeyQueryString() {}
    public Optional<RulesetRuleActionParametersCacheKeyCustomKeyQueryStringExclude> exclude() {
        return Optional.ofNullable(this.exclude);
    }
    public Optional<RulesetRuleActionParametersCacheKeyCustomKeyQueryStringInclude> include() {
        return Optional.ofNullable(this.include);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRuleActionParametersCacheKeyCustomKeyQueryString defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private @Nullable RulesetRuleActionParametersCacheKeyCustomKeyQueryStringExclude exclude;
        private @Nullable RulesetRuleActionParametersCacheKeyCustomKeyQueryStringInclude include;
        public Builder() {}
        public Builder(RulesetRuleActionParametersCacheKeyCustomKeyQueryString defaults) {
            Objects.requireNonNull(defaults);
            this.exclude = defaults.exclude;
            this.include = defaults.include;
        }

        @CustomType.Setter
        public Builder exclude(@Nullable RulesetRuleActionParametersCacheKeyCustomKeyQueryStringExclude exclude) {
            this.exclude = exclude;
            return this;
        }
        @CustomType.Setter
        public Builder include(@Nullable RulesetRuleActionParametersCacheKeyCustomKeyQueryStringInclude include) {
            this.include = include;
            return this;
        }
        public RulesetRuleActionParametersCacheKeyCustomKeyQueryString build() {
            final var _resultValue = new RulesetRuleActionParametersCacheKeyCustomKeyQueryString();
            _resultValue.exclude = exclude;
            _resultValue.include = include;
            return _resultValue;
        }
    }
}
