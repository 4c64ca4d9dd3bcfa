// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.lang.Boolean;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class DnsRecordSettingsArgs extends com.pulumi.resources.ResourceArgs {

    public static final DnsRecordSettingsArgs Empty = new DnsRecordSettingsArgs();

    @Import(name="flattenCname")
    private @Nullable Output<Boolean> flattenCname;

    public Optional<Output<Boolean>> flattenCname() {
        return Optional.ofNullable(this.flattenCname);
    }

    @Import(name="ipv4Only")
    private @Nullable Output<Boolean> ipv4Only;

    public Optional<Output<Boolean>> ipv4Only() {
        return Optional.ofNullable(this.ipv4Only);
    }

    @Import(name="ipv6Only")
    private @Nullable Output<Boolean> ipv6Only;

    public Optional<Output<Boolean>> ipv6Only() {
        return Optional.ofNullable(this.ipv6Only);
    }

    private DnsRecordSettingsArgs() {}

    private DnsRecordSettingsArgs(DnsRecordSettingsArgs $) {
        this.flattenCname = $.flattenCname;
        this.ipv4Only = $.ipv4Only;
        this.ipv6Only = $.ipv6Only;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(DnsRecordSettingsArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private DnsRecordSettingsArgs $;

        public Builder() {
            $ = new DnsRecordSettingsArgs();
        }

        public Builder(DnsRecordSettingsArgs defaults) {
            $ = new DnsRecordSettingsArgs(Objects.requireNonNull(defaults));
        }

        public Builder flattenCname(@Nullable Output<Boolean> flattenCname) {
            $.flattenCname = flattenCname;
            return this;
        }

        public Builder flattenCname(Boolean flattenCname) {
            return flattenCname(Output.of(flattenCname));
        }

        public Builder ipv4Only(@Nullable Output<Boolean> ipv4Only) {
            $.ipv4Only = ipv4Only;
            return this;
        }

        public Builder ipv4Only(Boolean ipv4Only) {
            return ipv4Only(Output.of(ipv4Only));
        }

        public Builder ipv6Only(@Nullable Output<Boolean> ipv6Only) {
            $.ipv6Only = ipv6Only;
            return this;
        }

        public Builder ipv6Only(Boolean ipv6Only) {
            return ipv6Only(Output.of(ipv6Only));
        }

        public DnsRecordSettingsArgs build() {
            return $;
        }
    }

}
