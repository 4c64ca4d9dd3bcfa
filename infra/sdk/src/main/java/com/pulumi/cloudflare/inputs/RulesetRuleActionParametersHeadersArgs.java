// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class RulesetRuleActionParametersHeadersArgs extends com.pulumi.resources.ResourceArgs {

    public static final RulesetRuleActionParametersHeadersArgs Empty = new RulesetRuleActionParametersHeadersArgs();

    @Import(name="expression")
    private @Nullable Output<String> expression;

    public Optional<Output<String>> expression() {
        return Optional.ofNullable(this.expression);
    }

    /**
     * Available values: &#34;add&#34;, &#34;set&#34;, &#34;remove&#34;.
     * 
     */
    @Import(name="operation", required=true)
    private Output<String> operation;

    /**
     * @return Available values: &#34;add&#34;, &#34;set&#34;, &#34;remove&#34;.
     * 
     */
    public Output<String> operation() {
        return this.operation;
    }

    @Import(name="value")
    private @Nullable Output<String> value;

    public Optional<Output<String>> value() {
        return Optional.ofNullable(this.value);
    }

    private RulesetRuleActionParametersHeadersArgs() {}

    private RulesetRuleActionParametersHeadersArgs(RulesetRuleActionParametersHeadersArgs $) {
        this.expression = $.expression;
        this.operation = $.operation;
        this.value = $.value;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetRuleActionParametersHeadersArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetRuleActionParametersHeadersArgs $;

        public Builder() {
            $ = new RulesetRuleActionParametersHeadersArgs();
        }

        public Builder(RulesetRuleActionParametersHeadersArgs defaults) {
            $ = new RulesetRuleActionParametersHeadersArgs(Objects.requireNonNull(defaults));
        }

        public Builder expression(@Nullable Output<String> expression) {
            $.expression = expression;
            return this;
        }

        public Builder expression(String expression) {
            return expression(Output.of(expression));
        }

        /**
         * @param operation Available values: &#34;add&#34;, &#34;set&#34;, &#34;remove&#34;.
         * 
         * @return builder
         * 
         */
        public Builder operation(Output<String> operation) {
            $.operation = operation;
            return this;
        }

        /**
         * @param operation Available values: &#34;add&#34;, &#34;set&#34;, &#34;remove&#34;.
         * 
         * @return builder
         * 
         */
        public Builder operation(String operation) {
            return operation(Output.of(operation));
        }

        public Builder value(@Nullable Output<String> value) {
            $.value = value;
            return this;
        }

        public Builder value(String value) {
            return value(Output.of(value));
        }

        public RulesetRuleActionParametersHeadersArgs build() {
            if ($.operation == null) {
                throw new MissingRequiredPropertyException("RulesetRuleActionParametersHeadersArgs", "operation");
            }
            return $;
        }
    }

}
