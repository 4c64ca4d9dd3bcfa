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


public final class RulesetRuleActionParametersTransformedRequestFieldArgs extends com.pulumi.resources.ResourceArgs {

    public static final RulesetRuleActionParametersTransformedRequestFieldArgs Empty = new RulesetRuleActionParametersTransformedRequestFieldArgs();

    @Import(name="name", required=true)
    private Output<String> name;

    public Output<String> name() {
        return this.name;
    }

    private RulesetRuleActionParametersTransformedRequestFieldArgs() {}

    private RulesetRuleActionParametersTransformedRequestFieldArgs(RulesetRuleActionParametersTransformedRequestFieldArgs $) {
        this.name = $.name;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetRuleActionParametersTransformedRequestFieldArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetRuleActionParametersTransformedRequestFieldArgs $;

        public Builder() {
            $ = new RulesetRuleActionParametersTransformedRequestFieldArgs();
        }

        public Builder(RulesetRuleActionParametersTransformedRequestFieldArgs defaults) {
            $ = new RulesetRuleActionParametersTransformedRequestFieldArgs(Objects.requireNonNull(defaults));
        }

        public Builder name(Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public RulesetRuleActionParametersTransformedRequestFieldArgs build() {
            if ($.name == null) {
                throw new MissingRequiredPropertyException("RulesetRuleActionParametersTransformedRequestFieldArgs", "name");
            }
            return $;
        }
    }

}
