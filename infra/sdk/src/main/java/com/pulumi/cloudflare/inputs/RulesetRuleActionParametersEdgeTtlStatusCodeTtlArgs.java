// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.Integer;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class RulesetRuleActionParametersEdgeTtlStatusCodeTtlArgs extends com.pulumi.resources.ResourceArgs {

    public static final RulesetRuleActionParametersEdgeTtlStatusCodeTtlArgs Empty = new RulesetRuleActionParametersEdgeTtlStatusCodeTtlArgs();

    @Import(name="statusCode")
    private @Nullable Output<Integer> statusCode;

    public Optional<Output<Integer>> statusCode() {
        return Optional.ofNullable(this.statusCode);
    }

    @Import(name="statusCodeRange")
    private @Nullable Output<RulesetRuleActionParametersEdgeTtlStatusCodeTtlStatusCodeRangeArgs> statusCodeRange;

    public Optional<Output<RulesetRuleActionParametersEdgeTtlStatusCodeTtlStatusCodeRangeArgs>> statusCodeRange() {
        return Optional.ofNullable(this.statusCodeRange);
    }

    @Import(name="value", required=true)
    private Output<Integer> value;

    public Output<Integer> value() {
        return this.value;
    }

    private RulesetRuleActionParametersEdgeTtlStatusCodeTtlArgs() {}

    private RulesetRuleActionParametersEdgeTtlStatusCodeTtlArgs(RulesetRuleActionParametersEdgeTtlStatusCodeTtlArgs $) {
        this.statusCode = $.statusCode;
        this.statusCodeRange = $.statusCodeRange;
        this.value = $.value;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetRuleActionParametersEdgeTtlStatusCodeTtlArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetRuleActionParametersEdgeTtlStatusCodeTtlArgs $;

        public Builder() {
            $ = new RulesetRuleActionParametersEdgeTtlStatusCodeTtlArgs();
        }

        public Builder(RulesetRuleActionParametersEdgeTtlStatusCodeTtlArgs defaults) {
            $ = new RulesetRuleActionParametersEdgeTtlStatusCodeTtlArgs(Objects.requireNonNull(defaults));
        }

        public Builder statusCode(@Nullable Output<Integer> statusCode) {
            $.statusCode = statusCode;
            return this;
        }

        public Builder statusCode(Integer statusCode) {
            return statusCode(Output.of(statusCode));
        }

        public Builder statusCodeRange(@Nullable Output<RulesetRuleActionParametersEdgeTtlStatusCodeTtlStatusCodeRangeArgs> statusCodeRange) {
            $.statusCodeRange = statusCodeRange;
            return this;
        }

        public Builder statusCodeRange(RulesetRuleActionParametersEdgeTtlStatusCodeTtlStatusCodeRangeArgs statusCodeRange) {
            return statusCodeRange(Output.of(statusCodeRange));
        }

        public Builder value(Output<Integer> value) {
            $.value = value;
            return this;
        }

        public Builder value(Integer value) {
            return value(Output.of(value));
        }

        public RulesetRuleActionParametersEdgeTtlStatusCodeTtlArgs build() {
            if ($.value == null) {
                throw new MissingRequiredPropertyException("RulesetRuleActionParametersEdgeTtlStatusCodeTtlArgs", "value");
            }
            return $;
        }
    }

}
