// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.String;
import java.util.Objects;

@CustomType
public final class RulesetRuleActionParametersCookieField {
    private String name;

    private RulesetRuleActionParametersCookieField() {}
    public String name() {
        return this.name;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRuleActionParametersCookieField defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private String name;
        public Builder() {}
        public Builder(RulesetRuleActionParametersCookieField defaults) {
            Objects.requireNonNull(defaults);
            this.name = defaults.name;
        }

        @CustomType.Setter
        public Builder name(String name) {
            if (name == null) {
              throw new MissingRequiredPropertyException("RulesetRuleActionParametersCookieField", "name");
            }
            this.name = name;
            return this;
        }
        public RulesetRuleActionParametersCookieField build() {
            final var _resultValue = new RulesetRuleActionParametersCookieField();
            _resultValue.name = name;
            return _resultValue;
        }
    }
}
