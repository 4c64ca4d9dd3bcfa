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


public final class RulesetRuleActionParametersVaryDefaultArgs extends com.pulumi.resources.ResourceArgs {

    public static final RulesetRuleActionParametersVaryDefaultArgs Empty = new RulesetRuleActionParametersVaryDefaultArgs();

    /**
     * Available values: &#34;bypass&#34;, &#34;passthrough&#34;, &#34;normalize&#34;.
     * 
     */
    @Import(name="action", required=true)
    private Output<String> action;

    /**
     * @return Available values: &#34;bypass&#34;, &#34;passthrough&#34;, &#34;normalize&#34;.
     * 
     */
    public Output<String> action() {
        return this.action;
    }

    private RulesetRuleActionParametersVaryDefaultArgs() {}

    private RulesetRuleActionParametersVaryDefaultArgs(RulesetRuleActionParametersVaryDefaultArgs $) {
        this.action = $.action;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetRuleActionParametersVaryDefaultArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetRuleActionParametersVaryDefaultArgs $;

        public Builder() {
            $ = new RulesetRuleActionParametersVaryDefaultArgs();
        }

        public Builder(RulesetRuleActionParametersVaryDefaultArgs defaults) {
            $ = new RulesetRuleActionParametersVaryDefaultArgs(Objects.requireNonNull(defaults));
        }

        /**
         * @param action Available values: &#34;bypass&#34;, &#34;passthrough&#34;, &#34;normalize&#34;.
         * 
         * @return builder
         * 
         */
        public Builder action(Output<String> action) {
            $.action = action;
            return this;
        }

        /**
         * @param action Available values: &#34;bypass&#34;, &#34;passthrough&#34;, &#34;normalize&#34;.
         * 
         * @return builder
         * 
         */
        public Builder action(String action) {
            return action(Output.of(action));
        }

        public RulesetRuleActionParametersVaryDefaultArgs build() {
            if ($.action == null) {
                throw new MissingRequiredPropertyException("RulesetRuleActionParametersVaryDefaultArgs", "action");
            }
            return $;
        }
    }

}
