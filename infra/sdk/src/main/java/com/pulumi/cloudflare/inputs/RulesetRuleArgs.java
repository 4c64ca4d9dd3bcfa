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


public final class RulesetRuleArgs extends com.pulumi.resources.ResourceArgs {

    public static final RulesetRuleArgs Empty = new RulesetRuleArgs();

    /**
     * Available values: &#34;block&#34;, &#34;challenge&#34;, &#34;compress_response&#34;, &#34;ddos_dynamic&#34;, &#34;execute&#34;, &#34;force_connection_close&#34;, &#34;js_challenge&#34;, &#34;log&#34;, &#34;log_custom_field&#34;, &#34;managed_challenge&#34;, &#34;redirect&#34;, &#34;rewrite&#34;, &#34;route&#34;, &#34;score&#34;, &#34;serve_error&#34;, &#34;set_cache_control&#34;, &#34;set_cache_settings&#34;, &#34;set_cache_tags&#34;, &#34;set_config&#34;, &#34;skip&#34;.
     * 
     */
    @Import(name="action", required=true)
    private Output<String> action;

    /**
     * @return Available values: &#34;block&#34;, &#34;challenge&#34;, &#34;compress_response&#34;, &#34;ddos_dynamic&#34;, &#34;execute&#34;, &#34;force_connection_close&#34;, &#34;js_challenge&#34;, &#34;log&#34;, &#34;log_custom_field&#34;, &#34;managed_challenge&#34;, &#34;redirect&#34;, &#34;rewrite&#34;, &#34;route&#34;, &#34;score&#34;, &#34;serve_error&#34;, &#34;set_cache_control&#34;, &#34;set_cache_settings&#34;, &#34;set_cache_tags&#34;, &#34;set_config&#34;, &#34;skip&#34;.
     * 
     */
    public Output<String> action() {
        return this.action;
    }

    @Import(name="actionParameters")
    private @Nullable Output<RulesetRuleActionParametersArgs> actionParameters;

    public Optional<Output<RulesetRuleActionParametersArgs>> actionParameters() {
        return Optional.ofNullable(this.actionParameters);
    }

    @Import(name="description")
    private @Nullable Output<String> description;

    public Optional<Output<String>> description() {
        return Optional.ofNullable(this.description);
    }

    @Import(name="enabled")
    private @Nullable Output<Boolean> enabled;

    public Optional<Output<Boolean>> enabled() {
        return Optional.ofNullable(this.enabled);
    }

    @Import(name="exposedCredentialCheck")
    private @Nullable Output<RulesetRuleExposedCredentialCheckArgs> exposedCredentialCheck;

    public Optional<Output<RulesetRuleExposedCredentialCheckArgs>> exposedCredentialCheck() {
        return Optional.ofNullable(this.exposedCredentialCheck);
    }

    @Import(name="expression", required=true)
    private Output<String> expression;

    public Output<String> expression() {
        return this.expression;
    }

    @Import(name="id")
    private @Nullable Output<String> id;

    public Optional<Output<String>> id() {
        return Optional.ofNullable(this.id);
    }

    @Import(name="logging")
    private @Nullable Output<RulesetRuleLoggingArgs> logging;

    public Optional<Output<RulesetRuleLoggingArgs>> logging() {
        return Optional.ofNullable(this.logging);
    }

    @Import(name="ratelimit")
    private @Nullable Output<RulesetRuleRatelimitArgs> ratelimit;

    public Optional<Output<RulesetRuleRatelimitArgs>> ratelimit() {
        return Optional.ofNullable(this.ratelimit);
    }

    @Import(name="ref")
    private @Nullable Output<String> ref;

    public Optional<Output<String>> ref() {
        return Optional.ofNullable(this.ref);
    }

    private RulesetRuleArgs() {}

