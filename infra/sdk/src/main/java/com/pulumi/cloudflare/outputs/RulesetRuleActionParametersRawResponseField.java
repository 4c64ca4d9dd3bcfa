// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.Boolean;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

@CustomType
public final class RulesetRuleActionParametersRawResponseField {
    private String name;
    private @Nullable Boolean preserveDuplicates;

    private RulesetRuleActionParametersRawResponseField() {}
    public String name() {
        return this.name;
    }
    public Optional<Boolean> preserveDuplicates() {
        return Optional.ofNullable(this.preserveDuplicates);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRuleActionParametersRawResponseField defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private String name;
        private @Nullable Boolean preserveDuplicates;
        public Builder() {}
        public Builder(RulesetRuleActionParametersRawResponseField defaults) {
            Objects.requireNonNull(defaults);
            this.name = defaults.name;
            this.preserveDuplicates = defaults.preserveDuplicates;
        }

        @CustomType.Setter
        public Builder name(String name) {
            if (name == null) {
              throw new MissingRequiredPropertyException("RulesetRuleActionParametersRawResponseField", "name");
            }
            this.name = name;
            return this;
        }
        @CustomType.Setter
        public Builder preserveDuplicates(@Nullable Boolean preserveDuplicates) {
            this.preserveDuplicates = preserveDuplicates;
            return this;
        }
        public RulesetRuleActionParametersRawResponseField build() {
            final var _resultValue = new RulesetRuleActionParametersRawResponseField();
            _resultValue.name = name;
            _resultValue.preserveDuplicates = preserveDuplicates;
            return _resultValue;
        }
    }
}
