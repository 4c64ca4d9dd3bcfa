// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare;

import com.pulumi.cloudflare.inputs.DnsRecordDataArgs;
import com.pulumi.cloudflare.inputs.DnsRecordSettingsArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.Boolean;
import java.lang.Double;
import java.lang.String;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class DnsRecordArgs extends com.pulumi.resources.ResourceArgs {

    public static final DnsRecordArgs Empty = new DnsRecordArgs();

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
     * DNS record name (or {@literal @} for the zone apex) in Punycode.
     * 
     */
    @Import(name="name", required=true)
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
     * Time To Live (TTL) of the DNS record in seconds.
     * 
     */
    @Import(name="ttl", required=true)
    private Output<Double> ttl;

    /**
     * @return Time To Live (TTL) of the DNS record in seconds.
     * 
     */
    public Output<Double> ttl() {
        return this.ttl;
    }

    /**
     * Available values: &#34;A&#34;, &#34;AAAA&#34;, &#34;CNAME&#34;, &#34;MX&#34;, &#34;NS&#34;, &#34;OPENPGPKEY&#34;, &#34;PTR&#34;, &#34;TXT&#34;, &#34;CAA&#34;, &#34;CERT&#34;, &#34;DNSKEY&#34;, &#34;DS&#34;, &#34;HTTPS&#34;, &#34;LOC&#34;, &#34;NAPTR&#34;, &#34;SMIMEA&#34;, &#34;SRV&#34;, &#34;SSHFP&#34;, &#34;SVCB&#34;, &#34;TLSA&#34;, &#34;URI&#34;.
     * 
     */
    @Import(name="type", required=true)
    private Output<String> type;

    /**
     * @return Available values: &#34;A&#34;, &#34;AAAA&#34;, &#34;CNAME&#34;, &#34;MX&#34;, &#34;NS&#34;, &#34;OPENPGPKEY&#34;, &#34;PTR&#34;, &#34;TXT&#34;, &#34;CAA&#34;, &#34;CERT&#34;, &#34;DNSKEY&#34;, &#34;DS&#34;, &#34;HTTPS&#34;, &#34;LOC&#34;, &#34;NAPTR&#34;, &#34;SMIMEA&#34;, &#34;SRV&#34;, &#34;SSHFP&#34;, &#34;SVCB&#34;, &#34;TLSA&#34;, &#34;URI&#34;.
     * 
     */
    public Output<String> type() {
        return this.type;
    }

    /**
     * Identifier.
     * 
     */
    @Import(name="zoneId", required=true)
    private Output<String> zoneId;

    /**
     * @return Identifier.
     * 
     */
    public Output<String> zoneId() {
        return this.zoneId;
    }

    private DnsRecordArgs() {}

    private DnsRecordArgs(DnsRecordArgs $) {
        this.comment = $.comment;
        this.content = $.content;
        this.data = $.data;
        this.includeShadowMetadata = $.includeShadowMetadata;
        this.name = $.name;
        this.priority = $.priority;
        this.privateRouting = $.privateRouting;
        this.proxied = $.proxied;
        this.settings = $.settings;
        this.tags = $.tags;
        this.ttl = $.ttl;
        this.type = $.type;
        this.zoneId = $.zoneId;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(DnsRecordArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private DnsRecordArgs $;

        public Builder() {
            $ = new DnsRecordArgs();
        }

        public Builder(DnsRecordArgs defaults) {
            $ = new DnsRecordArgs(Objects.requireNonNull(defaults));
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
         * @param name DNS record name (or {@literal @} for the zone apex) in Punycode.
         * 
         * @return builder
         * 
         */
        public Builder name(Output<String> name) {
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
         * @param ttl Time To Live (TTL) of the DNS record in seconds.
         * 
         * @return builder
         * 
         */
        public Builder ttl(Output<Double> ttl) {
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

        /**
         * @param type Available values: &#34;A&#34;, &#34;AAAA&#34;, &#34;CNAME&#34;, &#34;MX&#34;, &#34;NS&#34;, &#34;OPENPGPKEY&#34;, &#34;PTR&#34;, &#34;TXT&#34;, &#34;CAA&#34;, &#34;CERT&#34;, &#34;DNSKEY&#34;, &#34;DS&#34;, &#34;HTTPS&#34;, &#34;LOC&#34;, &#34;NAPTR&#34;, &#34;SMIMEA&#34;, &#34;SRV&#34;, &#34;SSHFP&#34;, &#34;SVCB&#34;, &#34;TLSA&#34;, &#34;URI&#34;.
         * 
         * @return builder
         * 
         */
        public Builder type(Output<String> type) {
            $.type = type;
            return this;
        }

        /**
         * @param type Available values: &#34;A&#34;, &#34;AAAA&#34;, &#34;CNAME&#34;, &#34;MX&#34;, &#34;NS&#34;, &#34;OPENPGPKEY&#34;, &#34;PTR&#34;, &#34;TXT&#34;, &#34;CAA&#34;, &#34;CERT&#34;, &#34;DNSKEY&#34;, &#34;DS&#34;, &#34;HTTPS&#34;, &#34;LOC&#34;, &#34;NAPTR&#34;, &#34;SMIMEA&#34;, &#34;SRV&#34;, &#34;SSHFP&#34;, &#34;SVCB&#34;, &#34;TLSA&#34;, &#34;URI&#34;.
         * 
         * @return builder
         * 
         */
        public Builder type(String type) {
            return type(Output.of(type));
        }

        /**
         * @param zoneId Identifier.
         * 
         * @return builder
         * 
         */
        public Builder zoneId(Output<String> zoneId) {
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

        public DnsRecordArgs build() {
            if ($.name == null) {
                throw new MissingRequiredPropertyException("DnsRecordArgs", "name");
            }
            if ($.ttl == null) {
                throw new MissingRequiredPropertyException("DnsRecordArgs", "ttl");
            }
            if ($.type == null) {
                throw new MissingRequiredPropertyException("DnsRecordArgs", "type");
            }
            if ($.zoneId == null) {
                throw new MissingRequiredPropertyException("DnsRecordArgs", "zoneId");
            }
            return $;
        }
    }

}
