// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.String;
import java.util.Map;
import java.util.Objects;
import javax.annotation.Nullable;

@CustomType
public final class RulesetRuleActionParametersVary {
    private RulesetRuleActionParametersVaryDefault default_;
    private @Nullable Map<String,RulesetRuleActionParametersVaryHeaders> headers;

    private RulesetRuleActionParametersVary() {}
    public RulesetRuleActionParametersVaryDefault default_() {
        return this.default_;
    }
    public Map<String,RulesetRuleActionParametersVaryHeaders> headers() {
        return this.headers == null ? Map.of() : this.headers;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRuleActionParametersVary defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private RulesetRuleActionParametersVaryDefault default_;
        private @Nullable Map<String,RulesetRuleActionParametersVaryHeaders> headers;
        public Builder() {}
        public Builder(RulesetRuleActionParametersVary defaults) {
            Objects.requireNonNull(defaults);
            this.default_ = defaults.default_;
            this.headers = defaults.headers;
        }

        @CustomType.Setter("default")
        public Builder default_(RulesetRuleActionParametersVaryDefault default_) {
            if (default_ == null) {
              throw new MissingRequiredPropertyException("RulesetRuleActionParametersVary", "default");
            }
            this.default_ = default_;
            return this;
        }
        @CustomType.Setter
        public Builder headers(@Nullable Map<String,RulesetRuleActionParametersVaryHeaders> headers) {
            this.headers = headers;
            return this;
        }
        public RulesetRuleActionParametersVary build() {
            final var _resultValue = new RulesetRuleActionParametersVary();
            _resultValue.default_ = default_;
            _resultValue.headers = headers;
            return _resultValue;
        }
    }
}
