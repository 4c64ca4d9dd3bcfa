// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

@CustomType
public final class RulesetRuleActionParametersUriPath {
    private @Nullable String expression;
    private @Nullable String value;

    private RulesetRuleActionParametersUriPath() {}
    public Optional<String> expression() {
        return Optional.ofNullable(this.expression);
    }
    public Optional<String> value() {
        return Optional.ofNullable(this.value);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRuleActionParametersUriPath defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private @Nullable String expression;
        private @Nullable String value;
        public Builder() {}
        public Builder(RulesetRuleActionParametersUriPath defaults) {
            Objects.requireNonNull(defaults);
            this.expression = defaults.expression;
            this.value = defaults.value;
        }

        @CustomType.Setter
        public Builder expression(@Nullable String expression) {
            this.expression = expression;
            return this;
        }
        @CustomType.Setter
        public Builder value(@Nullable String value) {
            this.value = value;
            return this;
        }
        public RulesetRuleActionParametersUriPath build() {
            final var _resultValue = new RulesetRuleActionParametersUriPath();
            _resultValue.expression = expression;
            _resultValue.value = value;
            return _resultValue;
        }
    }
}
