// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare;

import com.pulumi.cloudflare.inputs.RulesetState;
import com.pulumi.cloudflare.outputs.RulesetRule;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import java.lang.String;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * A Cloudflare ruleset (Terraform `cloudflare_ruleset`): for a zone, the entry-point ruleset of one phase
 * (kind `zone`), e.g. cache settings, managed or custom WAF, rate limiting, header transforms, redirects.
 * 
 * ## Import
 * 
 * ```sh
 * $ pulumi import cloudflare:index/ruleset:Ruleset example 'zones/&lt;zone_id&gt;/&lt;ruleset_id&gt;'
 * ```
 * 
 */
@ResourceType(type="cloudflare:index/ruleset:Ruleset")
public class Ruleset extends com.pulumi.resources.CustomResource {
    /**
     * The unique ID of the account.
     * 
     */
    @Export(name="accountId", refs={String.class}, tree="[0]")
    private Output</* @Nullable */ String> accountId;

    /**
     * @return The unique ID of the account.
     * 
     */
    public Output<Optional<String>> accountId() {
        return Codegen.optional(this.accountId);
    }
    /**
     * An informative description of the ruleset.
     * 
     */
    @Export(name="description", refs={String.class}, tree="[0]")
    private Output<String> description;

    /**
     * @return An informative description of the ruleset.
     * 
     */
    public Output<String> description() {
        return this.description;
    }
    @Export(name="kind", refs={String.class}, tree="[0]")
    private Output<String> kind;

    public Output<String> kind() {
        return this.kind;
    }
    /**
     * The timestamp of when the ruleset was last modified.
     * 
     */
    @Export(name="lastUpdated", refs={String.class}, tree="[0]")
    private Output<String> lastUpdated;

    /**
     * @return The timestamp of when the ruleset was last modified.
     * 
     */
    public Output<String> lastUpdated() {
        return this.lastUpdated;
    }
    /**
     * The human-readable name of the ruleset.
     * 
     */
    @Export(name="name", refs={String.class}, tree="[0]")
    private Output<String> name;

    /**
     * @return The human-readable name of the ruleset.
     * 
     */
    public Output<String> name() {
        return this.name;
    }
    @Export(name="phase", refs={String.class}, tree="[0]")
    private Output<String> phase;

    public Output<String> phase() {
        return this.phase;
    }
    @Export(name="rules", refs={List.class,RulesetRule.class}, tree="[0,1]")
    private Output<List<RulesetRule>> rules;

    public Output<List<RulesetRule>> rules() {
        return this.rules;
    }
    /**
     * The version of the ruleset.
     * 
     */
    @Export(name="version", refs={String.class}, tree="[0]")
    private Output<String> version;

    /**
     * @return The version of the ruleset.
     * 
     */
    public Output<String> version() {
        return this.version;
    }
    /**
     * The unique ID of the zone.
     * 
     */
    @Export(name="zoneId", refs={String.class}, tree="[0]")
    private Output</* @Nullable */ String> zoneId;

    /**
     * @return The unique ID of the zone.
     * 
     */
    public Output<Optional<String>> zoneId() {
        return Codegen.optional(this.zoneId);
    }

    /**
     *
     * @param name The _unique_ name of the resulting resource.
     */
    public Ruleset(java.lang.String name) {
        this(name, RulesetArgs.Empty);
    }
    /**
     *
     * @param name The _unique_ name of the resulting resource.
     * @param args The arguments to use to populate this resource's properties.
     */
    public Ruleset(java.lang.String name, RulesetArgs args) {
        this(name, args, null);
    }
    /**
     *
     * @param name The _unique_ name of the resulting resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param options A bag of options that control this resource's behavior.
     */
    public Ruleset(java.lang.String name, RulesetArgs args, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        super("cloudflare:index/ruleset:Ruleset", name, makeArgs(args, options), makeResourceOptions(options, Codegen.empty()), false);
    }

    private Ruleset(java.lang.String name, Output<java.lang.String> id, @Nullable RulesetState state, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        super("cloudflare:index/ruleset:Ruleset", name, state, makeResourceOptions(options, id), false);
    }

    private static RulesetArgs makeArgs(RulesetArgs args, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        if (options != null && options.getUrn().isPresent()) {
            return null;
        }
        return args == null ? RulesetArgs.Empty : args;
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
    public static Ruleset get(java.lang.String name, Output<java.lang.String> id, @Nullable RulesetState state, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        return new Ruleset(name, id, state, options);
    }
}
