// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.String;
import java.util.Objects;

@CustomType
public final class RulesetRuleExposedCredentialCheck {
    private String passwordExpression;
    private String usernameExpression;

    private RulesetRuleExposedCredentialCheck() {}
    public String passwordExpression() {
        return this.passwordExpression;
    }
    public String usernameExpression() {
        return this.usernameExpression;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRuleExposedCredentialCheck defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private String passwordExpression;
        private String usernameExpression;
        public Builder() {}
        public Builder(RulesetRuleExposedCredentialCheck defaults) {
            Objects.requireNonNull(defaults);
            this.passwordExpression = defaults.passwordExpression;
            this.usernameExpression = defaults.usernameExpression;
        }

        @CustomType.Setter
        public Builder passwordExpression(String passwordExpression) {
            if (passwordExpression == null) {
              throw new MissingRequiredPropertyException("RulesetRuleExposedCredentialCheck", "passwordExpression");
            }
            this.passwordExpression = passwordExpression;
            return this;
        }
        @CustomType.Setter
        public Builder usernameExpression(String usernameExpression) {
            if (usernameExpression == null) {
              throw new MissingRequiredPropertyException("RulesetRuleExposedCredentialCheck", "usernameExpression");
            }
            this.usernameExpression = usernameExpression;
            return this;
        }
        public RulesetRuleExposedCredentialCheck build() {
            final var _resultValue = new RulesetRuleExposedCredentialCheck();
            _resultValue.passwordExpression = passwordExpression;
            _resultValue.usernameExpression = usernameExpression;
            return _resultValue;
        }
    }
}
