// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import java.lang.Boolean;
import java.lang.String;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

@CustomType
public final class RulesetRuleActionParametersOverrides {
    private @Nullable String action;
    private @Nullable List<RulesetRuleActionParametersOverridesCategory> categories;
    private @Nullable Boolean enabled;
    private @Nullable List<RulesetRuleActionParametersOverridesRule> rules;
    /**
     * @return Available values: &#34;default&#34;, &#34;medium&#34;, &#34;low&#34;, &#34;eoff&#34;.
     * 
     */
    private @Nullable String sensitivityLevel;

    private RulesetRuleActionParametersOverrides() {}
    public Optional<String> action() {
        return Optional.ofNullable(this.action);
    }
    public List<RulesetRuleActionParametersOverridesCategory> categories() {
        return this.categories == null ? List.of() : this.categories;
    }
    public Optional<Boolean> enabled() {
        return Optional.ofNullable(this.enabled);
    }
    public List<RulesetRuleActionParametersOverridesRule> rules() {
        return this.rules == null ? List.of() : this.rules;
    }
    /**
     * @return Available values: &#34;default&#34;, &#34;medium&#34;, &#34;low&#34;, &#34;eoff&#34;.
     * 
     */
    public Optional<String> sensitivityLevel() {
        return Optional.ofNullable(this.sensitivityLevel);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRuleActionParametersOverrides defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private @Nullable String action;
        private @Nullable List<RulesetRuleActionParametersOverridesCategory> categories;
        private @Nullable Boolean enabled;
        private @Nullable List<RulesetRuleActionParametersOverridesRule> rules;
        private @Nullable String sensitivityLevel;
        public Builder() {}
        public Builder(RulesetRuleActionParametersOverrides defaults) {
            Objects.requireNonNull(defaults);
            this.action = defaults.action;
            this.categories = defaults.categories;
            this.enabled = defaults.enabled;
            this.rules = defaults.rules;
            this.sensitivityLevel = defaults.sensitivityLevel;
        }

        @CustomType.Setter
        public Builder action(@Nullable String action) {
            this.action = action;
            return this;
        }
        @CustomType.Setter
        public Builder categories(@Nullable List<RulesetRuleActionParametersOverridesCategory> categories) {
            this.categories = categories;
            return this;
        }
        public Builder categories(RulesetRuleActionParametersOverridesCategory... categories) {
            return categories(List.of(categories));
        }
        @CustomType.Setter
        public Builder enabled(@Nullable Boolean enabled) {
            this.enabled = enabled;
            return this;
        }
        @CustomType.Setter
        public Builder rules(@Nullable List<RulesetRuleActionParametersOverridesRule> rules) {
            this.rules = rules;
            return this;
        }
        public Builder rules(RulesetRuleActionParametersOverridesRule... rules) {
            return rules(List.of(rules));
        }
        @CustomType.Setter
        public Builder sensitivityLevel(@Nullable String sensitivityLevel) {
            this.sensitivityLevel = sensitivityLevel;
            return this;
        }
        public RulesetRuleActionParametersOverrides build() {
            final var _resultValue = new RulesetRuleActionParametersOverrides();
            _resultValue.action = action;
            _resultValue.categories = categories;
            _resultValue.enabled = enabled;
            _resultValue.rules = rules;
            _resultValue.sensitivityLevel = sensitivityLevel;
            return _resultValue;
        }
    }
}
