// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import java.lang.Boolean;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

@CustomType
public final class RulesetRuleActionParametersServeStale {
    private @Nullable Boolean disableStaleWhileUpdating;

    private RulesetRuleActionParametersServeStale() {}
    public Optional<Boolean> disableStaleWhileUpdating() {
        return Optional.ofNullable(this.disableStaleWhileUpdating);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRuleActionParametersServeStale defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private @Nullable Boolean disableStaleWhileUpdating;
        public Builder() {}
        public Builder(RulesetRuleActionParametersServeStale defaults) {
            Objects.requireNonNull(defaults);
            this.disableStaleWhileUpdating = defaults.disableStaleWhileUpdating;
        }

        @CustomType.Setter
        public Builder disableStaleWhileUpdating(@Nullable Boolean disableStaleWhileUpdating) {
            this.disableStaleWhileUpdating = disableStaleWhileUpdating;
            return this;
        }
        public RulesetRuleActionParametersServeStale build() {
            final var _resultValue = new RulesetRuleActionParametersServeStale();
            _resultValue.disableStaleWhileUpdating = disableStaleWhileUpdating;
            return _resultValue;
        }
    }
}
