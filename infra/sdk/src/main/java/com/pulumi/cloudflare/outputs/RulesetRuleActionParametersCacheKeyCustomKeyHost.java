// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import java.lang.Boolean;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

@CustomType
public final class RulesetRuleActionParametersCacheKeyCustomKeyHost {
    private @Nullable Boolean resolved;

    private RulesetRuleActionParametersCacheKeyCustomKeyHost() {}
    public Optional<Boolean> resolved() {
        return Optional.ofNullable(this.resolved);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRuleActionParametersCacheKeyCustomKeyHost defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private @Nullable Boolean resolved;
        public Builder() {}
        public Builder(RulesetRuleActionParametersCacheKeyCustomKeyHost defaults) {
            Objects.requireNonNull(defaults);
            this.resolved = defaults.resolved;
        }

        @CustomType.Setter
        public Builder resolved(@Nullable Boolean resolved) {
            this.resolved = resolved;
            return this;
        }
        public RulesetRuleActionParametersCacheKeyCustomKeyHost build() {
            final var _resultValue = new RulesetRuleActionParametersCacheKeyCustomKeyHost();
            _resultValue.resolved = resolved;
            return _resultValue;
        }
    }
}
