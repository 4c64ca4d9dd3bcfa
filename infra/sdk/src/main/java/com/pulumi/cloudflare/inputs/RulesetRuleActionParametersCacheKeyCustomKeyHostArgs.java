// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.lang.Boolean;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class RulesetRuleActionParametersCacheKeyCustomKeyHostArgs extends com.pulumi.resources.ResourceArgs {

    public static final RulesetRuleActionParametersCacheKeyCustomKeyHostArgs Empty = new RulesetRuleActionParametersCacheKeyCustomKeyHostArgs();

    @Import(name="resolved")
    private @Nullable Output<Boolean> resolved;

    public Optional<Output<Boolean>> resolved() {
        return Optional.ofNullable(this.resolved);
    }

    private RulesetRuleActionParametersCacheKeyCustomKeyHostArgs() {}

    private RulesetRuleActionParametersCacheKeyCustomKeyHostArgs(RulesetRuleActionParametersCacheKeyCustomKeyHostArgs $) {
        this.resolved = $.resolved;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetRuleActionParametersCacheKeyCustomKeyHostArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetRuleActionParametersCacheKeyCustomKeyHostArgs $;

        public Builder() {
            $ = new RulesetRuleActionParametersCacheKeyCustomKeyHostArgs();
        }

        public Builder(RulesetRuleActionParametersCacheKeyCustomKeyHostArgs defaults) {
            $ = new RulesetRuleActionParametersCacheKeyCustomKeyHostArgs(Objects.requireNonNull(defaults));
        }

        public Builder resolved(@Nullable Output<Boolean> resolved) {
            $.resolved = resolved;
            return this;
        }

        public Builder resolved(Boolean resolved) {
            return resolved(Output.of(resolved));
        }

        public RulesetRuleActionParametersCacheKeyCustomKeyHostArgs build() {
            return $;
        }
    }

}
