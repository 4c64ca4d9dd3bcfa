// Howler binding for the Howler Turso provider (infra/turso-provider), in the shape of pulumi-java-gen output.
// Keep it in step with the provider's schema.json: TursoBindingsConformanceTest in infra/turso-provider checks it.

package com.pulumi.turso;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import com.pulumi.turso.DatabaseTokenArgs;
import com.pulumi.turso.Utilities;
import java.lang.String;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;


/**
 * An auth token for one Turso database, kept in state as a secret. Every input change mints a new token.
 */
@ResourceType(type="turso:index:DatabaseToken")
public class DatabaseToken extends com.pulumi.resources.CustomResource {
    /**
     * {@code full-access} or {@code read-only}.
     */
    @Export(name="authorization", refs={String.class}, tree="[0]")
    private Output<String> authorization;

    /**
     * @return {@code full-access} or {@code read-only}.
     */
    public Output<String> authorization() {
        return this.authorization;
    }
    /**
     * Name of the database.
     */
    @Export(name="database", refs={String.class}, tree="[0]")
    private Output<String> database;

    /**
     * @return Name of the database.
     */
    public Output<String> database() {
        return this.database;
    }
    /**
     * Expiration as given.
     */
    @Export(name="expiration", refs={String.class}, tree="[0]")
    private Output<String> expiration;

    /**
     * @return Expiration as given.
     */
    public Output<String> expiration() {
        return this.expiration;
    }
    /**
     * Rotation key as given.
     */
    @Export(name="rotation", refs={String.class}, tree="[0]")
    private Output</* @Nullable */ String> rotation;

    /**
     * @return Rotation key as given.
     */
    public Output<Optional<String>> rotation() {
        return Codegen.optional(this.rotation);
    }
    /**
     * The token (JWT), a secret. It stays the same across updates until an input changes.
     */
    @Export(name="token", refs={String.class}, tree="[0]")
    private Output<String> token;

    /**
     * @return The token (JWT), a secret. It stays the same across updates until an input changes.
     */
    public Output<String> token() {
        return this.token;
    }

    /**
     *
     * @param name The _unique_ name of the resulting resource.
     */
    public DatabaseToken(java.lang.String name) {
        this(name, DatabaseTokenArgs.Empty);
    }
    /**
     *
     * @param name The _unique_ name of the resulting resource.
     * @param args The arguments to use to populate this resource's properties.
     */
    public DatabaseToken(java.lang.String name, DatabaseTokenArgs args) {
        this(name, args, null);
    }
    /**
     *
     * @param name The _unique_ name of the resulting resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param options A bag of options that control this resource's behavior.
     */
    public DatabaseToken(java.lang.String name, DatabaseTokenArgs args, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        super("turso:index:DatabaseToken", name, makeArgs(args, options), makeResourceOptions(options, Codegen.empty()), false);
    }

    private DatabaseToken(java.lang.String name, Output<java.lang.String> id, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        super("turso:index:DatabaseToken", name, null, makeResourceOptions(options, id), false);
    }

    private static DatabaseTokenArgs makeArgs(DatabaseTokenArgs args, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        if (options != null && options.getUrn().isPresent()) {
            return null;
        }
        return args == null ? DatabaseTokenArgs.Empty : args;
    }

    private static com.pulumi.resources.CustomResourceOptions makeResourceOptions(@Nullable com.pulumi.resources.CustomResourceOptions options, @Nullable Output<java.lang.String> id) {
        var defaultOptions = com.pulumi.resources.CustomResourceOptions.builder()
            .version(Utilities.getVersion())
            .additionalSecretOutputs(List.of(
                "token"
            ))
            .build();
        return com.pulumi.resources.CustomResourceOptions.merge(defaultOptions, options, id);
    }

    /**
     * Get an existing DatabaseToken resource's state with the given name and ID (read from Turso by the provider).
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param options Optional settings to control the behavior of the CustomResource.
     */
    public static DatabaseToken get(java.lang.String name, Output<java.lang.String> id, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        return new DatabaseToken(name, id, options);
    }
}
