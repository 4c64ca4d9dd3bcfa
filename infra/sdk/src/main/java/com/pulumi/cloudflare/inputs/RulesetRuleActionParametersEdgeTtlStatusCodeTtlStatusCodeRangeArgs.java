// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.lang.Integer;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class RulesetRuleActionParametersEdgeTtlStatusCodeTtlStatusCodeRangeArgs extends com.pulumi.resources.ResourceArgs {

    public static final RulesetRuleActionParametersEdgeTtlStatusCodeTtlStatusCodeRangeArgs Empty = new RulesetRuleActionParametersEdgeTtlStatusCodeTtlStatusCodeRangeArgs();

    @Import(name="from")
    private @Nullable Output<Integer> from;

    public Optional<Output<Integer>> from() {
        return Optional.ofNullable(this.from);
    }

    @Import(name="to")
    private @Nullable Output<Integer> to;

    public Optional<Output<Integer>> to() {
        return Optional.ofNullable(this.to);
    }

    private RulesetRuleActionParametersEdgeTtlStatusCodeTtlStatusCodeRangeArgs() {}

    private RulesetRuleActionParametersEdgeTtlStatusCodeTtlStatusCodeRangeArgs(RulesetRuleActionParametersEdgeTtlStatusCodeTtlStatusCodeRangeArgs $) {
        this.from = $.from;
        this.to = $.to;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetRuleActionParametersEdgeTtlStatusCodeTtlStatusCodeRangeArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetRuleActionParametersEdgeTtlStatusCodeTtlStatusCodeRangeArgs $;

        public Builder() {
            $ = new RulesetRuleActionParametersEdgeTtlStatusCodeTtlStatusCodeRangeArgs();
        }

        public Builder(RulesetRuleActionParametersEdgeTtlStatusCodeTtlStatusCodeRangeArgs defaults) {
            $ = new RulesetRuleActionParametersEdgeTtlStatusCodeTtlStatusCodeRangeArgs(Objects.requireNonNull(defaults));
        }

        public Builder from(@Nullable Output<Integer> from) {
            $.from = from;
            return this;
        }

        public Builder from(Integer from) {
            return from(Output.of(from));
        }

        public Builder to(@Nullable Output<Integer> to) {
            $.to = to;
            return this;
        }

        public Builder to(Integer to) {
            return to(Output.of(to));
        }

        public RulesetRuleActionParametersEdgeTtlStatusCodeTtlStatusCodeRangeArgs build() {
            return $;
        }
    }

}
