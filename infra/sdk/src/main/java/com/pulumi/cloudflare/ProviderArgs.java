// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class ProviderArgs extends com.pulumi.resources.ResourceArgs {

    public static final ProviderArgs Empty = new ProviderArgs();

    @Import(name="apiKey")
    private @Nullable Output<String> apiKey;

    public Optional<Output<String>> apiKey() {
        return Optional.ofNullable(this.apiKey);
    }

    @Import(name="apiToken")
    private @Nullable Output<String> apiToken;

    public Optional<Output<String>> apiToken() {
        return Optional.ofNullable(this.apiToken);
    }

    @Import(name="apiUserServiceKey")
    private @Nullable Output<String> apiUserServiceKey;

    public Optional<Output<String>> apiUserServiceKey() {
        return Optional.ofNullable(this.apiUserServiceKey);
    }

    @Import(name="baseUrl")
    private @Nullable Output<String> baseUrl;

    public Optional<Output<String>> baseUrl() {
        return Optional.ofNullable(this.baseUrl);
    }

    @Import(name="email")
    private @Nullable Output<String> email;

    public Optional<Output<String>> email() {
        return Optional.ofNullable(this.email);
    }

    @Import(name="userAgentOperatorSuffix")
    private @Nullable Output<String> userAgentOperatorSuffix;

    public Optional<Output<String>> userAgentOperatorSuffix() {
        return Optional.ofNullable(this.userAgentOperatorSuffix);
    }

    private ProviderArgs() {}

    private ProviderArgs(ProviderArgs $) {
        this.apiKey = $.apiKey;
        this.apiToken = $.apiToken;
        this.apiUserServiceKey = $.apiUserServiceKey;
        this.baseUrl = $.baseUrl;
        this.email = $.email;
        this.userAgentOperatorSuffix = $.userAgentOperatorSuffix;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(ProviderArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private ProviderArgs $;

        public Builder() {
            $ = new ProviderArgs();
        }

        public Builder(ProviderArgs defaults) {
            $ = new ProviderArgs(Objects.requireNonNull(defaults));
        }

        public Builder apiKey(@Nullable Output<String> apiKey) {
            $.apiKey = apiKey == null ? null : apiKey.asSecret();
            return this;
        }

        public Builder apiKey(String apiKey) {
            return apiKey(Output.ofSecret(apiKey));
        }

        public Builder apiToken(@Nullable Output<String> apiToken) {
            $.apiToken = apiToken == null ? null : apiToken.asSecret();
            return this;
        }

        public Builder apiToken(String apiToken) {
            return apiToken(Output.ofSecret(apiToken));
        }

        public Builder apiUserServiceKey(@Nullable Output<String> apiUserServiceKey) {
            $.apiUserServiceKey = apiUserServiceKey == null ? null : apiUserServiceKey.asSecret();
            return this;
        }

        public Builder apiUserServiceKey(String apiUserServiceKey) {
            return apiUserServiceKey(Output.ofSecret(apiUserServiceKey));
        }

        public Builder baseUrl(@Nullable Output<String> baseUrl) {
            $.baseUrl = baseUrl;
            return this;
        }

        public Builder baseUrl(String baseUrl) {
            return baseUrl(Output.of(baseUrl));
        }

        public Builder email(@Nullable Output<String> email) {
            $.email = email;
            return this;
        }

        public Builder email(String email) {
            return email(Output.of(email));
        }

        public Builder userAgentOperatorSuffix(@Nullable Output<String> userAgentOperatorSuffix) {
            $.userAgentOperatorSuffix = userAgentOperatorSuffix;
            return this;
        }

        public Builder userAgentOperatorSuffix(String userAgentOperatorSuffix) {
            return userAgentOperatorSuffix(Output.of(userAgentOperatorSuffix));
        }

        public ProviderArgs build() {
            return $;
        }
    }

}
