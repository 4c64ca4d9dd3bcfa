// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.Boolean;
import java.lang.Integer;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class RulesetRuleActionParametersFromValueArgs extends com.pulumi.resources.ResourceArgs {

    public static final RulesetRuleActionParametersFromValueArgs Empty = new RulesetRuleActionParametersFromValueArgs();

    @Import(name="preserveQueryString")
    private @Nullable Output<Boolean> preserveQueryString;

    public Optional<Output<Boolean>> preserveQueryString() {
        return Optional.ofNullable(this.preserveQueryString);
    }

    @Import(name="statusCode")
    private @Nullable Output<Integer> statusCode;

    public Optional<Output<Integer>> statusCode() {
        return Optional.ofNullable(this.statusCode);
    }

    @Import(name="targetUrl", required=true)
    private Output<RulesetRuleActionParametersFromValueTargetUrlArgs> targetUrl;

    public Output<RulesetRuleActionParametersFromValueTargetUrlArgs> targetUrl() {
        return this.targetUrl;
    }

    private RulesetRuleActionParametersFromValueArgs() {}

    private RulesetRuleActionParametersFromValueArgs(RulesetRuleActionParametersFromValueArgs $) {
        this.preserveQueryString = $.preserveQueryString;
        this.statusCode = $.statusCode;
        this.targetUrl = $.targetUrl;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetRuleActionParametersFromValueArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetRuleActionParametersFromValueArgs $;

        public Builder() {
            $ = new RulesetRuleActionParametersFromValueArgs();
        }

        public Builder(RulesetRuleActionParametersFromValueArgs defaults) {
            $ = new RulesetRuleActionParametersFromValueArgs(Objects.requireNonNull(defaults));
        }

        public Builder preserveQueryString(@Nullable Output<Boolean> preserveQueryString) {
            $.preserveQueryString = preserveQueryString;
            return this;
        }

        public Builder preserveQueryString(Boolean preserveQueryString) {
            return preserveQueryString(Output.of(preserveQueryString));
        }

        public Builder statusCode(@Nullable Output<Integer> statusCode) {
            $.statusCode = statusCode;
            return this;
        }

        public Builder statusCode(Integer statusCode) {
            return statusCode(Output.of(statusCode));
        }

        public Builder targetUrl(Output<RulesetRuleActionParametersFromValueTargetUrlArgs> targetUrl) {
            $.targetUrl = targetUrl;
            return this;
        }

        public Builder targetUrl(RulesetRuleActionParametersFromValueTargetUrlArgs targetUrl) {
            return targetUrl(Output.of(targetUrl));
        }

        public RulesetRuleActionParametersFromValueArgs build() {
            if ($.targetUrl == null) {
                throw new MissingRequiredPropertyException("RulesetRuleActionParametersFromValueArgs", "targetUrl");
            }
            return $;
        }
    }

}
