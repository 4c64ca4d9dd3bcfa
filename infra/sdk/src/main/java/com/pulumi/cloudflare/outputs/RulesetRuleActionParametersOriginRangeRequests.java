// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.String;
import java.util.Objects;

@CustomType
public final class RulesetRuleActionParametersOriginRangeRequests {
    /**
     * @return Available values: &#34;on&#34;, &#34;off&#34;, &#34;default&#34;.
     * 
     */
    private String mode;

    private RulesetRuleActionParametersOriginRangeRequests() {}
    /**
     * @return Available values: &#34;on&#34;, &#34;off&#34;, &#34;default&#34;.
     * 
     */
    public String mode() {
        return this.mode;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRuleActionParametersOriginRangeRequests defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private String mode;
        public Builder() {}
        public Builder(RulesetRuleActionParametersOriginRangeRequests defaults) {
            Objects.requireNonNull(defaults);
            this.mode = defaults.mode;
        }

        @CustomType.Setter
        public Builder mode(String mode) {
            if (mode == null) {
              throw new MissingRequiredPropertyException("RulesetRuleActionParametersOriginRangeRequests", "mode");
            }
            this.mode = mode;
            return this;
        }
        public RulesetRuleActionParametersOriginRangeRequests build() {
            final var _resultValue = new RulesetRuleActionParametersOriginRangeRequests();
            _resultValue.mode = mode;
            return _resultValue;
        }
    }
}
