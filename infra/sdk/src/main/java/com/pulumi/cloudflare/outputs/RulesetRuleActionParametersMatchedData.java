// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.String;
import java.util.Objects;

@CustomType
public final class RulesetRuleActionParametersMatchedData {
    private String publicKey;

    private RulesetRuleActionParametersMatchedData() {}
    public String publicKey() {
        return this.publicKey;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRuleActionParametersMatchedData defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private String publicKey;
        public Builder() {}
        public Builder(RulesetRuleActionParametersMatchedData defaults) {
            Objects.requireNonNull(defaults);
            this.publicKey = defaults.publicKey;
        }

        @CustomType.Setter
        public Builder publicKey(String publicKey) {
            if (publicKey == null) {
              throw new MissingRequiredPropertyException("RulesetRuleActionParametersMatchedData", "publicKey");
            }
            this.publicKey = publicKey;
            return this;
        }
        public RulesetRuleActionParametersMatchedData build() {
            final var _resultValue = new RulesetRuleActionParametersMatchedData();
            _resultValue.publicKey = publicKey;
            return _resultValue;
        }
    }
}
