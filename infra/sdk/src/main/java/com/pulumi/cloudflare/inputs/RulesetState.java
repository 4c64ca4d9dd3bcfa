// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.lang.String;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class RulesetState extends com.pulumi.resources.ResourceArgs {

    public static final RulesetState Empty = new RulesetState();

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

    @Import(name="kind")
    private @Nullable Output<String> kind;

    public Optional<Output<String>> kind() {
        return Optional.ofNullable(this.kind);
    }

    /**
     * The timestamp of when the ruleset was last modified.
     * 
     */
    @Import(name="lastUpdated")
    private @Nullable Output<String> lastUpdated;

    /**
     * @return The timestamp of when the ruleset was last modified.
     * 
     */
    public Optional<Output<String>> lastUpdated() {
        return Optional.ofNullable(this.lastUpdated);
    }

    /**
     * The human-readable name of the ruleset.
     * 
     */
    @Import(name="name")
    private @Nullable Output<String> name;

    /**
     * @return The human-readable name of the ruleset.
     * 
     */
    public Optional<Output<String>> name() {
        return Optional.ofNullable(this.name);
    }

    @Import(name="phase")
    private @Nullable Output<String> phase;

    public Optional<Output<String>> phase() {
        return Optional.ofNullable(this.phase);
    }

    @Import(name="rules")
    private @Nullable Output<List<RulesetRuleArgs>> rules;

    public Optional<Output<List<RulesetRuleArgs>>> rules() {
        return Optional.ofNullable(this.rules);
    }

    /**
     * The version of the ruleset.
     * 
     */
    @Import(name="version")
    private @Nullable Output<String> version;

    /**
     * @return The version of the ruleset.
     * 
     */
    public Optional<Output<String>> version() {
        return Optional.ofNullable(this.version);
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

    private RulesetState() {}

    private RulesetState(RulesetState $) {
        this.accountId = $.accountId;
        this.description = $.description;
        this.kind = $.kind;
        this.lastUpdated = $.lastUpdated;
        this.name = $.name;
        this.phase = $.phase;
        this.rules = $.rules;
        this.version = $.version;
        this.zoneId = $.zoneId;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetState defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetState $;

        public Builder() {
            $ = new RulesetState();
        }

        public Builder(RulesetState defaults) {
            $ = new RulesetState(Objects.requireNonNull(defaults));
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

        public Builder kind(@Nullable Output<String> kind) {
            $.kind = kind;
            return this;
        }

        public Builder kind(String kind) {
            return kind(Output.of(kind));
        }

        /**
         * @param lastUpdated The timestamp of when the ruleset was last modified.
         * 
         * @return builder
         * 
         */
        public Builder lastUpdated(@Nullable Output<String> lastUpdated) {
            $.lastUpdated = lastUpdated;
            return this;
        }

        /**
         * @param lastUpdated The timestamp of when the ruleset was last modified.
         * 
         * @return builder
         * 
         */
        public Builder lastUpdated(String lastUpdated) {
            return lastUpdated(Output.of(lastUpdated));
        }

        /**
         * @param name The human-readable name of the ruleset.
         * 
         * @return builder
         * 
         */
        public Builder name(@Nullable Output<String> name) {
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

        public Builder phase(@Nullable Output<String> phase) {
            $.phase = phase;
            return this;
        }

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
         * @param version The version of the ruleset.
         * 
         * @return builder
         * 
         */
        public Builder version(@Nullable Output<String> version) {
            $.version = version;
            return this;
        }

        /**
         * @param version The version of the ruleset.
         * 
         * @return builder
         * 
         */
        public Builder version(String version) {
            return version(Output.of(version));
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

        public RulesetState build() {
            return $;
        }
    }

}
