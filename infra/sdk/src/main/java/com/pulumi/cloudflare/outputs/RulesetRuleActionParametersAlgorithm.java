// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

@CustomType
public final class RulesetRuleActionParametersAlgorithm {
    /**
     * @return Available values: &#34;none&#34;, &#34;auto&#34;, &#34;default&#34;, &#34;gzip&#34;, &#34;brotli&#34;, &#34;zstd&#34;.
     * 
     */
    private @Nullable String name;

    private RulesetRuleActionParametersAlgorithm() {}
    /**
     * @return Available values: &#34;none&#34;, &#34;auto&#34;, &#34;default&#34;, &#34;gzip&#34;, &#34;brotli&#34;, &#34;zstd&#34;.
     * 
     */
    public Optional<String> name() {
        return Optional.ofNullable(this.name);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRuleActionParametersAlgorithm defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private @Nullable String name;
        public Builder() {}
        public Builder(RulesetRuleActionParametersAlgorithm defaults) {
            Objects.requireNonNull(defaults);
            this.name = defaults.name;
        }

        @CustomType.Setter
        public Builder name(@Nullable String name) {
            this.name = name;
            return this;
        }
        public RulesetRuleActionParametersAlgorithm build() {
            final var _resultValue = new RulesetRuleActionParametersAlgorithm();
            _resultValue.name = name;
            return _resultValue;
        }
    }
}
