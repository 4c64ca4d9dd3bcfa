// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import java.lang.Integer;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

@CustomType
public final class RulesetRuleActionParametersEdgeTtlStatusCodeTtlStatusCodeRange {
    private @Nullable Integer from;
    private @Nullable Integer to;

    private RulesetRuleActionParametersEdgeTtlStatusCodeTtlStatusCodeRange() {}
    public Optional<Integer> from() {
        return Optional.ofNullable(this.from);
    }
    public Optional<Integer> to() {
        return Optional.ofNullable(this.to);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRuleActionParametersEdgeTtlStatusCodeTtlStatusCodeRange defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private @Nullable Integer from;
        private @Nullable Integer to;
        public Builder() {}
        public Builder(RulesetRuleActionParametersEdgeTtlStatusCodeTtlStatusCodeRange defaults) {
            Objects.requireNonNull(defaults);
            this.from = defaults.from;
            this.to = defaults.to;
        }

        @CustomType.Setter
        public Builder from(@Nullable Integer from) {
            this.from = from;
            return this;
        }
        @CustomType.Setter
        public Builder to(@Nullable Integer to) {
            this.to = to;
            return this;
        }
        public RulesetRuleActionParametersEdgeTtlStatusCodeTtlStatusCodeRange build() {
            final var _resultValue = new RulesetRuleActionParametersEdgeTtlStatusCodeTtlStatusCodeRange();
            _resultValue.from = from;
            _resultValue.to = to;
            return _resultValue;
        }
    }
}
