// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.Boolean;
import java.lang.Integer;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

@CustomType
public final class RulesetRuleActionParametersFromValue {
    private @Nullable Boolean preserveQueryString;
    private @Nullable Integer statusCode;
    private RulesetRuleActionParametersFromValueTargetUrl targetUrl;

    private RulesetRuleActionParametersFromValue() {}
    public Optional<Boolean> preserveQueryString() {
        return Optional.ofNullable(this.preserveQueryString);
    }
    public Optional<Integer> statusCode() {
        return Optional.ofNullable(this.statusCode);
    }
    public RulesetRuleActionParametersFromValueTargetUrl targetUrl() {
        return this.targetUrl;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRuleActionParametersFromValue defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private @Nullable Boolean preserveQueryString;
        private @Nullable Integer statusCode;
        private RulesetRuleActionParametersFromValueTargetUrl targetUrl;
        public Builder() {}
        public Builder(RulesetRuleActionParametersFromValue defaults) {
            Objects.requireNonNull(defaults);
            this.preserveQueryString = defaults.preserveQueryString;
            this.statusCode = defaults.statusCode;
            this.targetUrl = defaults.targetUrl;
        }

        @CustomType.Setter
        public Builder preserveQueryString(@Nullable Boolean preserveQueryString) {
            this.preserveQueryString = preserveQueryString;
            return this;
        }
        @CustomType.Setter
        public Builder statusCode(@Nullable Integer statusCode) {
            this.statusCode = statusCode;
            return this;
        }
        @CustomType.Setter
        public Builder targetUrl(RulesetRuleActionParametersFromValueTargetUrl targetUrl) {
            if (targetUrl == null) {
              throw new MissingRequiredPropertyException("RulesetRuleActionParametersFromValue", "targetUrl");
            }
            this.targetUrl = targetUrl;
            return this;
        }
        public RulesetRuleActionParametersFromValue build() {
            final var _resultValue = new RulesetRuleActionParametersFromValue();
            _resultValue.preserveQueryString = preserveQueryString;
            _resultValue.statusCode = statusCode;
            _resultValue.targetUrl = targetUrl;
            return _resultValue;
        }
    }
}
