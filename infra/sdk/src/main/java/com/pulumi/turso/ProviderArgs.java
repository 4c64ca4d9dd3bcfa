// Howler binding for the Howler Turso provider (infra/turso-provider), in the shape of pulumi-java-gen output.
// Keep it in step with the provider's schema.json: TursoBindingsConformanceTest in infra/turso-provider checks it.

package com.pulumi.turso;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


/**
 * Inputs of the turso {@link Provider}.
 */
public final class ProviderArgs extends com.pulumi.resources.ResourceArgs {

    public static final ProviderArgs Empty = new ProviderArgs();

    /**
     * Turso platform API token (secret). Default: env {@code TURSO_API_TOKEN}.
     */
    @Import(name="apiToken")
    private @Nullable Output<String> apiToken;

    /**
     * @return Turso platform API token (secret). Default: env {@code TURSO_API_TOKEN}.
     */
    public Optional<Output<String>> apiToken() {
        return Optional.ofNullable(this.apiToken);
    }

    /**
     * Platform API base URL. Default {@code https://api.turso.tech}.
     */
    @Import(name="baseUrl")
    private @Nullable Output<String> baseUrl;

    /**
     * @return Platform API base URL. Default {@code https://api.turso.tech}.
     */
    public Optional<Output<String>> baseUrl() {
        return Optional.ofNullable(this.baseUrl);
    }

    /**
     * Turso organization slug. Default: env {@code TURSO_ORGANIZATION}.
     */
    @Import(name="organization")
    private @Nullable Output<String> organization;

    /**
     * @return Turso organization slug. Default: env {@code TURSO_ORGANIZATION}.
     */
    public Optional<Output<String>> organization() {
        return Optional.ofNullable(this.organization);
    }

    private ProviderArgs() {}

    private ProviderArgs(ProviderArgs $) {
        this.apiToken = $.apiToken;
        this.baseUrl = $.baseUrl;
        this.organization = $.organization;
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

        /**
         * @param apiToken Turso platform API token (secret). Default: env {@code TURSO_API_TOKEN}.
         * @return builder
         */
        public Builder apiToken(@Nullable Output<String> apiToken) {
            $.apiToken = apiToken;
            return this;
        }

        /**
         * @param apiToken Turso platform API token (secret). Default: env {@code TURSO_API_TOKEN}.
         * @return builder
         */
        public Builder apiToken(String apiToken) {
            return apiToken(Output.of(apiToken));
        }

        /**
         * @param baseUrl Platform API base URL. Default {@code https://api.turso.tech}.
         * @return builder
         */
        public Builder baseUrl(@Nullable Output<String> baseUrl) {
            $.baseUrl = baseUrl;
            return this;
        }

        /**
         * @param baseUrl Platform API base URL. Default {@code https://api.turso.tech}.
         * @return builder
         */
        public Builder baseUrl(String baseUrl) {
            return baseUrl(Output.of(baseUrl));
        }

        /**
         * @param organization Turso organization slug. Default: env {@code TURSO_ORGANIZATION}.
         * @return builder
         */
        public Builder organization(@Nullable Output<String> organization) {
            $.organization = organization;
            return this;
        }

        /**
         * @param organization Turso organization slug. Default: env {@code TURSO_ORGANIZATION}.
         * @return builder
         */
        public Builder organization(String organization) {
            return organization(Output.of(organization));
        }

        public ProviderArgs build() {
            return $;
        }
    }
}
