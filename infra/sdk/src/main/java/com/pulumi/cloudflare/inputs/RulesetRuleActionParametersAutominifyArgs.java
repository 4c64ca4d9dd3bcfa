// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.lang.Boolean;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class RulesetRuleActionParametersAutominifyArgs extends com.pulumi.resources.ResourceArgs {

    public static final RulesetRuleActionParametersAutominifyArgs Empty = new RulesetRuleActionParametersAutominifyArgs();

    @Import(name="css")
    private @Nullable Output<Boolean> css;

    public Optional<Output<Boolean>> css() {
        return Optional.ofNullable(this.css);
    }

    @Import(name="html")
    private @Nullable Output<Boolean> html;

    public Optional<Output<Boolean>> html() {
        return Optional.ofNullable(this.html);
    }

    @Import(name="js")
    private @Nullable Output<Boolean> js;

    public Optional<Output<Boolean>> js() {
        return Optional.ofNullable(this.js);
    }

    private RulesetRuleActionParametersAutominifyArgs() {}

    private RulesetRuleActionParametersAutominifyArgs(RulesetRuleActionParametersAutominifyArgs $) {
        this.css = $.css;
        this.html = $.html;
        this.js = $.js;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetRuleActionParametersAutominifyArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetRuleActionParametersAutominifyArgs $;

        public Builder() {
            $ = new RulesetRuleActionParametersAutominifyArgs();
        }

        public Builder(RulesetRuleActionParametersAutominifyArgs defaults) {
            $ = new RulesetRuleActionParametersAutominifyArgs(Objects.requireNonNull(defaults));
        }

        public Builder css(@Nullable Output<Boolean> css) {
            $.css = css;
            return this;
        }

        public Builder css(Boolean css) {
            return css(Output.of(css));
        }

        public Builder html(@Nullable Output<Boolean> html) {
            $.html = html;
            return this;
        }

        public Builder html(Boolean html) {
            return html(Output.of(html));
        }

        public Builder js(@Nullable Output<Boolean> js) {
            $.js = js;
            return this;
        }

        public Builder js(Boolean js) {
            return js(Output.of(js));
        }

        public RulesetRuleActionParametersAutominifyArgs build() {
            return $;
        }
    }

}
