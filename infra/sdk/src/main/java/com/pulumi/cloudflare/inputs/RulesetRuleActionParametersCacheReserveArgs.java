// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.Boolean;
import java.lang.Integer;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class RulesetRuleActionParametersCacheReserveArgs extends com.pulumi.resources.ResourceArgs {

    public static final RulesetRuleActionParametersCacheReserveArgs Empty = new RulesetRuleActionParametersCacheReserveArgs();

    @Import(name="eligible", required=true)
    private Output<Boolean> eligible;

    public Output<Boolean> eligible() {
        return this.eligible;
    }

    @Import(name="minimumFileSize")
    private @Nullable Output<Integer> minimumFileSize;

    public Optional<Output<Integer>> minimumFileSize() {
        return Optional.ofNullable(this.minimumFileSize);
    }

    private RulesetRuleActionParametersCacheReserveArgs() {}

    private RulesetRuleActionParametersCacheReserveArgs(RulesetRuleActionParametersCacheReserveArgs $) {
        this.eligible = $.eligible;
        this.minimumFileSize = $.minimumFileSize;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetRuleActionParametersCacheReserveArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetRuleActionParametersCacheReserveArgs $;

        public Builder() {
            $ = new RulesetRuleActionParametersCacheReserveArgs();
        }

        public Builder(RulesetRuleActionParametersCacheReserveArgs defaults) {
            $ = new RulesetRuleActionParametersCacheReserveArgs(Objects.requireNonNull(defaults));
        }

        public Builder eligible(Output<Boolean> eligible) {
            $.eligible = eligible;
            return this;
        }

        public Builder eligible(Boolean eligible) {
            return eligible(Output.of(eligible));
        }

        public Builder minimumFileSize(@Nullable Output<Integer> minimumFileSize) {
            $.minimumFileSize = minimumFileSize;
            return this;
        }

        public Builder minimumFileSize(Integer minimumFileSize) {
            return minimumFileSize(Output.of(minimumFileSize));
        }

        public RulesetRuleActionParametersCacheReserveArgs build() {
            if ($.eligible == null) {
                throw new MissingRequiredPropertyException("RulesetRuleActionParametersCacheReserveArgs", "eligible");
            }
            return $;
        }
    }

}
