// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.String;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class RulesetRuleActionParametersVaryHeadersArgs extends com.pulumi.resources.ResourceArgs {

    public static final RulesetRuleActionParametersVaryHeadersArgs Empty = new RulesetRuleActionParametersVaryHeadersArgs();

    /**
     * Available values: &#34;bypass&#34;, &#34;passthrough&#34;, &#34;normalize&#34;.
     * 
     */
    @Import(name="action", required=true)
    private Output<String> action;

    /**
     * @return Available values: &#34;bypass&#34;, &#34;passthrough&#34;, &#34;normalize&#34;.
     * 
     */
    public Output<String> action() {
        return this.action;
    }

    @Import(name="languages")
    private @Nullable Output<List<String>> languages;

    public Optional<Output<List<String>>> languages() {
        return Optional.ofNullable(this.languages);
    }

    @Import(name="mediaTypes")
    private @Nullable Output<List<String>> mediaTypes;

    public Optional<Output<List<String>>> mediaTypes() {
        return Optional.ofNullable(this.mediaTypes);
    }

    private RulesetRuleActionParametersVaryHeadersArgs() {}

    private RulesetRuleActionParametersVaryHeadersArgs(RulesetRuleActionParametersVaryHeadersArgs $) {
        this.action = $.action;
        this.languages = $.languages;
        this.mediaTypes = $.mediaTypes;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetRuleActionParametersVaryHeadersArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetRuleActionParametersVaryHeadersArgs $;

        public Builder() {
            $ = new RulesetRuleActionParametersVaryHeadersArgs();
        }

        public Builder(RulesetRuleActionParametersVaryHeadersArgs defaults) {
            $ = new RulesetRuleActionParametersVaryHeadersArgs(Objects.requireNonNull(defaults));
        }

        /**
         * @param action Available values: &#34;bypass&#34;, &#34;passthrough&#34;, &#34;normalize&#34;.
         * 
         * @return builder
         * 
         */
        public Builder action(Output<String> action) {
            $.action = action;
            return this;
        }

        /**
         * @param action Available values: &#34;bypass&#34;, &#34;passthrough&#34;, &#34;normalize&#34;.
         * 
         * @return builder
         * 
         */
        public Builder action(String action) {
            return action(Output.of(action));
        }

        public Builder languages(@Nullable Output<List<String>> languages) {
            $.languages = languages;
            return this;
        }

        public Builder languages(List<String> languages) {
            return languages(Output.of(languages));
        }

        public Builder languages(String... languages) {
            return languages(List.of(languages));
        }

        public Builder mediaTypes(@Nullable Output<List<String>> mediaTypes) {
            $.mediaTypes = mediaTypes;
            return this;
        }

        public Builder mediaTypes(List<String> mediaTypes) {
            return mediaTypes(Output.of(mediaTypes));
        }

        public Builder mediaTypes(String... mediaTypes) {
            return mediaTypes(List.of(mediaTypes));
        }

        public RulesetRuleActionParametersVaryHeadersArgs build() {
            if ($.action == null) {
                throw new MissingRequiredPropertyException("RulesetRuleActionParametersVaryHeadersArgs", "action");
            }
            return $;
        }
    }

}
