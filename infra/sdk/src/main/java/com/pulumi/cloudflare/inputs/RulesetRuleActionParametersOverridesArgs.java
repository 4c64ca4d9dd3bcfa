// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.lang.Boolean;
import java.lang.String;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class RulesetRuleActionParametersOverridesArgs extends com.pulumi.resources.ResourceArgs {

    public static final RulesetRuleActionParametersOverridesArgs Empty = new RulesetRuleActionParametersOverridesArgs();

    @Import(name="action")
    private @Nullable Output<String> action;

    public Optional<Output<String>> action() {
        return Optional.ofNullable(this.action);
    }

    @Import(name="categories")
    private @Nullable Output<List<RulesetRuleActionParametersOverridesCategoryArgs>> categories;

    public Optional<Output<List<RulesetRuleActionParametersOverridesCategoryArgs>>> categories() {
        return Optional.ofNullable(this.categories);
    }

    @Import(name="enabled")
    private @Nullable Output<Boolean> enabled;

    public Optional<Output<Boolean>> enabled() {
        return Optional.ofNullable(this.enabled);
    }

    @Import(name="rules")
    private @Nullable Output<List<RulesetRuleActionParametersOverridesRuleArgs>> rules;

    public Optional<Output<List<RulesetRuleActionParametersOverridesRuleArgs>>> rules() {
        return Optional.ofNullable(this.rules);
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

    private RulesetRuleActionParametersOverridesArgs() {}

    private RulesetRuleActionParametersOverridesArgs(RulesetRuleActionParametersOverridesArgs $) {
        this.action = $.action;
        this.categories = $.categories;
        this.enabled = $.enabled;
        this.rules = $.rules;
        this.sensitivityLevel = $.sensitivityLevel;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetRuleActionParametersOverridesArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetRuleActionParametersOverridesArgs $;

        public Builder() {
            $ = new RulesetRuleActionParametersOverridesArgs();
        }

        public Builder(RulesetRuleActionParametersOverridesArgs defaults) {
            $ = new RulesetRuleActionParametersOverridesArgs(Objects.requireNonNull(defaults));
        }

        public Builder action(@Nullable Output<String> action) {
            $.action = action;
            return this;
        }

        public Builder action(String action) {
            return action(Output.of(action));
        }

        public Builder categories(@Nullable Output<List<RulesetRuleActionParametersOverridesCategoryArgs>> categories) {
            $.categories = categories;
            return this;
        }

        public Builder categories(List<RulesetRuleActionParametersOverridesCategoryArgs> categories) {
            return categories(Output.of(categories));
        }

        public Builder categories(RulesetRuleActionParametersOverridesCategoryArgs... categories) {
            return categories(List.of(categories));
        }

        public Builder enabled(@Nullable Output<Boolean> enabled) {
            $.enabled = enabled;
            return this;
        }

        public Builder enabled(Boolean enabled) {
            return enabled(Output.of(enabled));
        }

        public Builder rules(@Nullable Output<List<RulesetRuleActionParametersOverridesRuleArgs>> rules) {
            $.rules = rules;
            return this;
        }

        public Builder rules(List<RulesetRuleActionParametersOverridesRuleArgs> rules) {
            return rules(Output.of(rules));
        }

        public Builder rules(RulesetRuleActionParametersOverridesRuleArgs... rules) {
            return rules(List.of(rules));
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

        public RulesetRuleActionParametersOverridesArgs build() {
            return $;
        }
    }

}
