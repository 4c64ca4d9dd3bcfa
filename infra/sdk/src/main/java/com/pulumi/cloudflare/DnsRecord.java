// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare;

import com.pulumi.cloudflare.inputs.DnsRecordState;
import com.pulumi.cloudflare.outputs.DnsRecordData;
import com.pulumi.cloudflare.outputs.DnsRecordSettings;
import com.pulumi.core.Alias;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import java.lang.Boolean;
import java.lang.Double;
import java.lang.String;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * A DNS record in a Cloudflare zone (Terraform `cloudflare_dns_record`).
 * 
 * ## Import
 * 
 * ```sh
 * $ pulumi import cloudflare:index/dnsRecord:DnsRecord example '&lt;zone_id&gt;/&lt;dns_record_id&gt;'
 * ```
 * 
 */
@ResourceType(type="cloudflare:index/dnsRecord:DnsRecord")
public class DnsRecord extends com.pulumi.resources.CustomResource {
    /**
     * Comments or notes about the DNS record.
     * 
     */
    @Export(name="comment", refs={String.class}, tree="[0]")
    private Output</* @Nullable */ String> comment;

    /**
     * @return Comments or notes about the DNS record.
     * 
     */
    public Output<Optional<String>> comment() {
        return Codegen.optional(this.comment);
    }
    /**
     * When the record comment was last modified.
     * 
     */
    @Export(name="commentModifiedOn", refs={String.class}, tree="[0]")
    private Output<String> commentModifiedOn;

    /**
     * @return When the record comment was last modified.
     * 
     */
    public Output<String> commentModifiedOn() {
        return this.commentModifiedOn;
    }
    /**
     * A valid IPv4 address.
     * 
     */
    @Export(name="content", refs={String.class}, tree="[0]")
    private Output<String> content;

    /**
     * @return A valid IPv4 address.
     * 
     */
    public Output<String> content() {
        return this.content;
    }
    /**
     * When the record was created.
     * 
     */
    @Export(name="createdOn", refs={String.class}, tree="[0]")
    private Output<String> createdOn;

    /**
     * @return When the record was created.
     * 
     */
    public Output<String> createdOn() {
        return this.createdOn;
    }
    @Export(name="data", refs={DnsRecordData.class}, tree="[0]")
    private Output</* @Nullable */ DnsRecordData> data;

    public Output<Optional<DnsRecordData>> data() {
        return Codegen.optional(this.data);
    }
    /**
     * Whether to include shadow metadata in the meta field of the record.
     * 
     */
    @Export(name="includeShadowMetadata", refs={Boolean.class}, tree="[0]")
    private Output<Boolean> includeShadowMetadata;

    /**
     * @return Whether to include shadow metadata in the meta field of the record.
     * 
     */
    public Output<Boolean> includeShadowMetadata() {
        return this.includeShadowMetadata;
    }
    /**
     * Extra Cloudflare-specific information about the record.
     * 
     */
    @Export(name="meta", refs={String.class}, tree="[0]")
    private Output<String> meta;

    /**
     * @return Extra Cloudflare-specific information about the record.
     * 
     */
    public Output<String> meta() {
        return this.meta;
    }
    /**
     * When the record was last modified.
     * 
     */
    @Export(name="modifiedOn", refs={String.class}, tree="[0]")
    private Output<String> modifiedOn;

    /**
     * @return When the record was last modified.
     * 
     */
    public Output<String> modifiedOn() {
        return this.modifiedOn;
    }
    /**
     * DNS record name (or {@literal @} for the zone apex) in Punycode.
     * 
     */
    @Export(name="name", refs={String.class}, tree="[0]")
    private Output<String> name;

    /**
     * @return DNS record name (or {@literal @} for the zone apex) in Punycode.
     * 
     */
    public Output<String> name() {
        return this.name;
    }
    /**
     * Required for MX, SRV and URI records; unused by other record types.
     * 
     */
    @Export(name="priority", refs={Double.class}, tree="[0]")
    private Output</* @Nullable */ Double> priority;

    /**
     * @return Required for MX, SRV and URI records; unused by other record types.
     * 
     */
    public Output<Optional<Double>> priority() {
        return Codegen.optional(this.priority);
    }
    /**
     * Enables private network routing to the origin.
     * 
     */
    @Export(name="privateRouting", refs={Boolean.class}, tree="[0]")
    private Output</* @Nullable */ Boolean> privateRouting;

