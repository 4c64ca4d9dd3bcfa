// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.Boolean;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

@CustomType
public final class RulesetRule {
    /**
     * @return Available values: &#34;block&#34;, &#34;challenge&#34;, &#34;compress_response&#34;, &#34;ddos_dynamic&#34;, &#34;execute&#34;, &#34;force_connection_close&#34;, &#34;js_challenge&#34;, &#34;log&#34;, &#34;log_custom_field&#34;, &#34;managed_challenge&#34;, &#34;redirect&#34;, &#34;rewrite&#34;, &#34;route&#34;, &#34;score&#34;, &#34;serve_error&#34;, &#34;set_cache_control&#34;, &#34;set_cache_settings&#34;, &#34;set_cache_tags&#34;, &#34;set_config&#34;, &#34;skip&#34;.
     * 
     */
    private String action;
    private @Nullable RulesetRuleActionParameters actionParameters;
    private @Nullable String description;
    private @Nullable Boolean enabled;
    private @Nullable RulesetRuleExposedCredentialCheck exposedCredentialCheck;
    private String expression;
    private @Nullable String id;
    private @Nullable RulesetRuleLogging logging;
    private @Nullable RulesetRuleRatelimit ratelimit;
    private @Nullable String ref;

    private RulesetRule() {}
    /**
     * @return Available values: &#34;block&#34;, &#34;challenge&#34;, &#34;compress_response&#34;, &#34;ddos_dynamic&#34;, &#34;execute&#34;, &#34;force_connection_close&#34;, &#34;js_challenge&#34;, &#34;log&#34;, &#34;log_custom_field&#34;, &#34;managed_challenge&#34;, &#34;redirect&#34;, &#34;rewrite&#34;, &#34;route&#34;, &#34;score&#34;, &#34;serve_error&#34;, &#34;set_cache_control&#34;, &#34;set_cache_settings&#34;, &#34;set_cache_tags&#34;, &#34;set_config&#34;, &#34;skip&#34;.
     * 
     */
    public String action() {
        return this.action;
    }
    public Optional<RulesetRuleActionParameters> actionParameters() {
        return Optional.ofNullable(this.actionParameters);
    }
    public Optional<String> description() {
        return Optional.ofNullable(this.description);
    }
    public Optional<Boolean> enabled() {
        return Optional.ofNullable(this.enabled);
    }
    public Optional<RulesetRuleExposedCredentialCheck> exposedCredentialCheck() {
        return Optional.ofNullable(this.exposedCredentialCheck);
    }
    public String expression() {
        return this.expression;
    }
    public Optional<String> id() {
        return Optional.ofNullable(this.id);
    }
    public Optional<RulesetRuleLogging> logging() {
        return Optional.ofNullable(this.logging);
    }
    public Optional<RulesetRuleRatelimit> ratelimit() {
        return Optional.ofNullable(this.ratelimit);
    }
    public Optional<String> ref() {
        return Optional.ofNullable(this.ref);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRule defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private String action;
        private @Nullable RulesetRuleActionParameters actionParameters;
        private @Nullable String description;
        private @Nullable Boolean enabled;
        private @Nullable RulesetRuleExposedCredentialCheck exposedCredentialCheck;
        private String expression;
        private @Nullable String id;
        private @Nullable RulesetRuleLogging logging;
        private @Nullable RulesetRuleRatelimit ratelimit;
        private @Nullable String ref;
        public Builder() {}
        public Builder(RulesetRule defaults) {
            Objects.requireNonNull(defaults);
            this.action = defaults.action;
            this.actionParameters = defaults.actionParameters;
            this.description = defaults.description;
            this.enabled = defaults.enabled;
            this.exposedCredentialCheck = defaults.exposedCredentialCheck;
            this.expression = defaults.expression;
            this.id = defaults.id;
            this.logging = defaults.logging;
            this.ratelimit = defaults.ratelimit;
            this.ref = defaults.ref;
        }

        @CustomType.Setter
        public Builder action(String action) {
            if (action == null) {
              throw new MissingRequiredPropertyException("RulesetRule", "action");
            }
            this.action = action;
            return this;
        }
        @CustomType.Setter
        public Builder actionParameters(@Nullable RulesetRuleActionParameters actionParameters) {
            this.actionParameters = actionParameters;
            return this;
        }
        @CustomType.Setter
        public Builder description(@Nullable String description) {
            this.description = description;
            return this;
        }
        @CustomType.Setter
        public Builder enabled(@Nullable Boolean enabled) {
            this.enabled = enabled;
            return this;
        }
        @CustomType.Setter
        public Builder exposedCredentialCheck(@Nullable RulesetRuleExposedCredentialCheck exposedCredentialCheck) {
            this.exposedCredentialCheck = exposedCredentialCheck;
            return this;
        }
        @CustomType.Setter
        public Builder expression(String expression) {
            if (expression == null) {
              throw new MissingRequiredPropertyException("RulesetRule", "expression");
            }
            this.expression = expression;
            return this;
        }
        @CustomType.Setter
        public Builder id(@Nullable String id) {
            this.id = id;
            return this;
        }
        @CustomType.Setter
        public Builder logging(@Nullable RulesetRuleLogging logging) {
            this.logging = logging;
            return this;
        }
        @CustomType.Setter
        public Builder ratelimit(@Nullable RulesetRuleRatelimit ratelimit) {
            this.ratelimit = ratelimit;
            return this;
        }
        @CustomType.Setter
        public Builder ref(@Nullable String ref) {
            this.ref = ref;
            return this;
        }
        public RulesetRule build() {
            final var _resultValue = new RulesetRule();
            _resultValue.action = action;
            _resultValue.actionParameters = actionParameters;
            _resultValue.description = description;
            _resultValue.enabled = enabled;
            _resultValue.exposedCredentialCheck = exposedCredentialCheck;
            _resultValue.expression = expression;
            _resultValue.id = id;
            _resultValue.logging = logging;
            _resultValue.ratelimit = ratelimit;
            _resultValue.ref = ref;
            return _resultValue;
        }
    }
}
