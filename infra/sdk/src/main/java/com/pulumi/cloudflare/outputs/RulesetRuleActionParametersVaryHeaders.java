// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.String;
import java.util.List;
import java.util.Objects;
import javax.annotation.Nullable;

@CustomType
public final class RulesetRuleActionParametersVaryHeaders {
    /**
     * @return Available values: &#34;bypass&#34;, &#34;passthrough&#34;, &#34;normalize&#34;.
     * 
     */
    private String action;
    private @Nullable List<String> languages;
    private @Nullable List<String> mediaTypes;

    private RulesetRuleActionParametersVaryHeaders() {}
    /**
     * @return Available values: &#34;bypass&#34;, &#34;passthrough&#34;, &#34;normalize&#34;.
     * 
     */
    public String action() {
        return this.action;
    }
    public List<String> languages() {
        return this.languages == null ? List.of() : this.languages;
    }
    public List<String> mediaTypes() {
        return this.mediaTypes == null ? List.of() : this.mediaTypes;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRuleActionParametersVaryHeaders defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private String action;
        private @Nullable List<String> languages;
        private @Nullable List<String> mediaTypes;
        public Builder() {}
        public Builder(RulesetRuleActionParametersVaryHeaders defaults) {
            Objects.requireNonNull(defaults);
            this.action = defaults.action;
            this.languages = defaults.languages;
            this.mediaTypes = defaults.mediaTypes;
        }

        @CustomType.Setter
        public Builder action(String action) {
            if (action == null) {
              throw new MissingRequiredPropertyException("RulesetRuleActionParametersVaryHeaders", "action");
            }
            this.action = action;
            return this;
        }
        @CustomType.Setter
        public Builder languages(@Nullable List<String> languages) {
            this.languages = languages;
            return this;
        }
        public Builder languages(String... languages) {
            return languages(List.of(languages));
        }
        @CustomType.Setter
        public Builder mediaTypes(@Nullable List<String> mediaTypes) {
            this.mediaTypes = mediaTypes;
            return this;
        }
        public Builder mediaTypes(String... mediaTypes) {
            return mediaTypes(List.of(mediaTypes));
        }
        public RulesetRuleActionParametersVaryHeaders build() {
            final var _resultValue = new RulesetRuleActionParametersVaryHeaders();
            _resultValue.action = action;
            _resultValue.languages = languages;
            _resultValue.mediaTypes = mediaTypes;
            return _resultValue;
        }
    }
}
