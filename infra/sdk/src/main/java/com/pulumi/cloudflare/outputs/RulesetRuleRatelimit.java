// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.Boolean;
import java.lang.Integer;
import java.lang.String;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

@CustomType
public final class RulesetRuleRatelimit {
    private List<String> characteristics;
    private @Nullable String countingExpression;
    private @Nullable Integer mitigationTimeout;
    private Integer period;
    private @Nullable Integer requestsPerPeriod;
    private @Nullable Boolean requestsToOrigin;
    private @Nullable Integer scorePerPeriod;
    private @Nullable String scoreResponseHeaderName;

    private RulesetRuleRatelimit() {}
    public List<String> characteristics() {
        return this.characteristics;
    }
    public Optional<String> countingExpression() {
        return Optional.ofNullable(this.countingExpression);
    }
    public Optional<Integer> mitigationTimeout() {
        return Optional.ofNullable(this.mitigationTimeout);
    }
    public Integer period() {
        return this.period;
    }
    public Optional<Integer> requestsPerPeriod() {
        return Optional.ofNullable(this.requestsPerPeriod);
    }
    public Optional<Boolean> requestsToOrigin() {
        return Optional.ofNullable(this.requestsToOrigin);
    }
    public Optional<Integer> scorePerPeriod() {
        return Optional.ofNullable(this.scorePerPeriod);
    }
    public Optional<String> scoreResponseHeaderName() {
        return Optional.ofNullable(this.scoreResponseHeaderName);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRuleRatelimit defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private List<String> characteristics;
        private @Nullable String countingExpression;
        private @Nullable Integer mitigationTimeout;
        private Integer period;
        private @Nullable Integer requestsPerPeriod;
        private @Nullable Boolean requestsToOrigin;
        private @Nullable Integer scorePerPeriod;
        private @Nullable String scoreResponseHeaderName;
        public Builder() {}
        public Builder(RulesetRuleRatelimit defaults) {
            Objects.requireNonNull(defaults);
            this.characteristics = defaults.characteristics;
            this.countingExpression = defaults.countingExpression;
            this.mitigationTimeout = defaults.mitigationTimeout;
            this.period = defaults.period;
            this.requestsPerPeriod = defaults.requestsPerPeriod;
            this.requestsToOrigin = defaults.requestsToOrigin;
            this.scorePerPeriod = defaults.scorePerPeriod;
            this.scoreResponseHeaderName = defaults.scoreResponseHeaderName;
        }

        @CustomType.Setter
        public Builder characteristics(List<String> characteristics) {
            if (characteristics == null) {
              throw new MissingRequiredPropertyException("RulesetRuleRatelimit", "characteristics");
            }
            this.characteristics = characteristics;
            return this;
        }
        public Builder characteristics(String... characteristics) {
            return characteristics(List.of(characteristics));
        }
        @CustomType.Setter
        public Builder countingExpression(@Nullable String countingExpression) {
            this.countingExpression = countingExpression;
            return this;
        }
        @CustomType.Setter
        public Builder mitigationTimeout(@Nullable Integer mitigationTimeout) {
            this.mitigationTimeout = mitigationTimeout;
            return this;
        }
        @CustomType.Setter
        public Builder period(Integer period) {
            if (period == null) {
              throw new MissingRequiredPropertyException("RulesetRuleRatelimit", "period");
            }
            this.period = period;
            return this;
        }
        @CustomType.Setter
        public Builder requestsPerPeriod(@Nullable Integer requestsPerPeriod) {
            this.requestsPerPeriod = requestsPerPeriod;
            return this;
        }
        @CustomType.Setter
        public Builder requestsToOrigin(@Nullable Boolean requestsToOrigin) {
            this.requestsToOrigin = requestsToOrigin;
            return this;
        }
        @CustomType.Setter
        public Builder scorePerPeriod(@Nullable Integer scorePerPeriod) {
            this.scorePerPeriod = scorePerPeriod;
            return this;
        }
        @CustomType.Setter
        public Builder scoreResponseHeaderName(@Nullable String scoreResponseHeaderName) {
            this.scoreResponseHeaderName = scoreResponseHeaderName;
            return this;
        }
        public RulesetRuleRatelimit build() {
            final var _resultValue = new RulesetRuleRatelimit();
            _resultValue.characteristics = characteristics;
            _resultValue.countingExpression = countingExpression;
            _resultValue.mitigationTimeout = mitigationTimeout;
            _resultValue.period = period;
            _resultValue.requestsPerPeriod = requestsPerPeriod;
            _resultValue.requestsToOrigin = requestsToOrigin;
            _resultValue.scorePerPeriod = scorePerPeriod;
            _resultValue.scoreResponseHeaderName = scoreResponseHeaderName;
            return _resultValue;
        }
    }
}
