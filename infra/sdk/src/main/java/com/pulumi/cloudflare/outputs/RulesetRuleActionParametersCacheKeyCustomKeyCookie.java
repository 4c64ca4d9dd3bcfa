// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import java.lang.String;
import java.util.List;
import java.util.Objects;
import javax.annotation.Nullable;

@CustomType
public final class RulesetRuleActionParametersCacheKeyCustomKeyCookie {
    private @Nullable List<String> checkPresences;
    private @Nullable List<String> includes;

    private RulesetRuleActionParametersCacheKeyCustomKeyCookie() {}
    public List<String> checkPresences() {
        return this.checkPresences == null ? List.of() : this.checkPresences;
    }
    public List<String> includes() {
        return this.includes == null ? List.of() : this.includes;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRuleActionParametersCacheKeyCustomKeyCookie defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private @Nullable List<String> checkPresences;
        private @Nullable List<String> includes;
        public Builder() {}
        public Builder(RulesetRuleActionParametersCacheKeyCustomKeyCookie defaults) {
            Objects.requireNonNull(defaults);
            this.checkPresences = defaults.checkPresences;
            this.includes = defaults.includes;
        }

        @CustomType.Setter
        public Builder checkPresences(@Nullable List<String> checkPresences) {
            this.checkPresences = checkPresences;
            return this;
        }
        public Builder checkPresences(String... checkPresences) {
            return checkPresences(List.of(checkPresences));
        }
        @CustomType.Setter
        public Builder includes(@Nullable List<String> includes) {
            this.includes = includes;
            return this;
        }
        public Builder includes(String... includes) {
            return includes(List.of(includes));
        }
        public RulesetRuleActionParametersCacheKeyCustomKeyCookie build() {
            final var _resultValue = new RulesetRuleActionParametersCacheKeyCustomKeyCookie();
            _resultValue.checkPresences = checkPresences;
            _resultValue.includes = includes;
            return _resultValue;
        }
    }
}
