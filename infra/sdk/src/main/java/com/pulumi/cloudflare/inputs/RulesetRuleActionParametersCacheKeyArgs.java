// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.lang.Boolean;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class RulesetRuleActionParametersCacheKeyArgs extends com.pulumi.resources.ResourceArgs {

    public static final RulesetRuleActionParametersCacheKeyArgs Empty = new RulesetRuleActionParametersCacheKeyArgs();

    @Import(name="cacheByDeviceType")
    private @Nullable Output<Boolean> cacheByDeviceType;

    public Optional<Output<Boolean>> cacheByDeviceType() {
        return Optional.ofNullable(this.cacheByDeviceType);
    }

    @Import(name="cacheDeceptionArmor")
    private @Nullable Output<Boolean> cacheDeceptionArmor;

    public Optional<Output<Boolean>> cacheDeceptionArmor() {
        return Optional.ofNullable(this.cacheDeceptionArmor);
    }

    @Import(name="customKey")
    private @Nullable Output<RulesetRuleActionParametersCacheKeyCustomKeyArgs> customKey;

    public Optional<Output<RulesetRuleActionParametersCacheKeyCustomKeyArgs>> customKey() {
        return Optional.ofNullable(this.customKey);
    }

    @Import(name="ignoreQueryStringsOrder")
    private @Nullable Output<Boolean> ignoreQueryStringsOrder;

    public Optional<Output<Boolean>> ignoreQueryStringsOrder() {
        return Optional.ofNullable(this.ignoreQueryStringsOrder);
    }

    private RulesetRuleActionParametersCacheKeyArgs() {}

    private RulesetRuleActionParametersCacheKeyArgs(RulesetRuleActionParametersCacheKeyArgs $) {
        this.cacheByDeviceType = $.cacheByDeviceType;
        this.cacheDeceptionArmor = $.cacheDeceptionArmor;
        this.customKey = $.customKey;
        this.ignoreQueryStringsOrder = $.ignoreQueryStringsOrder;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetRuleActionParametersCacheKeyArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetRuleActionParametersCacheKeyArgs $;

        public Builder() {
            $ = new RulesetRuleActionParametersCacheKeyArgs();
        }

        public Builder(RulesetRuleActionParametersCacheKeyArgs defaults) {
            $ = new RulesetRuleActionParametersCacheKeyArgs(Objects.requireNonNull(defaults));
        }

        public Builder cacheByDeviceType(@Nullable Output<Boolean> cacheByDeviceType) {
            $.cacheByDeviceType = cacheByDeviceType;
            return this;
        }

        public Builder cacheByDeviceType(Boolean cacheByDeviceType) {
            return cacheByDeviceType(Output.of(cacheByDeviceType));
        }

        public Builder cacheDeceptionArmor(@Nullable Output<Boolean> cacheDeceptionArmor) {
            $.cacheDeceptionArmor = cacheDeceptionArmor;
            return this;
        }

        public Builder cacheDeceptionArmor(Boolean cacheDeceptionArmor) {
            return cacheDeceptionArmor(Output.of(cacheDeceptionArmor));
        }

        public Builder customKey(@Nullable Output<RulesetRuleActionParametersCacheKeyCustomKeyArgs> customKey) {
            $.customKey = customKey;
            return this;
        }

        public Builder customKey(RulesetRuleActionParametersCacheKeyCustomKeyArgs customKey) {
            return customKey(Output.of(customKey));
        }

        public Builder ignoreQueryStringsOrder(@Nullable Output<Boolean> ignoreQueryStringsOrder) {
            $.ignoreQueryStringsOrder = ignoreQueryStringsOrder;
            return this;
        }

        public Builder ignoreQueryStringsOrder(Boolean ignoreQueryStringsOrder) {
            return ignoreQueryStringsOrder(Output.of(ignoreQueryStringsOrder));
        }

        public RulesetRuleActionParametersCacheKeyArgs build() {
            return $;
        }
    }

}
