// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.Integer;
import java.lang.String;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

@CustomType
public final class RulesetRuleActionParametersEdgeTtl {
    private @Nullable Integer default_;
    /**
     * @return Available values: &#34;respect_origin&#34;, &#34;bypass_by_default&#34;, &#34;override_origin&#34;.
     * 
     */
    private String mode;
    private @Nullable List<RulesetRuleActionParametersEdgeTtlStatusCodeTtl> statusCodeTtls;

    private RulesetRuleActionParametersEdgeTtl() {}
    public Optional<Integer> default_() {
        return Optional.ofNullable(this.default_);
    }
    /**
     * @return Available values: &#34;respect_origin&#34;, &#34;bypass_by_default&#34;, &#34;override_origin&#34;.
     * 
     */
    public String mode() {
        return this.mode;
    }
    public List<RulesetRuleActionParametersEdgeTtlStatusCodeTtl> statusCodeTtls() {
        return this.statusCodeTtls == null ? List.of() : this.statusCodeTtls;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRuleActionParametersEdgeTtl defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private @Nullable Integer default_;
        private String mode;
        private @Nullable List<RulesetRuleActionParametersEdgeTtlStatusCodeTtl> statusCodeTtls;
        public Builder() {}
        public Builder(RulesetRuleActionParametersEdgeTtl defaults) {
            Objects.requireNonNull(defaults);
            this.default_ = defaults.default_;
            this.mode = defaults.mode;
            this.statusCodeTtls = defaults.statusCodeTtls;
        }

        @CustomType.Setter("default")
        public Builder default_(@Nullable Integer default_) {
            this.default_ = default_;
            return this;
        }
        @CustomType.Setter
        public Builder mode(String mode) {
            if (mode == null) {
              throw new MissingRequiredPropertyException("RulesetRuleActionParametersEdgeTtl", "mode");
            }
            this.mode = mode;
            return this;
        }
        @CustomType.Setter
        public Builder statusCodeTtls(@Nullable List<RulesetRuleActionParametersEdgeTtlStatusCodeTtl> statusCodeTtls) {
            this.statusCodeTtls = statusCodeTtls;
            return this;
        }
        public Builder statusCodeTtls(RulesetRuleActionParametersEdgeTtlStatusCodeTtl... statusCodeTtls) {
            return statusCodeTtls(List.of(statusCodeTtls));
        }
        public RulesetRuleActionParametersEdgeTtl build() {
            final var _resultValue = new RulesetRuleActionParametersEdgeTtl();
            _resultValue.default_ = default_;
            _resultValue.mode = mode;
            _resultValue.statusCodeTtls = statusCodeTtls;
            return _resultValue;
        }
    }
}
