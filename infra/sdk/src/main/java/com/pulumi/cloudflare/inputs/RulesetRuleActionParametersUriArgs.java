// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class RulesetRuleActionParametersUriArgs extends com.pulumi.resources.ResourceArgs {

    public static final RulesetRuleActionParametersUriArgs Empty = new RulesetRuleActionParametersUriArgs();

    @Import(name="path")
    private @Nullable Output<RulesetRuleActionParametersUriPathArgs> path;

    public Optional<Output<RulesetRuleActionParametersUriPathArgs>> path() {
        return Optional.ofNullable(this.path);
    }

    @Import(name="query")
    private @Nullable Output<RulesetRuleActionParametersUriQueryArgs> query;

    public Optional<Output<RulesetRuleActionParametersUriQueryArgs>> query() {
        return Optional.ofNullable(this.query);
    }

    private RulesetRuleActionParametersUriArgs() {}

    private RulesetRuleActionParametersUriArgs(RulesetRuleActionParametersUriArgs $) {
        this.path = $.path;
        this.query = $.query;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetRuleActionParametersUriArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetRuleActionParametersUriArgs $;

        public Builder() {
            $ = new RulesetRuleActionParametersUriArgs();
        }

        public Builder(RulesetRuleActionParametersUriArgs defaults) {
            $ = new RulesetRuleActionParametersUriArgs(Objects.requireNonNull(defaults));
        }

        public Builder path(@Nullable Output<RulesetRuleActionParametersUriPathArgs> path) {
            $.path = path;
            return this;
        }

        public Builder path(RulesetRuleActionParametersUriPathArgs path) {
            return path(Output.of(path));
        }

        public Builder query(@Nullable Output<RulesetRuleActionParametersUriQueryArgs> query) {
            $.query = query;
            return this;
        }

        public Builder query(RulesetRuleActionParametersUriQueryArgs query) {
            return query(Output.of(query));
        }

        public RulesetRuleActionParametersUriArgs build() {
            return $;
        }
    }

}
