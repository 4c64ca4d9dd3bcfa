// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.Boolean;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class RulesetRuleActionParametersRawResponseFieldArgs extends com.pulumi.resources.ResourceArgs {

    public static final RulesetRuleActionParametersRawResponseFieldArgs Empty = new RulesetRuleActionParametersRawResponseFieldArgs();

    @Import(name="name", required=true)
    private Output<String> name;

    public Output<String> name() {
        return this.name;
    }

    @Import(name="preserveDuplicates")
    private @Nullable Output<Boolean> preserveDuplicates;

    public Optional<Output<Boolean>> preserveDuplicates() {
        return Optional.ofNullable(this.preserveDuplicates);
    }

    private RulesetRuleActionParametersRawResponseFieldArgs() {}

    private RulesetRuleActionParametersRawResponseFieldArgs(RulesetRuleActionParametersRawResponseFieldArgs $) {
        this.name = $.name;
        this.preserveDuplicates = $.preserveDuplicates;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetRuleActionParametersRawResponseFieldArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetRuleActionParametersRawResponseFieldArgs $;

        public Builder() {
            $ = new RulesetRuleActionParametersRawResponseFieldArgs();
        }

        public Builder(RulesetRuleActionParametersRawResponseFieldArgs defaults) {
            $ = new RulesetRuleActionParametersRawResponseFieldArgs(Objects.requireNonNull(defaults));
        }

        public Builder name(Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public Builder preserveDuplicates(@Nullable Output<Boolean> preserveDuplicates) {
            $.preserveDuplicates = preserveDuplicates;
            return this;
        }

        public Builder preserveDuplicates(Boolean preserveDuplicates) {
            return preserveDuplicates(Output.of(preserveDuplicates));
        }

        public RulesetRuleActionParametersRawResponseFieldArgs build() {
            if ($.name == null) {
                throw new MissingRequiredPropertyException("RulesetRuleActionParametersRawResponseFieldArgs", "name");
            }
            return $;
        }
    }

}
