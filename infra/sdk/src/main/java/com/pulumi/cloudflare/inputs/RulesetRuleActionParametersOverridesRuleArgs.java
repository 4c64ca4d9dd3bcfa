// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.Boolean;
import java.lang.Integer;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class RulesetRuleActionParametersOverridesRuleArgs extends com.pulumi.resources.ResourceArgs {

    public static final RulesetRuleActionParametersOverridesRuleArgs Empty = new RulesetRuleActionParametersOverridesRuleArgs();

    @Import(name="action")
    private @Nullable Output<String> action;

    public Optional<Output<String>> action() {
        return Optional.ofNullable(this.action);
    }

    @Import(name="enabled")
    private @Nullable Output<Boolean> enabled;

    public Optional<Output<Boolean>> enabled() {
        return Optional.ofNullable(this.enabled);
    }

    @Import(name="id", required=true)
    private Output<String> id;

    public Output<String> id() {
        return this.id;
    }

    @Import(name="scoreThreshold")
    private @Nullable Output<Integer> scoreThreshold;

    public Optional<Output<Integer>> scoreThreshold() {
        return Optional.ofNullable(this.scoreThreshold);
    }

    /**
     * Available values: &#34;default&#34;, &#34;medium&#34;, &#34;low&#34;, &#34;eoff&#34;.
     * 
     */
    @Import(name="sensitivityLevel")
    private @Nullable Output<String> sensitivityLevel;

    /**
     * @return Available values: &#34;default&#34;, &#34;medium&#34;, &#34;low&#34;, &#34;eoff&#34;.
     * 
     */
    public Optional<Output<String>> sensitivityLevel() {
        return Optional.ofNullable(this.sensitivityLevel);
    }

    private RulesetRuleActionParametersOverridesRuleArgs() {}

    private RulesetRuleActionParametersOverridesRuleArgs(RulesetRuleActionParametersOverridesRuleArgs $) {
        this.action = $.action;
        this.enabled = $.enabled;
        this.id = $.id;
        this.scoreThreshold = $.scoreThreshold;
        this.sensitivityLevel = $.sensitivityLevel;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetRuleActionParametersOverridesRuleArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetRuleActionParametersOverridesRuleArgs $;

        public Builder() {
            $ = new RulesetRuleActionParametersOverridesRuleArgs();
        }

        public Builder(RulesetRuleActionParametersOverridesRuleArgs defaults) {
            $ = new RulesetRuleActionParametersOverridesRuleArgs(Objects.requireNonNull(defaults));
        }

        public Builder action(@Nullable Output<String> action) {
            $.action = action;
            return this;
        }

        public Builder action(String action) {
            return action(Output.of(action));
        }

        public Builder enabled(@Nullable Output<Boolean> enabled) {
            $.enabled = enabled;
            return this;
        }

        public Builder enabled(Boolean enabled) {
            return enabled(Output.of(enabled));
        }

        public Builder id(Output<String> id) {
            $.id = id;
            return this;
        }

        public Builder id(String id) {
            return id(Output.of(id));
        }

        public Builder scoreThreshold(@Nullable Output<Integer> scoreThreshold) {
            $.scoreThreshold = scoreThreshold;
            return this;
        }

        public Builder scoreThreshold(Integer scoreThreshold) {
            return scoreThreshold(Output.of(scoreThreshold));
        }

        /**
         * @param sensitivityLevel Available values: &#34;default&#34;, &#34;medium&#34;, &#34;low&#34;, &#34;eoff&#34;.
         * 
         * @return builder
         * 
         */
        public Builder sensitivityLevel(@Nullable Output<String> sensitivityLevel) {
            $.sensitivityLevel = sensitivityLevel;
            return this;
        }

        /**
         * @param sensitivityLevel Available values: &#34;default&#34;, &#34;medium&#34;, &#34;low&#34;, &#34;eoff&#34;.
         * 
         * @return builder
         * 
         */
        public Builder sensitivityLevel(String sensitivityLevel) {
            return sensitivityLevel(Output.of(sensitivityLevel));
        }

        public RulesetRuleActionParametersOverridesRuleArgs build() {
            if ($.id == null) {
                throw new MissingRequiredPropertyException("RulesetRuleActionParametersOverridesRuleArgs", "id");
            }
            return $;
        }
    }

}
