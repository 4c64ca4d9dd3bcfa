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


public final class RulesetRuleActionParametersOriginRangeRequestsArgs extends com.pulumi.resources.ResourceArgs {

    public static final RulesetRuleActionParametersOriginRangeRequestsArgs Empty = new RulesetRuleActionParametersOriginRangeRequestsArgs();

    /**
     * Available values: &#34;on&#34;, &#34;off&#34;, &#34;default&#34;.
     * 
     */
    @Import(name="mode", required=true)
    private Output<String> mode;

    /**
     * @return Available values: &#34;on&#34;, &#34;off&#34;, &#34;default&#34;.
     * 
     */
    public Output<String> mode() {
        return this.mode;
    }

    private RulesetRuleActionParametersOriginRangeRequestsArgs() {}

    private RulesetRuleActionParametersOriginRangeRequestsArgs(RulesetRuleActionParametersOriginRangeRequestsArgs $) {
        this.mode = $.mode;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetRuleActionParametersOriginRangeRequestsArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetRuleActionParametersOriginRangeRequestsArgs $;

        public Builder() {
            $ = new RulesetRuleActionParametersOriginRangeRequestsArgs();
        }

        public Builder(RulesetRuleActionParametersOriginRangeRequestsArgs defaults) {
            $ = new RulesetRuleActionParametersOriginRangeRequestsArgs(Objects.requireNonNull(defaults));
        }

        /**
         * @param mode Available values: &#34;on&#34;, &#34;off&#34;, &#34;default&#34;.
         * 
         * @return builder
         * 
         */
        public Builder mode(Output<String> mode) {
            $.mode = mode;
            return this;
        }

        /**
         * @param mode Available values: &#34;on&#34;, &#34;off&#34;, &#34;default&#34;.
         * 
         * @return builder
         * 
         */
        public Builder mode(String mode) {
            return mode(Output.of(mode));
        }

        public RulesetRuleActionParametersOriginRangeRequestsArgs build() {
            if ($.mode == null) {
                throw new MissingRequiredPropertyException("RulesetRuleActionParametersOriginRangeRequestsArgs", "mode");
            }
            return $;
        }
    }

}