    private RulesetRuleArgs(RulesetRuleArgs $) {
        this.action = $.action;
        this.actionParameters = $.actionParameters;
        this.description = $.description;
        this.enabled = $.enabled;
        this.exposedCredentialCheck = $.exposedCredentialCheck;
        this.expression = $.expression;
        this.id = $.id;
        this.logging = $.logging;
        this.ratelimit = $.ratelimit;
        this.ref = $.ref;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetRuleArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetRuleArgs $;

        public Builder() {
            $ = new RulesetRuleArgs();
        }

        public Builder(RulesetRuleArgs defaults) {
            $ = new RulesetRuleArgs(Objects.requireNonNull(defaults));
        }

        /**
         * @param action Available values: &#34;block&#34;, &#34;challenge&#34;, &#34;compress_response&#34;, &#34;ddos_dynamic&#34;, &#34;execute&#34;, &#34;force_connection_close&#34;, &#34;js_challenge&#34;, &#34;log&#34;, &#34;log_custom_field&#34;, &#34;managed_challenge&#34;, &#34;redirect&#34;, &#34;rewrite&#34;, &#34;route&#34;, &#34;score&#34;, &#34;serve_error&#34;, &#34;set_cache_control&#34;, &#34;set_cache_settings&#34;, &#34;set_cache_tags&#34;, &#34;set_config&#34;, &#34;skip&#34;.
         * 
         * @return builder
         * 
         */
        public Builder action(Output<String> action) {
            $.action = action;
            return this;
        }

        /**
         * @param action Available values: &#34;block&#34;, &#34;challenge&#34;, &#34;compress_response&#34;, &#34;ddos_dynamic&#34;, &#34;execute&#34;, &#34;force_connection_close&#34;, &#34;js_challenge&#34;, &#34;log&#34;, &#34;log_custom_field&#34;, &#34;managed_challenge&#34;, &#34;redirect&#34;, &#34;rewrite&#34;, &#34;route&#34;, &#34;score&#34;, &#34;serve_error&#34;, &#34;set_cache_control&#34;, &#34;set_cache_settings&#34;, &#34;set_cache_tags&#34;, &#34;set_config&#34;, &#34;skip&#34;.
         * 
         * @return builder
         * 
         */
        public Builder action(String action) {
            return action(Output.of(action));
        }

        public Builder actionParameters(@Nullable Output<RulesetRuleActionParametersArgs> actionParameters) {
            $.actionParameters = actionParameters;
            return this;
        }

        public Builder actionParameters(RulesetRuleActionParametersArgs actionParameters) {
            return actionParameters(Output.of(actionParameters));
        }

        public Builder description(@Nullable Output<String> description) {
            $.description = description;
            return this;
        }

        public Builder description(String description) {
            return description(Output.of(description));
        }

        public Builder enabled(@Nullable Output<Boolean> enabled) {
            $.enabled = enabled;
            return this;
        }

        public Builder enabled(Boolean enabled) {
            return enabled(Output.of(enabled));
        }

        public Builder exposedCredentialCheck(@Nullable Output<RulesetRuleExposedCredentialCheckArgs> exposedCredentialCheck) {
            $.exposedCredentialCheck = exposedCredentialCheck;
            return this;
        }

        public Builder exposedCredentialCheck(RulesetRuleExposedCredentialCheckArgs exposedCredentialCheck) {
            return exposedCredentialCheck(Output.of(exposedCredentialCheck));
        }

        public Builder expression(Output<String> expression) {
            $.expression = expression;
            return this;
        }

        public Builder expression(String expression) {
            return expression(Output.of(expression));
        }

        public Builder id(@Nullable Output<String> id) {
            $.id = id;
            return this;
        }

        public Builder id(String id) {
            return id(Output.of(id));
        }

        public Builder logging(@Nullable Output<RulesetRuleLoggingArgs> logging) {
            $.logging = logging;
            return this;
        }

        public Builder logging(RulesetRuleLoggingArgs logging) {
            return logging(Output.of(logging));
        }

        public Builder ratelimit(@Nullable Output<RulesetRuleRatelimitArgs> ratelimit) {
            $.ratelimit = ratelimit;
            return this;
        }

        public Builder ratelimit(RulesetRuleRatelimitArgs ratelimit) {
            return ratelimit(Output.of(ratelimit));
        }

        public Builder ref(@Nullable Output<String> ref) {
            $.ref = ref;
            return this;
        }

        public Builder ref(String ref) {
            return ref(Output.of(ref));
        }

        public RulesetRuleArgs build() {
            if ($.action == null) {
                throw new MissingRequiredPropertyException("RulesetRuleArgs", "action");
            }
            if ($.expression == null) {
                throw new MissingRequiredPropertyException("RulesetRuleArgs", "expression");
            }
            return $;
        }
    }

}
