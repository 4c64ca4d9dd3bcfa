// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.String;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class RulesetRuleActionParametersVaryArgs extends com.pulumi.resources.ResourceArgs {

    public static final RulesetRuleActionParametersVaryArgs Empty = new RulesetRuleActionParametersVaryArgs();

    @Import(name="default", required=true)
    private Output<RulesetRuleActionParametersVaryDefaultArgs> default_;

    public Output<RulesetRuleActionParametersVaryDefaultArgs> default_() {
        return this.default_;
    }

    @Import(name="headers")
    private @Nullable Output<Map<String,RulesetRuleActionParametersVaryHeadersArgs>> headers;

    public Optional<Output<Map<String,RulesetRuleActionParametersVaryHeadersArgs>>> headers() {
        return Optional.ofNullable(this.headers);
    }

    private RulesetRuleActionParametersVaryArgs() {}

    private RulesetRuleActionParametersVaryArgs(RulesetRuleActionParametersVaryArgs $) {
        this.default_ = $.default_;
        this.headers = $.headers;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetRuleActionParametersVaryArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetRuleActionParametersVaryArgs $;

        public Builder() {
            $ = new RulesetRuleActionParametersVaryArgs();
        }

        public Builder(RulesetRuleActionParametersVaryArgs defaults) {
            $ = new RulesetRuleActionParametersVaryArgs(Objects.requireNonNull(defaults));
        }

        public Builder default_(Output<RulesetRuleActionParametersVaryDefaultArgs> default_) {
            $.default_ = default_;
            return this;
        }

        public Builder default_(RulesetRuleActionParametersVaryDefaultArgs default_) {
            return default_(Output.of(default_));
        }

        public Builder headers(@Nullable Output<Map<String,RulesetRuleActionParametersVaryHeadersArgs>> headers) {
            $.headers = headers;
            return this;
        }

        public Builder headers(Map<String,RulesetRuleActionParametersVaryHeadersArgs> headers) {
            return headers(Output.of(headers));
        }

        public RulesetRuleActionParametersVaryArgs build() {
            if ($.default_ == null) {
                throw new MissingRequiredPropertyException("RulesetRuleActionParametersVaryArgs", "default");
            }
            return $;
        }
    }

}
