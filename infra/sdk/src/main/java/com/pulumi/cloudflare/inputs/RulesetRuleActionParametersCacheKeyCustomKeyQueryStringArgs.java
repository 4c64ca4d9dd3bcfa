// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class RulesetRuleActionParametersCacheKeyCustomKeyQueryStringArgs extends com.pulumi.resources.ResourceArgs {

    public static final RulesetRuleActionParametersCacheKeyCustomKeyQueryStringArgs Empty = new RulesetRuleActionParametersCacheKeyCustomKeyQueryStringArgs();

    @Import(name="exclude")
    private @Nullable Output<RulesetRuleActionParametersCacheKeyCustomKeyQueryStringExcludeArgs> exclude;

    public Optional<Output<RulesetRuleActionParametersCacheKeyCustomKeyQueryStringExcludeArgs>> exclude() {
        return Optional.ofNullable(this.exclude);
    }

    @Import(name="include")
    private @Nullable Output<RulesetRuleActionParametersCacheKeyCustomKeyQueryStringIncludeArgs> include;

    public Optional<Output<RulesetRuleActionParametersCacheKeyCustomKeyQueryStringIncludeArgs>> include() {
        return Optional.ofNullable(this.include);
    }

    private RulesetRuleActionParametersCacheKeyCustomKeyQueryStringArgs() {}

    private RulesetRuleActionParametersCacheKeyCustomKeyQueryStringArgs(RulesetRuleActionParametersCacheKeyCustomKeyQueryStringArgs $) {
        this.exclude = $.exclude;
        this.include = $.include;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetRuleActionParametersCacheKeyCustomKeyQueryStringArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetRuleActionParametersCacheKeyCustomKeyQueryStringArgs $;

        public Builder() {
            $ = new RulesetRuleActionParametersCacheKeyCustomKeyQueryStringArgs();
        }

        public Builder(RulesetRuleActionParametersCacheKeyCustomKeyQueryStringArgs defaults) {
            $ = new RulesetRuleActionParametersCacheKeyCustomKeyQueryStringArgs(Objects.requireNonNull(defaults));
        }

        public Builder exclude(@Nullable Output<RulesetRuleActionParametersCacheKeyCustomKeyQueryStringExcludeArgs> exclude) {
            $.exclude = exclude;
            return this;
        }

        public Builder exclude(RulesetRuleActionParametersCacheKeyCustomKeyQueryStringExcludeArgs exclude) {
            return exclude(Output.of(exclude));
        }

        public Builder include(@Nullable Output<RulesetRuleActionParametersCacheKeyCustomKeyQueryStringIncludeArgs> include) {
            $.include = include;
            return this;
        }

        public Builder include(RulesetRuleActionParametersCacheKeyCustomKeyQueryStringIncludeArgs include) {
            return include(Output.of(include));
        }

        public RulesetRuleActionParametersCacheKeyCustomKeyQueryStringArgs build() {
            return $;
        }
    }

}
