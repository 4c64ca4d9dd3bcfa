// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class RulesetRuleActionParametersSniArgs extends com.pulumi.resources.ResourceArgs {

    public static final RulesetRuleActionParametersSniArgs Empty = new RulesetRuleActionParametersSniArgs();

    @Import(name="value", required=true)
    private Output<String> value;

    public Output<String> value() {
        return this.value;
    }

    private RulesetRuleActionParametersSniArgs() {}

    private RulesetRuleActionParametersSniArgs(RulesetRuleActionParametersSniArgs $) {
        this.value = $.value;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetRuleActionParametersSniArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetRuleActionParametersSniArgs $;

        public Builder() {
            $ = new RulesetRuleActionParametersSniArgs();
        }

        public Builder(RulesetRuleActionParametersSniArgs defaults) {
            $ = new RulesetRuleActionParametersSniArgs(Objects.requireNonNull(defaults));
        }

        public Builder value(Output<String> value) {
            $.value = value;
            return this;
        }

        public Builder value(String value) {
            return value(Output.of(value));
        }

        public RulesetRuleActionParametersSniArgs build() {
            if ($.value == null) {
                throw new MissingRequiredPropertyException("RulesetRuleActionParametersSniArgs", "value");
            }
            return $;
        }
    }

}
