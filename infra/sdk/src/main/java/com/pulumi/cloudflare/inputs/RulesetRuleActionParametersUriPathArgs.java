// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class RulesetRuleActionParametersUriPathArgs extends com.pulumi.resources.ResourceArgs {

    public static final RulesetRuleActionParametersUriPathArgs Empty = new RulesetRuleActionParametersUriPathArgs();

    @Import(name="expression")
    private @Nullable Output<String> expression;

    public Optional<Output<String>> expression() {
        return Optional.ofNullable(this.expression);
    }

    @Import(name="value")
    private @Nullable Output<String> value;

    public Optional<Output<String>> value() {
        return Optional.ofNullable(this.value);
    }

    private RulesetRuleActionParametersUriPathArgs() {}

    private RulesetRuleActionParametersUriPathArgs(RulesetRuleActionParametersUriPathArgs $) {
        this.expression = $.expression;
        this.value = $.value;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetRuleActionParametersUriPathArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetRuleActionParametersUriPathArgs $;

        public Builder() {
            $ = new RulesetRuleActionParametersUriPathArgs();
        }

        public Builder(RulesetRuleActionParametersUriPathArgs defaults) {
            $ = new RulesetRuleActionParametersUriPathArgs(Objects.requireNonNull(defaults));
        }

        public Builder expression(@Nullable Output<String> expression) {
            $.expression = expression;
            return this;
        }

        public Builder expression(String expression) {
            return expression(Output.of(expression));
        }

        public Builder value(@Nullable Output<String> value) {
            $.value = value;
            return this;
        }

        public Builder value(String value) {
            return value(Output.of(value));
        }

        public RulesetRuleActionParametersUriPathArgs build() {
            return $;
        }
    }

}
