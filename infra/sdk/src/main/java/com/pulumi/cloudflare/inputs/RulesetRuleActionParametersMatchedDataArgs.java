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


public final class RulesetRuleActionParametersMatchedDataArgs extends com.pulumi.resources.ResourceArgs {

    public static final RulesetRuleActionParametersMatchedDataArgs Empty = new RulesetRuleActionParametersMatchedDataArgs();

    @Import(name="publicKey", required=true)
    private Output<String> publicKey;

    public Output<String> publicKey() {
        return this.publicKey;
    }

    private RulesetRuleActionParametersMatchedDataArgs() {}

    private RulesetRuleActionParametersMatchedDataArgs(RulesetRuleActionParametersMatchedDataArgs $) {
        this.publicKey = $.publicKey;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetRuleActionParametersMatchedDataArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetRuleActionParametersMatchedDataArgs $;

        public Builder() {
            $ = new RulesetRuleActionParametersMatchedDataArgs();
        }

        public Builder(RulesetRuleActionParametersMatchedDataArgs defaults) {
            $ = new RulesetRuleActionParametersMatchedDataArgs(Objects.requireNonNull(defaults));
        }

        public Builder publicKey(Output<String> publicKey) {
            $.publicKey = publicKey;
            return this;
        }

        public Builder publicKey(String publicKey) {
            return publicKey(Output.of(publicKey));
        }

        public RulesetRuleActionParametersMatchedDataArgs build() {
            if ($.publicKey == null) {
                throw new MissingRequiredPropertyException("RulesetRuleActionParametersMatchedDataArgs", "publicKey");
            }
            return $;
        }
    }

}
