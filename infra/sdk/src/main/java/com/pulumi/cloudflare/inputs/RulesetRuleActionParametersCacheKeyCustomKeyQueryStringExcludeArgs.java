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


public final class RulesetRuleActionParametersCacheKeyCustomKeyQueryStringExcludeArgs extends com.pulumi.resources.ResourceArgs {

    public static final RulesetRuleActionParametersCacheKeyCustomKeyQueryStringExcludeArgs Empty = new RulesetRuleActionParametersCacheKeyCustomKeyQueryStringExcludeArgs();

    @Import(name="all")
    private @Nullable Output<Boolean> all;

    public Optional<Output<Boolean>> all() {
        return Optional.ofNullable(this.all);
    }

    @Import(name="lists")
    private @Nullable Output<List<String>> lists;

    public Optional<Output<List<String>>> lists() {
        return Optional.ofNullable(this.lists);
    }

    private RulesetRuleActionParametersCacheKeyCustomKeyQueryStringExcludeArgs() {}

    private RulesetRuleActionParametersCacheKeyCustomKeyQueryStringExcludeArgs(RulesetRuleActionParametersCacheKeyCustomKeyQueryStringExcludeArgs $) {
        this.all = $.all;
        this.lists = $.lists;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetRuleActionParametersCacheKeyCustomKeyQueryStringExcludeArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetRuleActionParametersCacheKeyCustomKeyQueryStringExcludeArgs $;

        public Builder() {
            $ = new RulesetRuleActionParametersCacheKeyCustomKeyQueryStringExcludeArgs();
        }

        public Builder(RulesetRuleActionParametersCacheKeyCustomKeyQueryStringExcludeArgs defaults) {
            $ = new RulesetRuleActionParametersCacheKeyCustomKeyQueryStringExcludeArgs(Objects.requireNonNull(defaults));
        }

        public Builder all(@Nullable Output<Boolean> all) {
            $.all = all;
            return this;
        }

        public Builder all(Boolean all) {
            return all(Output.of(all));
        }

        public Builder lists(@Nullable Output<List<String>> lists) {
            $.lists = lists;
            return this;
        }

        public Builder lists(List<String> lists) {
            return lists(Output.of(lists));
        }

        public Builder lists(String... lists) {
            return lists(List.of(lists));
        }

        public RulesetRuleActionParametersCacheKeyCustomKeyQueryStringExcludeArgs build() {
            return $;
        }
    }

}
