// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.String;
import java.util.Objects;

@CustomType
public final class RulesetRuleActionParametersFromList {
    private String key;
    private String name;

    private RulesetRuleActionParametersFromList() {}
    public String key() {
        return this.key;
    }
    public String name() {
        return this.name;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRuleActionParametersFromList defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private String key;
        private String name;
        public Builder() {}
        public Builder(RulesetRuleActionParametersFromList defaults) {
            Objects.requireNonNull(defaults);
            this.key = defaults.key;
            this.name = defaults.name;
        }

        @CustomType.Setter
        public Builder key(String key) {
            if (key == null) {
              throw new MissingRequiredPropertyException("RulesetRuleActionParametersFromList", "key");
            }
            this.key = key;
            return this;
        }
        @CustomType.Setter
        public Builder name(String name) {
            if (name == null) {
              throw new MissingRequiredPropertyException("RulesetRuleActionParametersFromList", "name");
            }
            this.name = name;
            return this;
        }
        public RulesetRuleActionParametersFromList build() {
            final var _resultValue = new RulesetRuleActionParametersFromList();
            _resultValue.key = key;
            _resultValue.name = name;
            return _resultValue;
        }
    }
}
