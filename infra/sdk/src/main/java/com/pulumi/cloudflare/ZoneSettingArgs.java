// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.Boolean;
import java.lang.Object;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class ZoneSettingArgs extends com.pulumi.resources.ResourceArgs {

    public static final ZoneSettingArgs Empty = new ZoneSettingArgs();

    /**
     * ssl-recommender enrollment setting.
     * 
     */
    @Import(name="enabled")
    private @Nullable Output<Boolean> enabled;

    /**
     * @return ssl-recommender enrollment setting.
     * 
     */
    public Optional<Output<Boolean>> enabled() {
        return Optional.ofNullable(this.enabled);
    }

    /**
     * Setting name
     * 
     */
    @Import(name="settingId", required=true)
    private Output<String> settingId;

    /**
     * @return Setting name
     * 
     */
    public Output<String> settingId() {
        return this.settingId;
    }

    @Import(name="value", required=true)
    private Output<Object> value;

    public Output<Object> value() {
        return this.value;
    }

    /**
     * Identifier
     * 
     */
    @Import(name="zoneId", required=true)
    private Output<String> zoneId;

    /**
     * @return Identifier
     * 
     */
    public Output<String> zoneId() {
        return this.zoneId;
    }

    private ZoneSettingArgs() {}

    private ZoneSettingArgs(ZoneSettingArgs $) {
        this.enabled = $.enabled;
        this.settingId = $.settingId;
        this.value = $.value;
        this.zoneId = $.zoneId;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(ZoneSettingArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private ZoneSettingArgs $;

        public Builder() {
            $ = new ZoneSettingArgs();
        }

        public Builder(ZoneSettingArgs defaults) {
            $ = new ZoneSettingArgs(Objects.requireNonNull(defaults));
        }

        /**
         * @param enabled ssl-recommender enrollment setting.
         * 
         * @return builder
         * 
         */
        public Builder enabled(@Nullable Output<Boolean> enabled) {
            $.enabled = enabled;
            return this;
        }

        /**
         * @param enabled ssl-recommender enrollment setting.
         * 
         * @return builder
         * 
         */
        public Builder enabled(Boolean enabled) {
            return enabled(Output.of(enabled));
        }

        /**
         * @param settingId Setting name
         * 
         * @return builder
         * 
         */
        public Builder settingId(Output<String> settingId) {
            $.settingId = settingId;
            return this;
        }

        /**
         * @param settingId Setting name
         * 
         * @return builder
         * 
         */
        public Builder settingId(String settingId) {
            return settingId(Output.of(settingId));
        }

        public Builder value(Output<Object> value) {
            $.value = value;
            return this;
        }

        public Builder value(Object value) {
            return value(Output.of(value));
        }

        /**
         * @param zoneId Identifier
         * 
         * @return builder
         * 
         */
        public Builder zoneId(Output<String> zoneId) {
            $.zoneId = zoneId;
            return this;
        }

        /**
         * @param zoneId Identifier
         * 
         * @return builder
         * 
         */
        public Builder zoneId(String zoneId) {
            return zoneId(Output.of(zoneId));
        }

        public ZoneSettingArgs build() {
            if ($.settingId == null) {
                throw new MissingRequiredPropertyException("ZoneSettingArgs", "settingId");
            }
            if ($.value == null) {
                throw new MissingRequiredPropertyException("ZoneSettingArgs", "value");
            }
            if ($.zoneId == null) {
                throw new MissingRequiredPropertyException("ZoneSettingArgs", "zoneId");
            }
            return $;
        }
    }

}
