// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.String;
import java.util.Objects;

@CustomType
public final class GetZoneTenantUnit {
    private String id;

    private GetZoneTenantUnit() {}
    public String id() {
        return this.id;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(GetZoneTenantUnit defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private String id;
        public Builder() {}
        public Builder(GetZoneTenantUnit defaults) {
            Objects.requireNonNull(defaults);
            this.id = defaults.id;
        }

        @CustomType.Setter
        public Builder id(String id) {
            if (id == null) {
              throw new MissingRequiredPropertyException("GetZoneTenantUnit", "id");
            }
            this.id = id;
            return this;
        }
        public GetZoneTenantUnit build() {
            final var _resultValue = new GetZoneTenantUnit();
            _resultValue.id = id;
            return _resultValue;
        }
    }
}
