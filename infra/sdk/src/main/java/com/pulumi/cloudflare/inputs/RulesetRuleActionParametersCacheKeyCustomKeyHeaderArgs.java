// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.lang.Boolean;
import java.lang.String;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class RulesetRuleActionParametersCacheKeyCustomKeyHeaderArgs extends com.pulumi.resources.ResourceArgs {

    public static final RulesetRuleActionParametersCacheKeyCustomKeyHeaderArgs Empty = new RulesetRuleActionParametersCacheKeyCustomKeyHeaderArgs();

    @Import(name="checkPresences")
    private @Nullable Output<List<String>> checkPresences;

    public Optional<Output<List<String>>> checkPresences() {
        return Optional.ofNullable(this.checkPresences);
    }

    @Import(name="contains")
    private @Nullable Output<Map<String,List<String>>> contains;

    public Optional<Output<Map<String,List<String>>>> contains() {
        return Optional.ofNullable(this.contains);
    }

    @Import(name="excludeOrigin")
    private @Nullable Output<Boolean> excludeOrigin;

    public Optional<Output<Boolean>> excludeOrigin() {
        return Optional.ofNullable(this.excludeOrigin);
    }

    @Import(name="includes")
    private @Nullable Output<List<String>> includes;

    public Optional<Output<List<String>>> includes() {
        return Optional.ofNullable(this.includes);
    }

    private RulesetRuleActionParametersCacheKeyCustomKeyHeaderArgs() {}

    private RulesetRuleActionParametersCacheKeyCustomKeyHeaderArgs(RulesetRuleActionParametersCacheKeyCustomKeyHeaderArgs $) {
        this.checkPresences = $.checkPresences;
        this.contains = $.contains;
        this.excludeOrigin = $.excludeOrigin;
        this.includes = $.includes;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetRuleActionParametersCacheKeyCustomKeyHeaderArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetRuleActionParametersCacheKeyCustomKeyHeaderArgs $;

        public Builder() {
            $ = new RulesetRuleActionParametersCacheKeyCustomKeyHeaderArgs();
        }

        public Builder(RulesetRuleActionParametersCacheKeyCustomKeyHeaderArgs defaults) {
            $ = new RulesetRuleActionParametersCacheKeyCustomKeyHeaderArgs(Objects.requireNonNull(defaults));
        }

        public Builder checkPresences(@Nullable Output<List<String>> checkPresences) {
            $.checkPresences = checkPresences;
            return this;
        }

        public Builder checkPresences(List<String> checkPresences) {
            return checkPresences(Output.of(checkPresences));
        }

        public Builder checkPresences(String... checkPresences) {
            return checkPresences(List.of(checkPresences));
        }

        public Builder contains(@Nullable Output<Map<String,List<String>>> contains) {
            $.contains = contains;
            return this;
        }

        public Builder contains(Map<String,List<String>> contains) {
            return contains(Output.of(contains));
        }

        public Builder excludeOrigin(@Nullable Output<Boolean> excludeOrigin) {
            $.excludeOrigin = excludeOrigin;
            return this;
        }

        public Builder excludeOrigin(Boolean excludeOrigin) {
            return excludeOrigin(Output.of(excludeOrigin));
        }

        public Builder includes(@Nullable Output<List<String>> includes) {
            $.includes = includes;
            return this;
        }

        public Builder includes(List<String> includes) {
            return includes(Output.of(includes));
        }

        public Builder includes(String... includes) {
            return includes(List.of(includes));
        }

        public RulesetRuleActionParametersCacheKeyCustomKeyHeaderArgs build() {
            return $;
        }
    }

}
