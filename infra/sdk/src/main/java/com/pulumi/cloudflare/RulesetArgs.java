// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare;

import com.pulumi.cloudflare.inputs.RulesetRuleArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.String;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class RulesetArgs extends com.pulumi.resources.ResourceArgs {

    public static final RulesetArgs Empty = new RulesetArgs();

    /**
     * The unique ID of the account.
     * 
     */
    @Import(name="accountId")
    private @Nullable Output<String> accountId;

    /**
     * @return The unique ID of the account.
     * 
     */
    public Optional<Output<String>> accountId() {
        return Optional.ofNullable(this.accountId);
    }

    /**
     * An informative description of the ruleset.
     * 
     */
    @Import(name="description")
    private @Nullable Output<String> description;

    /**
     * @return An informative description of the ruleset.
     * 
     */
    public Optional<Output<String>> description() {
        return Optional.ofNullable(this.description);
    }

    /**
     * Available values: &#34;managed&#34;, &#34;custom&#34;, &#34;root&#34;, &#34;zone&#34;.
     * 
     */
    @Import(name="kind", required=true)
    private Output<String> kind;

    /**
     * @return Available values: &#34;managed&#34;, &#34;custom&#34;, &#34;root&#34;, &#34;zone&#34;.
     * 
     */
    public Output<String> kind() {
        return this.kind;
    }

    /**
     * The human-readable name of the ruleset.
     * 
     */
    @Import(name="name", required=true)
    private Output<String> name;

    /**
     * @return The human-readable name of the ruleset.
     * 
     */
    public Output<String> name() {
        return this.name;
    }

    /**
     * Available values: &#34;ddos_l4&#34;, &#34;ddos_l7&#34;, &#34;http_config_settings&#34;, &#34;http_custom_errors&#34;, &#34;http_log_custom_fields&#34;, &#34;http_ratelimit&#34;, &#34;http_request_cache_settings&#34;, &#34;http_request_dynamic_redirect&#34;, &#34;http_request_firewall_custom&#34;, &#34;http_request_firewall_managed&#34;, &#34;http_request_late_transform&#34;, &#34;http_request_origin&#34;, &#34;http_request_redirect&#34;, &#34;http_request_sanitize&#34;, &#34;http_request_sbfm&#34;, &#34;http_request_transform&#34;, &#34;http_response_cache_settings&#34;, &#34;http_response_compression&#34;, &#34;http_response_firewall_managed&#34;, &#34;http_response_headers_transform&#34;, &#34;magic_transit&#34;, &#34;magic_transit_ids_managed&#34;, &#34;magic_transit_managed&#34;, &#34;magic_transit_ratelimit&#34;.
     * 
     */
    @Import(name="phase", required=true)
    private Output<String> phase;

    /**
     * @return Available values: &#34;ddos_l4&#34;, &#34;ddos_l7&#34;, &#34;http_config_settings&#34;, &#34;http_custom_errors&#34;, &#34;http_log_custom_fields&#34;, &#34;http_ratelimit&#34;, &#34;http_request_cache_settings&#34;, &#34;http_request_dynamic_redirect&#34;, &#34;http_request_firewall_custom&#34;, &#34;http_request_firewall_managed&#34;, &#34;http_request_late_transform&#34;, &#34;http_request_origin&#34;, &#34;http_request_redirect&#34;, &#34;http_request_sanitize&#34;, &#34;http_request_sbfm&#34;, &#34;http_request_transform&#34;, &#34;http_response_cache_settings&#34;, &#34;http_response_compression&#34;, &#34;http_response_firewall_managed&#34;, &#34;http_response_headers_transform&#34;, &#34;magic_transit&#34;, &#34;magic_transit_ids_managed&#34;, &#34;magic_transit_managed&#34;, &#34;magic_transit_ratelimit&#34;.
     * 
     */
    public Output<String> phase() {
        return this.phase;
    }

    @Import(name="rules")
    private @Nullable Output<List<RulesetRuleArgs>> rules;

    public Optional<Output<List<RulesetRuleArgs>>> rules() {
        return Optional.ofNullable(this.rules);
    }

    /**
     * The unique ID of the zone.
     * 
     */
    @Import(name="zoneId")
    private @Nullable Output<String> zoneId;

    /**
     * @return The unique ID of the zone.
     * 
     */
    public Optional<Output<String>> zoneId() {
        return Optional.ofNullable(this.zoneId);
    }

    private RulesetArgs() {}

    private RulesetArgs(RulesetArgs $) {
        this.accountId = $.accountId;
        this.description = $.description;
        this.kind = $.kind;
        this.name = $.name;
        this.phase = $.phase;
        this.rules = $.rules;
        this.zoneId = $.zoneId;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetArgs $;

        public Builder() {
            $ = new RulesetArgs();
        }

        public Builder(RulesetArgs defaults) {
            $ = new RulesetArgs(Objects.requireNonNull(defaults));
        }

        /**
         * @param accountId The unique ID of the account.
         * 
         * @return builder
         * 
         */
        public Builder accountId(@Nullable Output<String> accountId) {
            $.accountId = accountId;
            return this;
        }

        /**
         * @param accountId The unique ID of the account.
         * 
         * @return builder
         * 
         */
        public Builder accountId(String accountId) {
            return accountId(Output.of(accountId));
        }

        /**
         * @param description An informative description of the ruleset.
         * 
         * @return builder
         * 
         */
        public Builder description(@Nullable Output<String> description) {
            $.description = description;
            return this;
        }

        /**
         * @param description An informative description of the ruleset.
         * 
         * @return builder
         * 
         */
        public Builder description(String description) {
            return description(Output.of(description));
        }

        /**
         * @param kind Available values: &#34;managed&#34;, &#34;custom&#34;, &#34;root&#34;, &#34;zone&#34;.
         * 
         * @return builder
         * 
         */
        public Builder kind(Output<String> kind) {
            $.kind = kind;
            return this;
        }

        /**
         * @param kind Available values: &#34;managed&#34;, &#34;custom&#34;, &#34;root&#34;, &#34;zone&#34;.
         * 
         * @return builder
         * 
         */
        public Builder kind(String kind) {
            return kind(Output.of(kind));
        }

        /**
         * @param name The human-readable name of the ruleset.
         * 
         * @return builder
         * 
         */
        public Builder name(Output<String> name) {
            $.name = name;
            return this;
        }

        /**
         * @param name The human-readable name of the ruleset.
         * 
         * @return builder
         * 
         */
        public Builder name(String name) {
            return name(Output.of(name));
        }

        /**
         * @param phase Available values: &#34;ddos_l4&#34;, &#34;ddos_l7&#34;, &#34;http_config_settings&#34;, &#34;http_custom_errors&#34;, &#34;http_log_custom_fields&#34;, &#34;http_ratelimit&#34;, &#34;http_request_cache_settings&#34;, &#34;http_request_dynamic_redirect&#34;, &#34;http_request_firewall_custom&#34;, &#34;http_request_firewall_managed&#34;, &#34;http_request_late_transform&#34;, &#34;http_request_origin&#34;, &#34;http_request_redirect&#34;, &#34;http_request_sanitize&#34;, &#34;http_request_sbfm&#34;, &#34;http_request_transform&#34;, &#34;http_response_cache_settings&#34;, &#34;http_response_compression&#34;, &#34;http_response_firewall_managed&#34;, &#34;http_response_headers_transform&#34;, &#34;magic_transit&#34;, &#34;magic_transit_ids_managed&#34;, &#34;magic_transit_managed&#34;, &#34;magic_transit_ratelimit&#34;.
         * 
         * @return builder
         * 
         */
        public Builder phase(Output<String> phase) {
            $.phase = phase;
            return this;
        }

        /**
         * @param phase Available values: &#34;ddos_l4&#34;, &#34;ddos_l7&#34;, &#34;http_config_settings&#34;, &#34;http_custom_errors&#34;, &#34;http_log_custom_fields&#34;, &#34;http_ratelimit&#34;, &#34;http_request_cache_settings&#34;, &#34;http_request_dynamic_redirect&#34;, &#34;http_request_firewall_custom&#34;, &#34;http_request_firewall_managed&#34;, &#34;http_request_late_transform&#34;, &#34;http_request_origin&#34;, &#34;http_request_redirect&#34;, &#34;http_request_sanitize&#34;, &#34;http_request_sbfm&#34;, &#34;http_request_transform&#34;, &#34;http_response_cache_settings&#34;, &#34;http_response_compression&#34;, &#34;http_response_firewall_managed&#34;, &#34;http_response_headers_transform&#34;, &#34;magic_transit&#34;, &#34;magic_transit_ids_managed&#34;, &#34;magic_transit_managed&#34;, &#34;magic_transit_ratelimit&#34;.
         * 
         * @return builder
         * 
         */
        public Builder phase(String phase) {
            return phase(Output.of(phase));
        }

        public Builder rules(@Nullable Output<List<RulesetRuleArgs>> rules) {
            $.rules = rules;
            return this;
        }

        public Builder rules(List<RulesetRuleArgs> rules) {
            return rules(Output.of(rules));
        }

        public Builder rules(RulesetRuleArgs... rules) {
            return rules(List.of(rules));
        }

        /**
         * @param zoneId The unique ID of the zone.
         * 
         * @return builder
         * 
         */
        public Builder zoneId(@Nullable Output<String> zoneId) {
            $.zoneId = zoneId;
            return this;
        }

        /**
         * @param zoneId The unique ID of the zone.
         * 
         * @return builder
         * 
         */
        public Builder zoneId(String zoneId) {
            return zoneId(Output.of(zoneId));
        }

        public RulesetArgs build() {
            if ($.kind == null) {
                throw new MissingRequiredPropertyException("RulesetArgs", "kind");
            }
            if ($.name == null) {
                throw new MissingRequiredPropertyException("RulesetArgs", "name");
            }
            if ($.phase == null) {
                throw new MissingRequiredPropertyException("RulesetArgs", "phase");
            }
            return $;
        }
    }

}
