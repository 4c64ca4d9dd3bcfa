// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.Integer;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

@CustomType
public final class RulesetRuleActionParametersBrowserTtl {
    private @Nullable Integer default_;
    /**
     * @return Available values: &#34;respect_origin&#34;, &#34;bypass_by_default&#34;, &#34;override_origin&#34;, &#34;bypass&#34;.
     * 
     */
    private String mode;

    private RulesetRuleActionParametersBrowserTtl() {}
    public Optional<Integer> default_() {
        return Optional.ofNullable(this.default_);
    }
    /**
     * @return Available values: &#34;respect_origin&#34;, &#34;bypass_by_default&#34;, &#34;override_origin&#34;, &#34;bypass&#34;.
     * 
     */
    public String mode() {
        return this.mode;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRuleActionParametersBrowserTtl defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private @Nullable Integer default_;
        private String mode;
        public Builder() {}
        public Builder(RulesetRuleActionParametersBrowserTtl defaults) {
            Objects.requireNonNull(defaults);
            this.default_ = defaults.default_;
            this.mode = defaults.mode;
        }

        @CustomType.Setter("default")
        public Builder default_(@Nullable Integer default_) {
            this.default_ = default_;
            return this;
        }
        @CustomType.Setter
        public Builder mode(String mode) {
            if (mode == null) {
              throw new MissingRequiredPropertyException("RulesetRuleActionParametersBrowserTtl", "mode");
            }
            this.mode = mode;
            return this;
        }
        public RulesetRuleActionParametersBrowserTtl build() {
            final var _resultValue = new RulesetRuleActionParametersBrowserTtl();
            _resultValue.default_ = default_;
            _resultValue.mode = mode;
            return _resultValue;
        }
    }
}
