// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.Boolean;
import java.lang.Integer;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class RulesetRuleActionParametersStaleWhileRevalidateArgs extends com.pulumi.resources.ResourceArgs {

    public static final RulesetRuleActionParametersStaleWhileRevalidateArgs Empty = new RulesetRuleActionParametersStaleWhileRevalidateArgs();

    @Import(name="cloudflareOnly")
    private @Nullable Output<Boolean> cloudflareOnly;

    public Optional<Output<Boolean>> cloudflareOnly() {
        return Optional.ofNullable(this.cloudflareOnly);
    }

    /**
     * Available values: &#34;set&#34;, &#34;remove&#34;.
     * 
     */
    @Import(name="operation", required=true)
    private Output<String> operation;

    /**
     * @return Available values: &#34;set&#34;, &#34;remove&#34;.
     * 
     */
    public Output<String> operation() {
        return this.operation;
    }

    @Import(name="value")
    private @Nullable Output<Integer> value;

    public Optional<Output<Integer>> value() {
        return Optional.ofNullable(this.value);
    }

    private RulesetRuleActionParametersStaleWhileRevalidateArgs() {}

    private RulesetRuleActionParametersStaleWhileRevalidateArgs(RulesetRuleActionParametersStaleWhileRevalidateArgs $) {
        this.cloudflareOnly = $.cloudflareOnly;
        this.operation = $.operation;
        this.value = $.value;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetRuleActionParametersStaleWhileRevalidateArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetRuleActionParametersStaleWhileRevalidateArgs $;

        public Builder() {
            $ = new RulesetRuleActionParametersStaleWhileRevalidateArgs();
        }

        public Builder(RulesetRuleActionParametersStaleWhileRevalidateArgs defaults) {
            $ = new RulesetRuleActionParametersStaleWhileRevalidateArgs(Objects.requireNonNull(defaults));
        }

        public Builder cloudflareOnly(@Nullable Output<Boolean> cloudflareOnly) {
            $.cloudflareOnly = cloudflareOnly;
            return this;
        }

        public Builder cloudflareOnly(Boolean cloudflareOnly) {
            return cloudflareOnly(Output.of(cloudflareOnly));
        }

        /**
         * @param operation Available values: &#34;set&#34;, &#34;remove&#34;.
         * 
         * @return builder
         * 
         */
        public Builder operation(Output<String> operation) {
            $.operation = operation;
            return this;
        }

        /**
         * @param operation Available values: &#34;set&#34;, &#34;remove&#34;.
         * 
         * @return builder
         * 
         */
        public Builder operation(String operation) {
            return operation(Output.of(operation));
        }

        public Builder value(@Nullable Output<Integer> value) {
            $.value = value;
            return this;
        }

        public Builder value(Integer value) {
            return value(Output.of(value));
        }

        public RulesetRuleActionParametersStaleWhileRevalidateArgs build() {
            if ($.operation == null) {
                throw new MissingRequiredPropertyException("RulesetRuleActionParametersStaleWhileRevalidateArgs", "operation");
            }
            return $;
        }
    }

}
