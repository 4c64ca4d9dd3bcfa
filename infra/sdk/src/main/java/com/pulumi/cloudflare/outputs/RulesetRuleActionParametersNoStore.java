// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.Boolean;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

@CustomType
public final class RulesetRuleActionParametersNoStore {
    private @Nullable Boolean cloudflareOnly;
    /**
     * @return Available values: &#34;set&#34;, &#34;remove&#34;.
     * 
     */
    private String operation;

    private RulesetRuleActionParametersNoStore() {}
    public Optional<Boolean> cloudflareOnly() {
        return Optional.ofNullable(this.cloudflareOnly);
    }
    /**
     * @return Available values: &#34;set&#34;, &#34;remove&#34;.
     * 
     */
    public String operation() {
        return this.operation;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRuleActionParametersNoStore defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private @Nullable Boolean cloudflareOnly;
        private String operation;
        public Builder() {}
        public Builder(RulesetRuleActionParametersNoStore defaults) {
            Objects.requireNonNull(defaults);
            this.cloudflareOnly = defaults.cloudflareOnly;
            this.operation = defaults.operation;
        }

        @CustomType.Setter
        public Builder cloudflareOnly(@Nullable Boolean cloudflareOnly) {
            this.cloudflareOnly = cloudflareOnly;
            return this;
        }
        @CustomType.Setter
        public Builder operation(String operation) {
            if (operation == null) {
              throw new MissingRequiredPropertyException("RulesetRuleActionParametersNoStore", "operation");
            }
            this.operation = operation;
            return this;
        }
        public RulesetRuleActionParametersNoStore build() {
            final var _resultValue = new RulesetRuleActionParametersNoStore();
            _resultValue.cloudflareOnly = cloudflareOnly;
            _resultValue.operation = operation;
            return _resultValue;
        }
    }
}
