// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.Boolean;
import java.lang.Integer;
import java.util.Objects;

@CustomType
public final class GetZoneMeta {
    private Boolean cdnOnly;
    private Integer customCertificateQuota;
    private Boolean dnsOnly;
    private Boolean foundationDns;
    private Integer pageRuleQuota;
    private Boolean phishingDetected;
    private Integer step;

    private GetZoneMeta() {}
    public Boolean cdnOnly() {
        return this.cdnOnly;
    }
    public Integer customCertificateQuota() {
        return this.customCertificateQuota;
    }
    public Boolean dnsOnly() {
        return this.dnsOnly;
    }
    public Boolean foundationDns() {
        return this.foundationDns;
    }
    public Integer pageRuleQuota() {
        return this.pageRuleQuota;
    }
    public Boolean phishingDetected() {
        return this.phishingDetected;
    }
    public Integer step() {
        return this.step;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(GetZoneMeta defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private Boolean cdnOnly;
        private Integer customCertificateQuota;
        private Boolean dnsOnly;
        private Boolean foundationDns;
        private Integer pageRuleQuota;
        private Boolean phishingDetected;
        private Integer step;
        public Builder() {}
        public Builder(GetZoneMeta defaults) {
            Objects.requireNonNull(defaults);
            this.cdnOnly = defaults.cdnOnly;
            this.customCertificateQuota = defaults.customCertificateQuota;
            this.dnsOnly = defaults.dnsOnly;
            this.foundationDns = defaults.foundationDns;
            this.pageRuleQuota = defaults.pageRuleQuota;
            this.phishingDetected = defaults.phishingDetected;
            this.step = defaults.step;
        }

        @CustomType.Setter
        public Builder cdnOnly(Boolean cdnOnly) {
            if (cdnOnly == null) {
              throw new MissingRequiredPropertyException("GetZoneMeta", "cdnOnly");
            }
            this.cdnOnly = cdnOnly;
            return this;
        }
        @CustomType.Setter
        public Builder customCertificateQuota(Integer customCertificateQuota) {
            if (customCertificateQuota == null) {
              throw new MissingRequiredPropertyException("GetZoneMeta", "customCertificateQuota");
            }
            this.customCertificateQuota = customCertificateQuota;
            return this;
        }
        @CustomType.Setter
        public Builder dnsOnly(Boolean dnsOnly) {
            if (dnsOnly == null) {
              throw new MissingRequiredPropertyException("GetZoneMeta", "dnsOnly");
            }
            this.dnsOnly = dnsOnly;
            return this;
        }
        @CustomType.Setter
        public Builder foundationDns(Boolean foundationDns) {
            if (foundationDns == null) {
              throw new MissingRequiredPropertyException("GetZoneMeta", "foundationDns");
            }
            this.foundationDns = foundationDns;
            return this;
        }
        @CustomType.Setter
        public Builder pageRuleQuota(Integer pageRuleQuota) {
            if (pageRuleQuota == null) {
              throw new MissingRequiredPropertyException("GetZoneMeta", "pageRuleQuota");
            }
            this.pageRuleQuota = pageRuleQuota;
            return this;
        }
        @CustomType.Setter
        public Builder phishingDetected(Boolean phishingDetected) {
            if (phishingDetected == null) {
              throw new MissingRequiredPropertyException("GetZoneMeta", "phishingDetected");
            }
            this.phishingDetected = phishingDetected;
            return this;
        }
        @CustomType.Setter
        public Builder step(Integer step) {
            if (step == null) {
              throw new MissingRequiredPropertyException("GetZoneMeta", "step");
            }
            this.step = step;
            return this;
        }
        public GetZoneMeta build() {
            final var _resultValue = new GetZoneMeta();
            _resultValue.cdnOnly = cdnOnly;
            _resultValue.customCertificateQuota = customCertificateQuota;
            _resultValue.dnsOnly = dnsOnly;
            _resultValue.foundationDns = foundationDns;
            _resultValue.pageRuleQuota = pageRuleQuota;
            _resultValue.phishingDetected = phishingDetected;
            _resultValue.step = step;
            return _resultValue;
        }
    }
}
