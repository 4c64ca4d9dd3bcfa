// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.Integer;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class RulesetRuleActionParametersResponseArgs extends com.pulumi.resources.ResourceArgs {

    public static final RulesetRuleActionParametersResponseArgs Empty = new RulesetRuleActionParametersResponseArgs();

    @Import(name="content", required=true)
    private Output<String> content;

    public Output<String> content() {
        return this.content;
    }

    @Import(name="contentType", required=true)
    private Output<String> contentType;

    public Output<String> contentType() {
        return this.contentType;
    }

    @Import(name="statusCode", required=true)
    private Output<Integer> statusCode;

    public Output<Integer> statusCode() {
        return this.statusCode;
    }

    private RulesetRuleActionParametersResponseArgs() {}

    private RulesetRuleActionParametersResponseArgs(RulesetRuleActionParametersResponseArgs $) {
        this.content = $.content;
        this.contentType = $.contentType;
        this.statusCode = $.statusCode;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetRuleActionParametersResponseArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetRuleActionParametersResponseArgs $;

        public Builder() {
            $ = new RulesetRuleActionParametersResponseArgs();
        }

        public Builder(RulesetRuleActionParametersResponseArgs defaults) {
            $ = new RulesetRuleActionParametersResponseArgs(Objects.requireNonNull(defaults));
        }

        public Builder content(Output<String> content) {
            $.content = content;
            return this;
        }

        public Builder content(String content) {
            return content(Output.of(content));
        }

        public Builder contentType(Output<String> contentType) {
            $.contentType = contentType;
            return this;
        }

        public Builder contentType(String contentType) {
            return contentType(Output.of(contentType));
        }

        public Builder statusCode(Output<Integer> statusCode) {
            $.statusCode = statusCode;
            return this;
        }

        public Builder statusCode(Integer statusCode) {
            return statusCode(Output.of(statusCode));
        }

        public RulesetRuleActionParametersResponseArgs build() {
            if ($.content == null) {
                throw new MissingRequiredPropertyException("RulesetRuleActionParametersResponseArgs", "content");
            }
            if ($.contentType == null) {
                throw new MissingRequiredPropertyException("RulesetRuleActionParametersResponseArgs", "contentType");
            }
            if ($.statusCode == null) {
                throw new MissingRequiredPropertyException("RulesetRuleActionParametersResponseArgs", "statusCode");
            }
            return $;
        }
    }

}
