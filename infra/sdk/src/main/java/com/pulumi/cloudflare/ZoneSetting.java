// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare;

import com.pulumi.cloudflare.inputs.ZoneSettingState;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import java.lang.Boolean;
import java.lang.Double;
import java.lang.Object;
import java.lang.String;
import javax.annotation.Nullable;

/**
 * One setting of a Cloudflare zone (Terraform `cloudflare_zone_setting`), e.g. `ssl`, `min_tls_version`, `always_use_https`.
 * The resource id is the setting name.
 * 
 * ## Import
 * 
 * ```sh
 * $ pulumi import cloudflare:index/zoneSetting:ZoneSetting example '&lt;zone_id&gt;/&lt;setting_id&gt;'
 * ```
 * 
 */
@ResourceType(type="cloudflare:index/zoneSetting:ZoneSetting")
public class ZoneSetting extends com.pulumi.resources.CustomResource {
    /**
     * Whether or not this setting can be modified for this zone (based on your Cloudflare plan …
     * 
     */
    @Export(name="editable", refs={Boolean.class}, tree="[0]")
    private Output<Boolean> editable;

    /**
     * @return Whether or not this setting can be modified for this zone (based on your Cloudflare plan …
     * 
     */
    public Output<Boolean> editable() {
        return this.editable;
    }
    /**
     * ssl-recommender enrollment setting.
     * 
     */
    @Export(name="enabled", refs={Boolean.class}, tree="[0]")
    private Output<Boolean> enabled;

    /**
     * @return ssl-recommender enrollment setting.
     * 
     */
    public Output<Boolean> enabled() {
        return this.enabled;
    }
    /**
     * last time this setting was modified.
     * 
     */
    @Export(name="modifiedOn", refs={String.class}, tree="[0]")
    private Output<String> modifiedOn;

    /**
     * @return last time this setting was modified.
     * 
     */
    public Output<String> modifiedOn() {
        return this.modifiedOn;
    }
    /**
     * Setting name
     * 
     */
    @Export(name="settingId", refs={String.class}, tree="[0]")
    private Output<String> settingId;

    /**
     * @return Setting name
     * 
     */
    public Output<String> settingId() {
        return this.settingId;
    }
    /**
     * Value of the zone setting.
     * 
     */
    @Export(name="timeRemaining", refs={Double.class}, tree="[0]")
    private Output<Double> timeRemaining;

    /**
     * @return Value of the zone setting.
     * 
     */
    public Output<Double> timeRemaining() {
        return this.timeRemaining;
    }
    @Export(name="value", refs={Object.class}, tree="[0]")
    private Output<Object> value;

    public Output<Object> value() {
        return this.value;
    }
    /**
     * Identifier
     * 
     */
    @Export(name="zoneId", refs={String.class}, tree="[0]")
    private Output<String> zoneId;

    /**
     * @return Identifier
     * 
     */
    public Output<String> zoneId() {
        return this.zoneId;
    }

    /**
     *
     * @param name The _unique_ name of the resulting resource.
     */
    public ZoneSetting(java.lang.String name) {
        this(name, ZoneSettingArgs.Empty);
    }
    /**
     *
     * @param name The _unique_ name of the resulting resource.
     * @param args The arguments to use to populate this resource's properties.
     */
    public ZoneSetting(java.lang.String name, ZoneSettingArgs args) {
        this(name, args, null);
    }
    /**
     *
     * @param name The _unique_ name of the resulting resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param options A bag of options that control this resource's behavior.
     */
    public ZoneSetting(java.lang.String name, ZoneSettingArgs args, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        super("cloudflare:index/zoneSetting:ZoneSetting", name, makeArgs(args, options), makeResourceOptions(options, Codegen.empty()), false);
    }

    private ZoneSetting(java.lang.String name, Output<java.lang.String> id, @Nullable ZoneSettingState state, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        super("cloudflare:index/zoneSetting:ZoneSetting", name, state, makeResourceOptions(options, id), false);
    }

    private static ZoneSettingArgs makeArgs(ZoneSettingArgs args, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        if (options != null && options.getUrn().isPresent()) {
            return null;
        }
        return args == null ? ZoneSettingArgs.Empty : args;
    }

    private static com.pulumi.resources.CustomResourceOptions makeResourceOptions(@Nullable com.pulumi.resources.CustomResourceOptions options, @Nullable Output<java.lang.String> id) {
        var defaultOptions = com.pulumi.resources.CustomResourceOptions.builder()
            .version(Utilities.getVersion())
            .build();
        return com.pulumi.resources.CustomResourceOptions.merge(defaultOptions, options, id);
    }

    /**
     * Get an existing Host resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state
     * @param options Optional settings to control the behavior of the CustomResource.
     */
    public static ZoneSetting get(java.lang.String name, Output<java.lang.String> id, @Nullable ZoneSettingState state, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        return new ZoneSetting(name, id, state, options);
    }
}
