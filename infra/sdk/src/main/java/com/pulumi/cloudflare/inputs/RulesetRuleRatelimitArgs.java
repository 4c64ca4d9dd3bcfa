// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.Boolean;
import java.lang.Integer;
import java.lang.String;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class RulesetRuleRatelimitArgs extends com.pulumi.resources.ResourceArgs {

    public static final RulesetRuleRatelimitArgs Empty = new RulesetRuleRatelimitArgs();

    @Import(name="characteristics", required=true)
    private Output<List<String>> characteristics;

    public Output<List<String>> characteristics() {
        return this.characteristics;
    }

    @Import(name="countingExpression")
    private @Nullable Output<String> countingExpression;

    public Optional<Output<String>> countingExpression() {
        return Optional.ofNullable(this.countingExpression);
    }

    @Import(name="mitigationTimeout")
    private @Nullable Output<Integer> mitigationTimeout;

    public Optional<Output<Integer>> mitigationTimeout() {
        return Optional.ofNullable(this.mitigationTimeout);
    }

    @Import(name="period", required=true)
    private Output<Integer> period;

    public Output<Integer> period() {
        return this.period;
    }

    @Import(name="requestsPerPeriod")
    private @Nullable Output<Integer> requestsPerPeriod;

    public Optional<Output<Integer>> requestsPerPeriod() {
        return Optional.ofNullable(this.requestsPerPeriod);
    }

    @Import(name="requestsToOrigin")
    private @Nullable Output<Boolean> requestsToOrigin;

    public Optional<Output<Boolean>> requestsToOrigin() {
        return Optional.ofNullable(this.requestsToOrigin);
    }

    @Import(name="scorePerPeriod")
    private @Nullable Output<Integer> scorePerPeriod;

    public Optional<Output<Integer>> scorePerPeriod() {
        return Optional.ofNullable(this.scorePerPeriod);
    }

    @Import(name="scoreResponseHeaderName")
    private @Nullable Output<String> scoreResponseHeaderName;

    public Optional<Output<String>> scoreResponseHeaderName() {
        return Optional.ofNullable(this.scoreResponseHeaderName);
    }

    private RulesetRuleRatelimitArgs() {}

    private RulesetRuleRatelimitArgs(RulesetRuleRatelimitArgs $) {
        this.characteristics = $.characteristics;
        this.countingExpression = $.countingExpression;
        this.mitigationTimeout = $.mitigationTimeout;
        this.period = $.period;
        this.requestsPerPeriod = $.requestsPerPeriod;
        this.requestsToOrigin = $.requestsToOrigin;
        this.scorePerPeriod = $.scorePerPeriod;
        this.scoreResponseHeaderName = $.scoreResponseHeaderName;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetRuleRatelimitArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetRuleRatelimitArgs $;

        public Builder() {
            $ = new RulesetRuleRatelimitArgs();
        }

        public Builder(RulesetRuleRatelimitArgs defaults) {
            $ = new RulesetRuleRatelimitArgs(Objects.requireNonNull(defaults));
        }

        public Builder characteristics(Output<List<String>> characteristics) {
            $.characteristics = characteristics;
            return this;
        }

        public Builder characteristics(List<String> characteristics) {
            return characteristics(Output.of(characteristics));
        }

        public Builder characteristics(String... characteristics) {
            return characteristics(List.of(characteristics));
        }

        public Builder countingExpression(@Nullable Output<String> countingExpression) {
            $.countingExpression = countingExpression;
            return this;
        }

        public Builder countingExpression(String countingExpression) {
            return countingExpression(Output.of(countingExpression));
        }

        public Builder mitigationTimeout(@Nullable Output<Integer> mitigationTimeout) {
            $.mitigationTimeout = mitigationTimeout;
            return this;
        }

        public Builder mitigationTimeout(Integer mitigationTimeout) {
            return mitigationTimeout(Output.of(mitigationTimeout));
        }

        public Builder period(Output<Integer> period) {
            $.period = period;
            return this;
        }

        public Builder period(Integer period) {
            return period(Output.of(period));
        }

        public Builder requestsPerPeriod(@Nullable Output<Integer> requestsPerPeriod) {
            $.requestsPerPeriod = requestsPerPeriod;
            return this;
        }

        public Builder requestsPerPeriod(Integer requestsPerPeriod) {
            return requestsPerPeriod(Output.of(requestsPerPeriod));
        }

        public Builder requestsToOrigin(@Nullable Output<Boolean> requestsToOrigin) {
            $.requestsToOrigin = requestsToOrigin;
            return this;
        }

        public Builder requestsToOrigin(Boolean requestsToOrigin) {
            return requestsToOrigin(Output.of(requestsToOrigin));
        }

        public Builder scorePerPeriod(@Nullable Output<Integer> scorePerPeriod) {
            $.scorePerPeriod = scorePerPeriod;
            return this;
        }

        public Builder scorePerPeriod(Integer scorePerPeriod) {
            return scorePerPeriod(Output.of(scorePerPeriod));
        }

        public Builder scoreResponseHeaderName(@Nullable Output<String> scoreResponseHeaderName) {
            $.scoreResponseHeaderName = scoreResponseHeaderName;
            return this;
        }

        public Builder scoreResponseHeaderName(String scoreResponseHeaderName) {
            return scoreResponseHeaderName(Output.of(scoreResponseHeaderName));
        }

        public RulesetRuleRatelimitArgs build() {
            if ($.characteristics == null) {
                throw new MissingRequiredPropertyException("RulesetRuleRatelimitArgs", "characteristics");
            }
            if ($.period == null) {
                throw new MissingRequiredPropertyException("RulesetRuleRatelimitArgs", "period");
            }
            return $;
        }
    }

}
