// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.String;
import java.util.Objects;

@CustomType
public final class RulesetRuleActionParametersSni {
    private String value;

    private RulesetRuleActionParametersSni() {}
    public String value() {
        return this.value;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRuleActionParametersSni defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private String value;
        public Builder() {}
        public Builder(RulesetRuleActionParametersSni defaults) {
            Objects.requireNonNull(defaults);
            this.value = defaults.value;
        }

        @CustomType.Setter
        public Builder value(String value) {
            if (value == null) {
              throw new MissingRequiredPropertyException("RulesetRuleActionParametersSni", "value");
            }
            this.value = value;
            return this;
        }
        public RulesetRuleActionParametersSni build() {
            final var _resultValue = new RulesetRuleActionParametersSni();
            _resultValue.value = value;
            return _resultValue;
        }
    }
}
