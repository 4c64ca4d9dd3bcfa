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


public final class RulesetRuleActionParametersFromListArgs extends com.pulumi.resources.ResourceArgs {

    public static final RulesetRuleActionParametersFromListArgs Empty = new RulesetRuleActionParametersFromListArgs();

    @Import(name="key", required=true)
    private Output<String> key;

    public Output<String> key() {
        return this.key;
    }

    @Import(name="name", required=true)
    private Output<String> name;

    public Output<String> name() {
        return this.name;
    }

    private RulesetRuleActionParametersFromListArgs() {}

    private RulesetRuleActionParametersFromListArgs(RulesetRuleActionParametersFromListArgs $) {
        this.key = $.key;
        this.name = $.name;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetRuleActionParametersFromListArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetRuleActionParametersFromListArgs $;

        public Builder() {
            $ = new RulesetRuleActionParametersFromListArgs();
        }

        public Builder(RulesetRuleActionParametersFromListArgs defaults) {
            $ = new RulesetRuleActionParametersFromListArgs(Objects.requireNonNull(defaults));
        }

        public Builder key(Output<String> key) {
            $.key = key;
            return this;
        }

        public Builder key(String key) {
            return key(Output.of(key));
        }

        public Builder name(Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public RulesetRuleActionParametersFromListArgs build() {
            if ($.key == null) {
                throw new MissingRequiredPropertyException("RulesetRuleActionParametersFromListArgs", "key");
            }
            if ($.name == null) {
                throw new MissingRequiredPropertyException("RulesetRuleActionParametersFromListArgs", "name");
            }
            return $;
        }
    }

}