    /**
     * @return Enables private network routing to the origin.
     * 
     */
    public Output<Optional<Boolean>> privateRouting() {
        return Codegen.optional(this.privateRouting);
    }
    /**
     * Whether the record can be proxied by Cloudflare or not.
     * 
     */
    @Export(name="proxiable", refs={Boolean.class}, tree="[0]")
    private Output<Boolean> proxiable;

    /**
     * @return Whether the record can be proxied by Cloudflare or not.
     * 
     */
    public Output<Boolean> proxiable() {
        return this.proxiable;
    }
    /**
     * Whether the record is receiving the performance and security benefits of Cloudflare.
     * 
     */
    @Export(name="proxied", refs={Boolean.class}, tree="[0]")
    private Output<Boolean> proxied;

    /**
     * @return Whether the record is receiving the performance and security benefits of Cloudflare.
     * 
     */
    public Output<Boolean> proxied() {
        return this.proxied;
    }
    @Export(name="settings", refs={DnsRecordSettings.class}, tree="[0]")
    private Output<DnsRecordSettings> settings;

    public Output<DnsRecordSettings> settings() {
        return this.settings;
    }
    /**
     * Custom tags for the DNS record.
     * 
     */
    @Export(name="tags", refs={List.class,String.class}, tree="[0,1]")
    private Output<List<String>> tags;

    /**
     * @return Custom tags for the DNS record.
     * 
     */
    public Output<List<String>> tags() {
        return this.tags;
    }
    /**
     * When the record tags were last modified.
     * 
     */
    @Export(name="tagsModifiedOn", refs={String.class}, tree="[0]")
    private Output<String> tagsModifiedOn;

    /**
     * @return When the record tags were last modified.
     * 
     */
    public Output<String> tagsModifiedOn() {
        return this.tagsModifiedOn;
    }
    /**
     * Time To Live (TTL) of the DNS record in seconds.
     * 
     */
    @Export(name="ttl", refs={Double.class}, tree="[0]")
    private Output<Double> ttl;

    /**
     * @return Time To Live (TTL) of the DNS record in seconds.
     * 
     */
    public Output<Double> ttl() {
        return this.ttl;
    }
    @Export(name="type", refs={String.class}, tree="[0]")
    private Output<String> type;

    public Output<String> type() {
        return this.type;
    }
    /**
     * Identifier.
     * 
     */
    @Export(name="zoneId", refs={String.class}, tree="[0]")
    private Output<String> zoneId;

    /**
     * @return Identifier.
     * 
     */
    public Output<String> zoneId() {
        return this.zoneId;
    }

    /**
     *
     * @param name The _unique_ name of the resulting resource.
     */
    public DnsRecord(java.lang.String name) {
        this(name, DnsRecordArgs.Empty);
    }
    /**
     *
     * @param name The _unique_ name of the resulting resource.
     * @param args The arguments to use to populate this resource's properties.
     */
    public DnsRecord(java.lang.String name, DnsRecordArgs args) {
        this(name, args, null);
    }
    /**
     *
     * @param name The _unique_ name of the resulting resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param options A bag of options that control this resource's behavior.
     */
    public DnsRecord(java.lang.String name, DnsRecordArgs args, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        super("cloudflare:index/dnsRecord:DnsRecord", name, makeArgs(args, options), makeResourceOptions(options, Codegen.empty()), false);
    }

    private DnsRecord(java.lang.String name, Output<java.lang.String> id, @Nullable DnsRecordState state, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        super("cloudflare:index/dnsRecord:DnsRecord", name, state, makeResourceOptions(options, id), false);
    }

    private static DnsRecordArgs makeArgs(DnsRecordArgs args, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        if (options != null && options.getUrn().isPresent()) {
            return null;
        }
        return args == null ? DnsRecordArgs.Empty : args;
    }

    private static com.pulumi.resources.CustomResourceOptions makeResourceOptions(@Nullable com.pulumi.resources.CustomResourceOptions options, @Nullable Output<java.lang.String> id) {
        var defaultOptions = com.pulumi.resources.CustomResourceOptions.builder()
            .version(Utilities.getVersion())
            .aliases(List.of(
                Output.of(Alias.builder().type("cloudflare:index/record:Record").build())
            ))
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
    public static DnsRecord get(java.lang.String name, Output<java.lang.String> id, @Nullable DnsRecordState state, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        return new DnsRecord(name, id, state, options);
    }
}
