// Howler binding for the Howler Turso provider (infra/turso-provider), in the shape of pulumi-java-gen output.
// Keep it in step with the provider's schema.json: TursoBindingsConformanceTest in infra/turso-provider checks it.

package com.pulumi.turso;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import com.pulumi.turso.DatabaseArgs;
import com.pulumi.turso.Utilities;
import com.pulumi.turso.outputs.DatabaseSeed;
import java.lang.Boolean;
import java.lang.String;
import java.util.Optional;
import javax.annotation.Nullable;


/**
 * A Turso database in a group. The Pulumi id is the database name.
 */
@ResourceType(type="turso:index:Database")
public class Database extends com.pulumi.resources.CustomResource {
    /**
     * Turso's id of the database.
     */
    @Export(name="dbId", refs={String.class}, tree="[0]")
    private Output<String> dbId;

    /**
     * @return Turso's id of the database.
     */
    public Output<String> dbId() {
        return this.dbId;
    }
    /**
     * Whether Turso refuses to delete the database.
     */
    @Export(name="deleteProtection", refs={Boolean.class}, tree="[0]")
    private Output<Boolean> deleteProtection;

    /**
     * @return Whether Turso refuses to delete the database.
     */
    public Output<Boolean> deleteProtection() {
        return this.deleteProtection;
    }
    /**
     * Name of the group.
     */
    @Export(name="group", refs={String.class}, tree="[0]")
    private Output<String> group;

    /**
     * @return Name of the group.
     */
    public Output<String> group() {
        return this.group;
    }
    /**
     * Hostname Turso reports, e.g. {@code sql-studio-production-acme.turso.io}.
     */
    @Export(name="hostname", refs={String.class}, tree="[0]")
    private Output<String> hostname;

    /**
     * @return Hostname Turso reports, e.g. {@code sql-studio-production-acme.turso.io}.
     */
    public Output<String> hostname() {
        return this.hostname;
    }
    /**
     * Database name.
     */
    @Export(name="name", refs={String.class}, tree="[0]")
    private Output<String> name;

    /**
     * @return Database name.
     */
    public Output<String> name() {
        return this.name;
    }
    /**
     * The seed the database was created from, if any.
     */
    @Export(name="seed", refs={DatabaseSeed.class}, tree="[0]")
    private Output</* @Nullable */ DatabaseSeed> seed;

    /**
     * @return The seed the database was created from, if any.
     */
    public Output<Optional<DatabaseSeed>> seed() {
        return Codegen.optional(this.seed);
    }
    /**
     * Size limit as given.
     */
    @Export(name="sizeLimit", refs={String.class}, tree="[0]")
    private Output</* @Nullable */ String> sizeLimit;

    /**
     * @return Size limit as given.
     */
    public Output<Optional<String>> sizeLimit() {
        return Codegen.optional(this.sizeLimit);
    }
    /**
     * libSQL URL to connect to: {@code libsql://<hostname>}.
     */
    @Export(name="url", refs={String.class}, tree="[0]")
    private Output<String> url;

    /**
     * @return libSQL URL to connect to: {@code libsql://<hostname>}.
     */
    public Output<String> url() {
        return this.url;
    }

    /**
     *
     * @param name The _unique_ name of the resulting resource.
     */
    public Database(java.lang.String name) {
        this(name, DatabaseArgs.Empty);
    }
    /**
     *
     * @param name The _unique_ name of the resulting resource.
     * @param args The arguments to use to populate this resource's properties.
     */
    public Database(java.lang.String name, DatabaseArgs args) {
        this(name, args, null);
    }
    /**
     *
     * @param name The _unique_ name of the resulting resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param options A bag of options that control this resource's behavior.
     */
    public Database(java.lang.String name, DatabaseArgs args, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        super("turso:index:Database", name, makeArgs(args, options), makeResourceOptions(options, Codegen.empty()), false);
    }

    private Database(java.lang.String name, Output<java.lang.String> id, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        super("turso:index:Database", name, null, makeResourceOptions(options, id), false);
    }

    private static DatabaseArgs makeArgs(DatabaseArgs args, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        if (options != null && options.getUrn().isPresent()) {
            return null;
        }
        return args == null ? DatabaseArgs.Empty : args;
    }

    private static com.pulumi.resources.CustomResourceOptions makeResourceOptions(@Nullable com.pulumi.resources.CustomResourceOptions options, @Nullable Output<java.lang.String> id) {
        var defaultOptions = com.pulumi.resources.CustomResourceOptions.builder()
            .version(Utilities.getVersion())
            .build();
        return com.pulumi.resources.CustomResourceOptions.merge(defaultOptions, options, id);
    }

    /**
     * Get an existing Database resource's state with the given name and ID (read from Turso by the provider).
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param options Optional settings to control the behavior of the CustomResource.
     */
    public static Database get(java.lang.String name, Output<java.lang.String> id, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        return new Database(name, id, options);
    }
}
