// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.Integer;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

@CustomType
public final class RulesetRuleActionParametersEdgeTtlStatusCodeTtl {
    private @Nullable Integer statusCode;
    private @Nullable RulesetRuleActionParametersEdgeTtlStatusCodeTtlStatusCodeRange statusCodeRange;
    private Integer value;

    private RulesetRuleActionParametersEdgeTtlStatusCodeTtl() {}
    public Optional<Integer> statusCode() {
        return Optional.ofNullable(this.statusCode);
    }
    public Optional<RulesetRuleActionParametersEdgeTtlStatusCodeTtlStatusCodeRange> statusCodeRange() {
        return Optional.ofNullable(this.statusCodeRange);
    }
    public Integer value() {
        return this.value;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRuleActionParametersEdgeTtlStatusCodeTtl defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private @Nullable Integer statusCode;
        private @Nullable RulesetRuleActionParametersEdgeTtlStatusCodeTtlStatusCodeRange statusCodeRange;
        private Integer value;
        public Builder() {}
        public Builder(RulesetRuleActionParametersEdgeTtlStatusCodeTtl defaults) {
            Objects.requireNonNull(defaults);
            this.statusCode = defaults.statusCode;
            this.statusCodeRange = defaults.statusCodeRange;
            this.value = defaults.value;
        }

        @CustomType.Setter
        public Builder statusCode(@Nullable Integer statusCode) {
            this.statusCode = statusCode;
            return this;
        }
        @CustomType.Setter
        public Builder statusCodeRange(@Nullable RulesetRuleActionParametersEdgeTtlStatusCodeTtlStatusCodeRange statusCodeRange) {
            this.statusCodeRange = statusCodeRange;
            return this;
        }
        @CustomType.Setter
        public Builder value(Integer value) {
            if (value == null) {
              throw new MissingRequiredPropertyException("RulesetRuleActionParametersEdgeTtlStatusCodeTtl", "value");
            }
            this.value = value;
            return this;
        }
        public RulesetRuleActionParametersEdgeTtlStatusCodeTtl build() {
            final var _resultValue = new RulesetRuleActionParametersEdgeTtlStatusCodeTtl();
            _resultValue.statusCode = statusCode;
            _resultValue.statusCodeRange = statusCodeRange;
            _resultValue.value = value;
            return _resultValue;
        }
    }
}
