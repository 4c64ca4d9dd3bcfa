// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.lang.Boolean;
import java.lang.Double;
import java.lang.String;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class DnsRecordState extends com.pulumi.resources.ResourceArgs {

    public static final DnsRecordState Empty = new DnsRecordState();

    /**
     * Comments or notes about the DNS record.
     * 
     */
    @Import(name="comment")
    private @Nullable Output<String> comment;

    /**
     * @return Comments or notes about the DNS record.
     * 
     */
    public Optional<Output<String>> comment() {
        return Optional.ofNullable(this.comment);
    }

    /**
     * When the record comment was last modified.
     * 
     */
    @Import(name="commentModifiedOn")
    private @Nullable Output<String> commentModifiedOn;

    /**
     * @return When the record comment was last modified.
     * 
     */
    public Optional<Output<String>> commentModifiedOn() {
        return Optional.ofNullable(this.commentModifiedOn);
    }

    /**
     * A valid IPv4 address.
     * 
     */
    @Import(name="content")
    private @Nullable Output<String> content;

    /**
     * @return A valid IPv4 address.
     * 
     */
    public Optional<Output<String>> content() {
        return Optional.ofNullable(this.content);
    }

    /**
     * When the record was created.
     * 
     */
    @Import(name="createdOn")
    private @Nullable Output<String> createdOn;

    /**
     * @return When the record was created.
     * 
     */
    public Optional<Output<String>> createdOn() {
        return Optional.ofNullable(this.createdOn);
    }

    @Import(name="data")
    private @Nullable Output<DnsRecordDataArgs> data;

    public Optional<Output<DnsRecordDataArgs>> data() {
        return Optional.ofNullable(this.data);
    }

    /**
     * Whether to include shadow metadata in the meta field of the record.
     * 
     */
    @Import(name="includeShadowMetadata")
    private @Nullable Output<Boolean> includeShadowMetadata;

    /**
     * @return Whether to include shadow metadata in the meta field of the record.
     * 
     */
    public Optional<Output<Boolean>> includeShadowMetadata() {
        return Optional.ofNullable(this.includeShadowMetadata);
    }

    /**
     * Extra Cloudflare-specific information about the record.
     * 
     */
    @Import(name="meta")
    private @Nullable Output<String> meta;

    /**
     * @return Extra Cloudflare-specific information about the record.
     * 
     */
    public Optional<Output<String>> meta() {
        return Optional.ofNullable(this.meta);
    }

    /**
     * When the record was last modified.
     * 
     */
    @Import(name="modifiedOn")
    private @Nullable Output<String> modifiedOn;

    /**
     * @return When the record was last modified.
     * 
     */
    public Optional<Output<String>> modifiedOn() {
        return Optional.ofNullable(this.modifiedOn);
    }

    /**
     * DNS record name (or {@literal @} for the zone apex) in Punycode.
     * 
     */
    @Import(name="name")
    private @Nullable Output<String> name;

    /**
     * @return DNS record name (or {@literal @} for the zone apex) in Punycode.
     * 
     */
    public Optional<Output<String>> name() {
        return Optional.ofNullable(this.name);
    }

    /**
     * Required for MX, SRV and URI records; unused by other record types.
     * 
     */
    @Import(name="priority")
    private @Nullable Output<Double> priority;

    /**
     * @return Required for MX, SRV and URI records; unused by other record types.
     * 
     */
    public Optional<Output<Double>> priority() {
        return Optional.ofNullable(this.priority);
    }

    /**
     * Enables private network routing to the origin.
     * 
     */
    @Import(name="privateRouting")
    private @Nullable Output<Boolean> privateRouting;

    /**
     * @return Enables private network routing to the origin.
     * 
     */
    public Optional<Output<Boolean>> privateRouting() {
        return Optional.ofNullable(this.privateRouting);
    }

    /**
     * Whether the record can be proxied by Cloudflare or not.
     * 
     */
    @Import(name="proxiable")
    private @Nullable Output<Boolean> proxiable;

    /**
     * @return Whether the record can be proxied by Cloudflare or not.
     * 
     */
    public Optional<Output<Boolean>> proxiable() {
        return Optional.ofNullable(this.proxiable);
    }

    /**
     * Whether the record is receiving the performance and security benefits of Cloudflare.
     * 
     */
    @Import(name="proxied")
    private @Nullable Output<Boolean> proxied;

    /**
     * @return Whether the record is receiving the performance and security benefits of Cloudflare.
     * 
     */
    public Optional<Output<Boolean>> proxied() {
        return Optional.ofNullable(this.proxied);
    }

    @Import(name="settings")
    private @Nullable Output<DnsRecordSettingsArgs> settings;

    public Optional<Output<DnsRecordSettingsArgs>> settings() {
        return Optional.ofNullable(this.settings);
    }

    /**
     * Custom tags for the DNS record.
     * 
     */
    @Import(name="tags")
    private @Nullable Output<List<String>> tags;

    /**
     * @return Custom tags for the DNS record.
     * 
     */
    public Optional<Output<List<String>>> tags() {
        return Optional.ofNullable(this.tags);
    }

    /**
     * When the record tags were last modified.
     * 
     */
    @Import(name="tagsModifiedOn")
    private @Nullable Output<String> tagsModifiedOn;

    /**
     * @return When the record tags were last modified.
     * 
     */
    public Optional<Output<String>> tagsModifiedOn() {
        return Optional.ofNullable(this.tagsModifiedOn);
    }

    /**
     * Time To Live (TTL) of the DNS record in seconds.
     * 
     */
    @Import(name="ttl")
    private @Nullable Output<Double> ttl;

    /**
     * @return Time To Live (TTL) of the DNS record in seconds.
     * 
     */
    public Optional<Output<Double>> ttl() {
        return Optional.ofNullable(this.ttl);
    }

    @Import(name="type")
    private @Nullable Output<String> type;

    public Optional<Output<String>> type() {
        return Optional.ofNullable(this.type);
    }

    /**
     * Identifier.
     * 
     */
    @Import(name="zoneId")
    private @Nullable Output<String> zoneId;

    /**
     * @return Identifier.
     * 
     */
    public Optional<Output<String>> zoneId() {
        return Optional.ofNullable(this.zoneId);
    }

    private DnsRecordState() {}

    private DnsRecordState(DnsRecordState $) {
        this.comment = $.comment;
        this.commentModifiedOn = $.commentModifiedOn;
        this.content = $.content;
        this.createdOn = $.createdOn;
        this.data = $.data;
        this.includeShadowMetadata = $.includeShadowMetadata;
        this.meta = $.meta;
        this.modifiedOn = $.modifiedOn;
        this.name = $.name;
        this.priority = $.priority;
        this.privateRouting = $.privateRouting;
        this.proxiable = $.proxiable;
        this.proxied = $.proxied;
        this.settings = $.settings;
        this.tags = $.tags;
        this.tagsModifiedOn = $.tagsModifiedOn;
        this.ttl = $.ttl;
        this.type = $.type;
        this.zoneId = $.zoneId;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(DnsRecordState defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private DnsRecordState $;

        public Builder() {
            $ = new DnsRecordState();
        }

        public Builder(DnsRecordState defaults) {
            $ = new DnsRecordState(Objects.requireNonNull(defaults));
        }

        /**
         * @param comment Comments or notes about the DNS record.
         * 
         * @return builder
         * 
         */
        public Builder comment(@Nullable Output<String> comment) {
            $.comment = comment;
            return this;
        }

        /**
         * @param comment Comments or notes about the DNS record.
         * 
         * @return builder
         * 
         */
        public Builder comment(String comment) {
            return comment(Output.of(comment));
        }

        /**
         * @param commentModifiedOn When the record comment was last modified.
         * 
         * @return builder
         * 
         */
        public Builder commentModifiedOn(@Nullable Output<String> commentModifiedOn) {
            $.commentModifiedOn = commentModifiedOn;
            return this;
        }

        /**
         * @param commentModifiedOn When the record comment was last modified.
         * 
         * @return builder
         * 
         */
        public Builder commentModifiedOn(String commentModifiedOn) {
            return commentModifiedOn(Output.of(commentModifiedOn));
        }

        /**
         * @param content A valid IPv4 address.
         * 
         * @return builder
         * 
         */
        public Builder content(@Nullable Output<String> content) {
            $.content = content;
            return this;
        }

        /**
         * @param content A valid IPv4 address.
         * 
         * @return builder
         * 
         */
        public Builder content(String content) {
            return content(Output.of(content));
        }

        /**
         * @param createdOn When the record was created.
         * 
         * @return builder
         * 
         */
        public Builder createdOn(@Nullable Output<String> createdOn) {
            $.createdOn = createdOn;
            return this;
        }

        /**
         * @param createdOn When the record was created.
         * 
         * @return builder
         * 
         */
        public Builder createdOn(String createdOn) {
            return createdOn(Output.of(createdOn));
        }

        public Builder data(@Nullable Output<DnsRecordDataArgs> data) {
            $.data = data;
            return this;
        }

        public Builder data(DnsRecordDataArgs data) {
            return data(Output.of(data));
        }

        /**
         * @param includeShadowMetadata Whether to include shadow metadata in the meta field of the record.
         * 
         * @return builder
         * 
         */
        public Builder includeShadowMetadata(@Nullable Output<Boolean> includeShadowMetadata) {
            $.includeShadowMetadata = includeShadowMetadata;
            return this;
        }

        /**
         * @param includeShadowMetadata Whether to include shadow metadata in the meta field of the record.
         * 
         * @return builder
         * 
         */
        public Builder includeShadowMetadata(Boolean includeShadowMetadata) {
            return includeShadowMetadata(Output.of(includeShadowMetadata));
        }

        /**
         * @param meta Extra Cloudflare-specific information about the record.
         * 
         * @return builder
         * 
         */
        public Builder meta(@Nullable Output<String> meta) {
            $.meta = meta;
            return this;
        }

        /**
         * @param meta Extra Cloudflare-specific information about the record.
         * 
         * @return builder
         * 
         */
        public Builder meta(String meta) {
            return meta(Output.of(meta));
        }

        /**
         * @param modifiedOn When the record was last modified.
         * 
         * @return builder
         * 
         */
        public Builder modifiedOn(@Nullable Output<String> modifiedOn) {
            $.modifiedOn = modifiedOn;
            return this;
        }

        /**
         * @param modifiedOn When the record was last modified.
         * 
         * @return builder
         * 
         */
        public Builder modifiedOn(String modifiedOn) {
            return modifiedOn(Output.of(modifiedOn));
        }

        /**
         * @param name DNS record name (or {@literal @} for the zone apex) in Punycode.
         * 
         * @return builder
         * 
         */
        public Builder name(@Nullable Output<String> name) {
            $.name = name;
            return this;
        }

        /**
         * @param name DNS record name (or {@literal @} for the zone apex) in Punycode.
         * 
         * @return builder
         * 
         */
        public Builder name(String name) {
            return name(Output.of(name));
        }

        /**
         * @param priority Required for MX, SRV and URI records; unused by other record types.
         * 
         * @return builder
         * 
         */
        public Builder priority(@Nullable Output<Double> priority) {
            $.priority = priority;
            return this;
        }

        /**
         * @param priority Required for MX, SRV and URI records; unused by other record types.
         * 
         * @return builder
         * 
         */
        public Builder priority(Double priority) {
            return priority(Output.of(priority));
        }

        /**
         * @param privateRouting Enables private network routing to the origin.
         * 
         * @return builder
         * 
         */
        public Builder privateRouting(@Nullable Output<Boolean> privateRouting) {
            $.privateRouting = privateRouting;
            return this;
        }

        /**
         * @param privateRouting Enables private network routing to the origin.
         * 
         * @return builder
         * 
         */
        public Builder privateRouting(Boolean privateRouting) {
            return privateRouting(Output.of(privateRouting));
        }

        /**
         * @param proxiable Whether the record can be proxied by Cloudflare or not.
         * 
         * @return builder
         * 
         */
        public Builder proxiable(@Nullable Output<Boolean> proxiable) {
            $.proxiable = proxiable;
            return this;
        }

        /**
         * @param proxiable Whether the record can be proxied by Cloudflare or not.
         * 
         * @return builder
         * 
         */
        public Builder proxiable(Boolean proxiable) {
            return proxiable(Output.of(proxiable));
        }

        /**
         * @param proxied Whether the record is receiving the performance and security benefits of Cloudflare.
         * 
         * @return builder
         * 
         */
        public Builder proxied(@Nullable Output<Boolean> proxied) {
            $.proxied = proxied;
            return this;
        }

        /**
         * @param proxied Whether the record is receiving the performance and security benefits of Cloudflare.
         * 
         * @return builder
         * 
         */
        public Builder proxied(Boolean proxied) {
            return proxied(Output.of(proxied));
        }

        public Builder settings(@Nullable Output<DnsRecordSettingsArgs> settings) {
            $.settings = settings;
            return this;
        }

        public Builder settings(DnsRecordSettingsArgs settings) {
            return settings(Output.of(settings));
        }

        /**
         * @param tags Custom tags for the DNS record.
         * 
         * @return builder
         * 
         */
        public Builder tags(@Nullable Output<List<String>> tags) {
            $.tags = tags;
            return this;
        }

        /**
         * @param tags Custom tags for the DNS record.
         * 
         * @return builder
         * 
         */
        public Builder tags(List<String> tags) {
            return tags(Output.of(tags));
        }

        /**
         * @param tags Custom tags for the DNS record.
         * 
         * @return builder
         * 
         */
        public Builder tags(String... tags) {
            return tags(List.of(tags));
        }

        /**
         * @param tagsModifiedOn When the record tags were last modified.
         * 
         * @return builder
         * 
         */
        public Builder tagsModifiedOn(@Nullable Output<String> tagsModifiedOn) {
            $.tagsModifiedOn = tagsModifiedOn;
            return this;
        }

        /**
         * @param tagsModifiedOn When the record tags were last modified.
         * 
         * @return builder
         * 
         */
        public Builder tagsModifiedOn(String tagsModifiedOn) {
            return tagsModifiedOn(Output.of(tagsModifiedOn));
        }

        /**
         * @param ttl Time To Live (TTL) of the DNS record in seconds.
         * 
         * @return builder
         * 
         */
        public Builder ttl(@Nullable Output<Double> ttl) {
            $.ttl = ttl;
            return this;
        }

        /**
         * @param ttl Time To Live (TTL) of the DNS record in seconds.
         * 
         * @return builder
         * 
         */
        public Builder ttl(Double ttl) {
            return ttl(Output.of(ttl));
        }

        public Builder type(@Nullable Output<String> type) {
            $.type = type;
            return this;
        }

        public Builder type(String type) {
            return type(Output.of(type));
        }

        /**
         * @param zoneId Identifier.
         * 
         * @return builder
         * 
         */
        public Builder zoneId(@Nullable Output<String> zoneId) {
            $.zoneId = zoneId;
            return this;
        }

        /**
         * @param zoneId Identifier.
         * 
         * @return builder
         * 
         */
        public Builder zoneId(String zoneId) {
            return zoneId(Output.of(zoneId));
        }

        public DnsRecordState build() {
            return $;
        }
    }

}
