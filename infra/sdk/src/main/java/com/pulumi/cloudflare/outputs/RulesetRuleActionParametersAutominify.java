// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import java.lang.Boolean;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

@CustomType
public final class RulesetRuleActionParametersAutominify {
    private @Nullable Boolean css;
    private @Nullable Boolean html;
    private @Nullable Boolean js;

    private RulesetRuleActionParametersAutominify() {}
    public Optional<Boolean> css() {
        return Optional.ofNullable(this.css);
    }
    public Optional<Boolean> html() {
        return Optional.ofNullable(this.html);
    }
    public Optional<Boolean> js() {
        return Optional.ofNullable(this.js);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRuleActionParametersAutominify defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private @Nullable Boolean css;
        private @Nullable Boolean html;
        private @Nullable Boolean js;
        public Builder() {}
        public Builder(RulesetRuleActionParametersAutominify defaults) {
            Objects.requireNonNull(defaults);
            this.css = defaults.css;
            this.html = defaults.html;
            this.js = defaults.js;
        }

        @CustomType.Setter
        public Builder css(@Nullable Boolean css) {
            this.css = css;
            return this;
        }
        @CustomType.Setter
        public Builder html(@Nullable Boolean html) {
            this.html = html;
            return this;
        }
        @CustomType.Setter
        public Builder js(@Nullable Boolean js) {
            this.js = js;
            return this;
        }
        public RulesetRuleActionParametersAutominify build() {
            final var _resultValue = new RulesetRuleActionParametersAutominify();
            _resultValue.css = css;
            _resultValue.html = html;
            _resultValue.js = js;
            return _resultValue;
        }
    }
}
