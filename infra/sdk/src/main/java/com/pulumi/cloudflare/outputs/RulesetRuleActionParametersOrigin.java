// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import java.lang.Integer;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

@CustomType
public final class RulesetRuleActionParametersOrigin {
    private @Nullable String host;
    private @Nullable Integer port;

    private RulesetRuleActionParametersOrigin() {}
    public Optional<String> host() {
        return Optional.ofNullable(this.host);
    }
    public Optional<Integer> port() {
        return Optional.ofNullable(this.port);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRuleActionParametersOrigin defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private @Nullable String host;
        private @Nullable Integer port;
        public Builder() {}
        public Builder(RulesetRuleActionParametersOrigin defaults) {
            Objects.requireNonNull(defaults);
            this.host = defaults.host;
            this.port = defaults.port;
        }

        @CustomType.Setter
        public Builder host(@Nullable String host) {
            this.host = host;
            return this;
        }
        @CustomType.Setter
        public Builder port(@Nullable Integer port) {
            this.port = port;
            return this;
        }
        public RulesetRuleActionParametersOrigin build() {
            final var _resultValue = new RulesetRuleActionParametersOrigin();
            _resultValue.host = host;
            _resultValue.port = port;
            return _resultValue;
        }
    }
}
