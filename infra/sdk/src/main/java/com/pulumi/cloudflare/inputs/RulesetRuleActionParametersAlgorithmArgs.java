// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class RulesetRuleActionParametersAlgorithmArgs extends com.pulumi.resources.ResourceArgs {

    public static final RulesetRuleActionParametersAlgorithmArgs Empty = new RulesetRuleActionParametersAlgorithmArgs();

    /**
     * Available values: &#34;none&#34;, &#34;auto&#34;, &#34;default&#34;, &#34;gzip&#34;, &#34;brotli&#34;, &#34;zstd&#34;.
     * 
     */
    @Import(name="name")
    private @Nullable Output<String> name;

    /**
     * @return Available values: &#34;none&#34;, &#34;auto&#34;, &#34;default&#34;, &#34;gzip&#34;, &#34;brotli&#34;, &#34;zstd&#34;.
     * 
     */
    public Optional<Output<String>> name() {
        return Optional.ofNullable(this.name);
    }

    private RulesetRuleActionParametersAlgorithmArgs() {}

    private RulesetRuleActionParametersAlgorithmArgs(RulesetRuleActionParametersAlgorithmArgs $) {
        this.name = $.name;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetRuleActionParametersAlgorithmArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetRuleActionParametersAlgorithmArgs $;

        public Builder() {
            $ = new RulesetRuleActionParametersAlgorithmArgs();
        }

        public Builder(RulesetRuleActionParametersAlgorithmArgs defaults) {
            $ = new RulesetRuleActionParametersAlgorithmArgs(Objects.requireNonNull(defaults));
        }

        /**
         * @param name Available values: &#34;none&#34;, &#34;auto&#34;, &#34;default&#34;, &#34;gzip&#34;, &#34;brotli&#34;, &#34;zstd&#34;.
         * 
         * @return builder
         * 
         */
        public Builder name(@Nullable Output<String> name) {
            $.name = name;
            return this;
        }

        /**
         * @param name Available values: &#34;none&#34;, &#34;auto&#34;, &#34;default&#34;, &#34;gzip&#34;, &#34;brotli&#34;, &#34;zstd&#34;.
         * 
         * @return builder
         * 
         */
        public Builder name(String name) {
            return name(Output.of(name));
        }

        public RulesetRuleActionParametersAlgorithmArgs build() {
            return $;
        }
    }

}
