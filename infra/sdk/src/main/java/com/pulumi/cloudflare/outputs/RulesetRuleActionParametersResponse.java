// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.Integer;
import java.lang.String;
import java.util.Objects;

@CustomType
public final class RulesetRuleActionParametersResponse {
    private String content;
    private String contentType;
    private Integer statusCode;

    private RulesetRuleActionParametersResponse() {}
    public String content() {
        return this.content;
    }
    public String contentType() {
        return this.contentType;
    }
    public Integer statusCode() {
        return this.statusCode;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRuleActionParametersResponse defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private String content;
        private String contentType;
        private Integer statusCode;
        public Builder() {}
        public Builder(RulesetRuleActionParametersResponse defaults) {
            Objects.requireNonNull(defaults);
            this.content = defaults.content;
            this.contentType = defaults.contentType;
            this.statusCode = defaults.statusCode;
        }

        @CustomType.Setter
        public Builder content(String content) {
            if (content == null) {
              throw new MissingRequiredPropertyException("RulesetRuleActionParametersResponse", "content");
            }
            this.content = content;
            return this;
        }
        @CustomType.Setter
        public Builder contentType(String contentType) {
            if (contentType == null) {
              throw new MissingRequiredPropertyException("RulesetRuleActionParametersResponse", "contentType");
            }
            this.contentType = contentType;
            return this;
        }
        @CustomType.Setter
        public Builder statusCode(Integer statusCode) {
            if (statusCode == null) {
              throw new MissingRequiredPropertyException("RulesetRuleActionParametersResponse", "statusCode");
            }
            this.statusCode = statusCode;
            return this;
        }
        public RulesetRuleActionParametersResponse build() {
            final var _resultValue = new RulesetRuleActionParametersResponse();
            _resultValue.content = content;
            _resultValue.contentType = contentType;
            _resultValue.statusCode = statusCode;
            return _resultValue;
        }
    }
}
