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
public final class RulesetRuleActionParametersCacheKeyCustomKeyQueryStringExclude {
    private @Nullable Boolean all;
    private @Nullable List<String> lists;

    private RulesetRuleActionParametersCacheKeyCustomKeyQueryStringExclude() {}
    public Optional<Boolean> all() {
        return Optional.ofNullable(this.all);
    }
    public List<String> lists() {
        return this.lists == null ? List.of() : this.lists;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRuleActionParametersCacheKeyCustomKeyQueryStringExclude defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private @Nullable Boolean all;
        private @Nullable List<String> lists;
        public Builder() {}
        public Builder(RulesetRuleActionParametersCacheKeyCustomKeyQueryStringExclude defaults) {
            Objects.requireNonNull(defaults);
            this.all = defaults.all;
            this.lists = defaults.lists;
        }

        @CustomType.Setter
        public Builder all(@Nullable Boolean all) {
            this.all = all;
            return this;
        }
        @CustomType.Setter
        public Builder lists(@Nullable List<String> lists) {
            this.lists = lists;
            return this;
        }
        public Builder lists(String... lists) {
            return lists(List.of(lists));
        }
        public RulesetRuleActionParametersCacheKeyCustomKeyQueryStringExclude build() {
            final var _resultValue = new RulesetRuleActionParametersCacheKeyCustomKeyQueryStringExclude();
            _resultValue.all = all;
            _resultValue.lists = lists;
            return _resultValue;
        }
    }
}
