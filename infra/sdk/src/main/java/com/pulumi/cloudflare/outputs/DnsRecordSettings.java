// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import java.lang.Boolean;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

@CustomType
public final class DnsRecordSettings {
    private @Nullable Boolean flattenCname;
    private @Nullable Boolean ipv4Only;
    private @Nullable Boolean ipv6Only;

    private DnsRecordSettings() {}
    public Optional<Boolean> flattenCname() {
        return Optional.ofNullable(this.flattenCname);
    }
    public Optional<Boolean> ipv4Only() {
        return Optional.ofNullable(this.ipv4Only);
    }
    public Optional<Boolean> ipv6Only() {
        return Optional.ofNullable(this.ipv6Only);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(DnsRecordSettings defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private @Nullable Boolean flattenCname;
        private @Nullable Boolean ipv4Only;
        private @Nullable Boolean ipv6Only;
        public Builder() {}
        public Builder(DnsRecordSettings defaults) {
            Objects.requireNonNull(defaults);
            this.flattenCname = defaults.flattenCname;
            this.ipv4Only = defaults.ipv4Only;
            this.ipv6Only = defaults.ipv6Only;
        }

        @CustomType.Setter
        public Builder flattenCname(@Nullable Boolean flattenCname) {
            this.flattenCname = flattenCname;
            return this;
        }
        @CustomType.Setter
        public Builder ipv4Only(@Nullable Boolean ipv4Only) {
            this.ipv4Only = ipv4Only;
            return this;
        }
        @CustomType.Setter
        public Builder ipv6Only(@Nullable Boolean ipv6Only) {
            this.ipv6Only = ipv6Only;
            return this;
        }
        public DnsRecordSettings build() {
            final var _resultValue = new DnsRecordSettings();
            _resultValue.flattenCname = flattenCname;
            _resultValue.ipv4Only = ipv4Only;
            _resultValue.ipv6Only = ipv6Only;
            return _resultValue;
        }
    }
}
