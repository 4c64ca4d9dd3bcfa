// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare;

import com.pulumi.cloudflare.ProviderArgs;
import com.pulumi.cloudflare.Utilities;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import java.lang.String;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The provider type for the cloudflare package. By default, resources use package-wide configuration
 * settings (stack config {@code cloudflare:apiToken}, or {@code CLOUDFLARE_API_TOKEN}), however an explicit
 * {@code Provider} instance may be created and passed during resource construction to achieve fine-grained
 * programmatic control over provider settings.
 * 
 */
@ResourceType(type="pulumi:providers:cloudflare")
public class Provider extends com.pulumi.resources.ProviderResource {
    /**
     * Provider setting `apiKey`.
     * Alternatively read from the `CLOUDFLARE_API_KEY` environment variable.
     * A secret: recorded as a secret output.
     * 
     */
    @Export(name="apiKey", refs={String.class}, tree="[0]")
    private Output</* @Nullable */ String> apiKey;

    /**
     * @return Provider setting `apiKey`.
     * 
     */
    public Output<Optional<String>> apiKey() {
        return Codegen.optional(this.apiKey);
    }
    /**
     * Provider setting `apiToken`.
     * Alternatively read from the `CLOUDFLARE_API_TOKEN` environment variable.
     * A secret: recorded as a secret output.
     * 
     */
    @Export(name="apiToken", refs={String.class}, tree="[0]")
    private Output</* @Nullable */ String> apiToken;

    /**
     * @return Provider setting `apiToken`.
     * 
     */
    public Output<Optional<String>> apiToken() {
        return Codegen.optional(this.apiToken);
    }
    /**
     * Provider setting `apiUserServiceKey`.
     * Alternatively read from the `CLOUDFLARE_API_USER_SERVICE_KEY` environment variable.
     * A secret: recorded as a secret output.
     * 
     */
    @Export(name="apiUserServiceKey", refs={String.class}, tree="[0]")
    private Output</* @Nullable */ String> apiUserServiceKey;

    /**
     * @return Provider setting `apiUserServiceKey`.
     * 
     */
    public Output<Optional<String>> apiUserServiceKey() {
        return Codegen.optional(this.apiUserServiceKey);
    }
    /**
     * Provider setting `baseUrl`.
     * 
     */
    @Export(name="baseUrl", refs={String.class}, tree="[0]")
    private Output</* @Nullable */ String> baseUrl;

    /**
     * @return Provider setting `baseUrl`.
     * 
     */
    public Output<Optional<String>> baseUrl() {
        return Codegen.optional(this.baseUrl);
    }
    /**
     * Provider setting `email`.
     * Alternatively read from the `CLOUDFLARE_EMAIL` environment variable.
     * 
     */
    @Export(name="email", refs={String.class}, tree="[0]")
    private Output</* @Nullable */ String> email;

    /**
     * @return Provider setting `email`.
     * 
     */
    public Output<Optional<String>> email() {
        return Codegen.optional(this.email);
    }
    /**
     * Provider setting `userAgentOperatorSuffix`.
     * Alternatively read from the `CLOUDFLARE_USER_AGENT_OPERATOR_SUFFIX` environment variable.
     * 
     */
    @Export(name="userAgentOperatorSuffix", refs={String.class}, tree="[0]")
    private Output</* @Nullable */ String> userAgentOperatorSuffix;

    /**
     * @return Provider setting `userAgentOperatorSuffix`.
     * 
     */
    public Output<Optional<String>> userAgentOperatorSuffix() {
        return Codegen.optional(this.userAgentOperatorSuffix);
    }

    /**
     *
     * @param name The _unique_ name of the resulting resource.
     */
    public Provider(java.lang.String name) {
        this(name, ProviderArgs.Empty);
    }
    /**
     *
     * @param name The _unique_ name of the resulting resource.
     * @param args The arguments to use to populate this resource's properties.
     */
    public Provider(java.lang.String name, @Nullable ProviderArgs args) {
        this(name, args, null);
    }
    /**
     *
     * @param name The _unique_ name of the resulting resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param options A bag of options that control this resource's behavior.
     */
    public Provider(java.lang.String name, @Nullable ProviderArgs args, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        super("cloudflare", name, makeArgs(args, options), makeResourceOptions(options, Codegen.empty()), false);
    }

    private static ProviderArgs makeArgs(@Nullable ProviderArgs args, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        if (options != null && options.getUrn().isPresent()) {
            return null;
        }
        return args == null ? ProviderArgs.Empty : args;
    }

    private static com.pulumi.resources.CustomResourceOptions makeResourceOptions(@Nullable com.pulumi.resources.CustomResourceOptions options, @Nullable Output<java.lang.String> id) {
        var defaultOptions = com.pulumi.resources.CustomResourceOptions.builder()
            .version(Utilities.getVersion())
            .additionalSecretOutputs(List.of(
                "apiKey", "apiToken", "apiUserServiceKey"
            ))
            .build();
        return com.pulumi.resources.CustomResourceOptions.merge(defaultOptions, options, id);
    }

}
