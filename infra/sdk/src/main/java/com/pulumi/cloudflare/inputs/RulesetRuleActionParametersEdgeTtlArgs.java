// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.Integer;
import java.lang.String;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class RulesetRuleActionParametersEdgeTtlArgs extends com.pulumi.resources.ResourceArgs {

    public static final RulesetRuleActionParametersEdgeTtlArgs Empty = new RulesetRuleActionParametersEdgeTtlArgs();

    @Import(name="default")
    private @Nullable Output<Integer> default_;

    public Optional<Output<Integer>> default_() {
        return Optional.ofNullable(this.default_);
    }

    /**
     * Available values: &#34;respect_origin&#34;, &#34;bypass_by_default&#34;, &#34;override_origin&#34;.
     * 
     */
    @Import(name="mode", required=true)
    private Output<String> mode;

    /**
     * @return Available values: &#34;respect_origin&#34;, &#34;bypass_by_default&#34;, &#34;override_origin&#34;.
     * 
     */
    public Output<String> mode() {
        return this.mode;
    }

    @Import(name="statusCodeTtls")
    private @Nullable Output<List<RulesetRuleActionParametersEdgeTtlStatusCodeTtlArgs>> statusCodeTtls;

    public Optional<Output<List<RulesetRuleActionParametersEdgeTtlStatusCodeTtlArgs>>> statusCodeTtls() {
        return Optional.ofNullable(this.statusCodeTtls);
    }

    private RulesetRuleActionParametersEdgeTtlArgs() {}

    private RulesetRuleActionParametersEdgeTtlArgs(RulesetRuleActionParametersEdgeTtlArgs $) {
        this.default_ = $.default_;
        this.mode = $.mode;
        this.statusCodeTtls = $.statusCodeTtls;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetRuleActionParametersEdgeTtlArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetRuleActionParametersEdgeTtlArgs $;

        public Builder() {
            $ = new RulesetRuleActionParametersEdgeTtlArgs();
        }

        public Builder(RulesetRuleActionParametersEdgeTtlArgs defaults) {
            $ = new RulesetRuleActionParametersEdgeTtlArgs(Objects.requireNonNull(defaults));
        }

        public Builder default_(@Nullable Output<Integer> default_) {
            $.default_ = default_;
            return this;
        }

        public Builder default_(Integer default_) {
            return default_(Output.of(default_));
        }

        /**
         * @param mode Available values: &#34;respect_origin&#34;, &#34;bypass_by_default&#34;, &#34;override_origin&#34;.
         * 
         * @return builder
         * 
         */
        public Builder mode(Output<String> mode) {
            $.mode = mode;
            return this;
        }

        /**
         * @param mode Available values: &#34;respect_origin&#34;, &#34;bypass_by_default&#34;, &#34;override_origin&#34;.
         * 
         * @return builder
         * 
         */
        public Builder mode(String mode) {
            return mode(Output.of(mode));
        }

        public Builder statusCodeTtls(@Nullable Output<List<RulesetRuleActionParametersEdgeTtlStatusCodeTtlArgs>> statusCodeTtls) {
            $.statusCodeTtls = statusCodeTtls;
            return this;
        }

        public Builder statusCodeTtls(List<RulesetRuleActionParametersEdgeTtlStatusCodeTtlArgs> statusCodeTtls) {
            return statusCodeTtls(Output.of(statusCodeTtls));
        }

        public Builder statusCodeTtls(RulesetRuleActionParametersEdgeTtlStatusCodeTtlArgs... statusCodeTtls) {
            return statusCodeTtls(List.of(statusCodeTtls));
        }

        public RulesetRuleActionParametersEdgeTtlArgs build() {
            if ($.mode == null) {
                throw new MissingRequiredPropertyException("RulesetRuleActionParametersEdgeTtlArgs", "mode");
            }
            return $;
        }
    }

}
