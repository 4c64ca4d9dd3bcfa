// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

@CustomType
public final class RulesetRuleActionParametersUri {
    private @Nullable RulesetRuleActionParametersUriPath path;
    private @Nullable RulesetRuleActionParametersUriQuery query;

    private RulesetRuleActionParametersUri() {}
    public Optional<RulesetRuleActionParametersUriPath> path() {
        return Optional.ofNullable(this.path);
    }
    public Optional<RulesetRuleActionParametersUriQuery> query() {
        return Optional.ofNullable(this.query);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRuleActionParametersUri defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private @Nullable RulesetRuleActionParametersUriPath path;
        private @Nullable RulesetRuleActionParametersUriQuery query;
        public Builder() {}
        public Builder(RulesetRuleActionParametersUri defaults) {
            Objects.requireNonNull(defaults);
            this.path = defaults.path;
            this.query = defaults.query;
        }

        @CustomType.Setter
        public Builder path(@Nullable RulesetRuleActionParametersUriPath path) {
            this.path = path;
            return this;
        }
        @CustomType.Setter
        public Builder query(@Nullable RulesetRuleActionParametersUriQuery query) {
            this.query = query;
            return this;
        }
        public RulesetRuleActionParametersUri build() {
            final var _resultValue = new RulesetRuleActionParametersUri();
            _resultValue.path = path;
            _resultValue.query = query;
            return _resultValue;
        }
    }
}
