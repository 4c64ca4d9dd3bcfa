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


public final class RulesetRuleActionParametersOverridesCategoryArgs extends com.pulumi.resources.ResourceArgs {

    public static final RulesetRuleActionParametersOverridesCategoryArgs Empty = new RulesetRuleActionParametersOverridesCategoryArgs();

    @Import(name="action")
    private @Nullable Output<String> action;

    public Optional<Output<String>> action() {
        return Optional.ofNullable(this.action);
    }

    @Import(name="category", required=true)
    private Output<String> category;

    public Output<String> category() {
        return this.category;
    }

    @Import(name="enabled")
    private @Nullable Output<Boolean> enabled;

    public Optional<Output<Boolean>> enabled() {
        return Optional.ofNullable(this.enabled);
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

    private RulesetRuleActionParametersOverridesCategoryArgs() {}

    private RulesetRuleActionParametersOverridesCategoryArgs(RulesetRuleActionParametersOverridesCategoryArgs $) {
        this.action = $.action;
        this.category = $.category;
        this.enabled = $.enabled;
        this.sensitivityLevel = $.sensitivityLevel;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetRuleActionParametersOverridesCategoryArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetRuleActionParametersOverridesCategoryArgs $;

        public Builder() {
            $ = new RulesetRuleActionParametersOverridesCategoryArgs();
        }

        public Builder(RulesetRuleActionParametersOverridesCategoryArgs defaults) {
            $ = new RulesetRuleActionParametersOverridesCategoryArgs(Objects.requireNonNull(defaults));
        }

        public Builder action(@Nullable Output<String> action) {
            $.action = action;
            return this;
        }

        public Builder action(String action) {
            return action(Output.of(action));
        }

        public Builder category(Output<String> category) {
            $.category = category;
            return this;
        }

        public Builder category(String category) {
            return category(Output.of(category));
        }

        public Builder enabled(@Nullable Output<Boolean> enabled) {
            $.enabled = enabled;
            return this;
        }

        public Builder enabled(Boolean enabled) {
            return enabled(Output.of(enabled));
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

        public RulesetRuleActionParametersOverridesCategoryArgs build() {
            if ($.category == null) {
                throw new MissingRequiredPropertyException("RulesetRuleActionParametersOverridesCategoryArgs", "category");
            }
            return $;
        }
    }

}
