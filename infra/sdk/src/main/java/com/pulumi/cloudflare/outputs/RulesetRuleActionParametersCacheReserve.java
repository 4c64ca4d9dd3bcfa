// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.Boolean;
import java.lang.Integer;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

@CustomType
public final class RulesetRuleActionParametersCacheReserve {
    private Boolean eligible;
    private @Nullable Integer minimumFileSize;

    private RulesetRuleActionParametersCacheReserve() {}
    public Boolean eligible() {
        return this.eligible;
    }
    public Optional<Integer> minimumFileSize() {
        return Optional.ofNullable(this.minimumFileSize);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRuleActionParametersCacheReserve defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private Boolean eligible;
        private @Nullable Integer minimumFileSize;
        public Builder() {}
        public Builder(RulesetRuleActionParametersCacheReserve defaults) {
            Objects.requireNonNull(defaults);
            this.eligible = defaults.eligible;
            this.minimumFileSize = defaults.minimumFileSize;
        }

        @CustomType.Setter
        public Builder eligible(Boolean eligible) {
            if (eligible == null) {
              throw new MissingRequiredPropertyException("RulesetRuleActionParametersCacheReserve", "eligible");
            }
            this.eligible = eligible;
            return this;
        }
        @CustomType.Setter
        public Builder minimumFileSize(@Nullable Integer minimumFileSize) {
            this.minimumFileSize = minimumFileSize;
            return this;
        }
        public RulesetRuleActionParametersCacheReserve build() {
            final var _resultValue = new RulesetRuleActionParametersCacheReserve();
            _resultValue.eligible = eligible;
            _resultValue.minimumFileSize = minimumFileSize;
            return _resultValue;
        }
    }
}
