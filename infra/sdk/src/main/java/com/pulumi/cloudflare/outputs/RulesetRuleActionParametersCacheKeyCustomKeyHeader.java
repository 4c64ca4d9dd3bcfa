// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import java.lang.Boolean;
import java.lang.String;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

@CustomType
public final class RulesetRuleActionParametersCacheKeyCustomKeyHeader {
    private @Nullable List<String> checkPresences;
    private @Nullable Map<String,List<String>> contains;
    private @Nullable Boolean excludeOrigin;
    private @Nullable List<String> includes;

    private RulesetRuleActionParametersCacheKeyCustomKeyHeader() {}
    public List<String> checkPresences() {
        return this.checkPresences == null ? List.of() : this.checkPresences;
    }
    public Map<String,List<String>> contains() {
        return this.contains == null ? Map.of() : this.contains;
    }
    public Optional<Boolean> excludeOrigin() {
        return Optional.ofNullable(this.excludeOrigin);
    }
    public List<String> includes() {
        return this.includes == null ? List.of() : this.includes;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRuleActionParametersCacheKeyCustomKeyHeader defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private @Nullable List<String> checkPresences;
        private @Nullable Map<String,List<String>> contains;
        private @Nullable Boolean excludeOrigin;
        private @Nullable List<String> includes;
        public Builder() {}
        public Builder(RulesetRuleActionParametersCacheKeyCustomKeyHeader defaults) {
            Objects.requireNonNull(defaults);
            this.checkPresences = defaults.checkPresences;
            this.contains = defaults.contains;
            this.excludeOrigin = defaults.excludeOrigin;
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
        public Builder contains(@Nullable Map<String,List<String>> contains) {
            this.contains = contains;
            return this;
        }
        @CustomType.Setter
        public Builder excludeOrigin(@Nullable Boolean excludeOrigin) {
            this.excludeOrigin = excludeOrigin;
            return this;
        }
        @CustomType.Setter
        public Builder includes(@Nullable List<String> includes) {
            this.includes = includes;
            return this;
        }
        public Builder includes(String... includes) {
            return includes(List.of(includes));
        }
        public RulesetRuleActionParametersCacheKeyCustomKeyHeader build() {
            final var _resultValue = new RulesetRuleActionParametersCacheKeyCustomKeyHeader();
            _resultValue.checkPresences = checkPresences;
            _resultValue.contains = contains;
            _resultValue.excludeOrigin = excludeOrigin;
            _resultValue.includes = includes;
            return _resultValue;
        }
    }
}
