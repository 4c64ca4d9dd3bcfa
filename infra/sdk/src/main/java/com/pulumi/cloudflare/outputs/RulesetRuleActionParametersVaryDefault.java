// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.String;
import java.util.Objects;

@CustomType
public final class RulesetRuleActionParametersVaryDefault {
    /**
     * @return Available values: &#34;bypass&#34;, &#34;passthrough&#34;, &#34;normalize&#34;.
     * 
     */
    private String action;

    private RulesetRuleActionParametersVaryDefault() {}
    /**
     * @return Available values: &#34;bypass&#34;, &#34;passthrough&#34;, &#34;normalize&#34;.
     * 
     */
    public String action() {
        return this.action;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRuleActionParametersVaryDefault defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private String action;
        public Builder() {}
        public Builder(RulesetRuleActionParametersVaryDefault defaults) {
            Objects.requireNonNull(defaults);
            this.action = defaults.action;
        }

        @CustomType.Setter
        public Builder action(String action) {
            if (action == null) {
              throw new MissingRequiredPropertyException("RulesetRuleActionParametersVaryDefault", "action");
            }
            this.action = action;
            return this;
        }
        public RulesetRuleActionParametersVaryDefault build() {
            final var _resultValue = new RulesetRuleActionParametersVaryDefault();
            _resultValue.action = action;
            return _resultValue;
        }
    }
}
