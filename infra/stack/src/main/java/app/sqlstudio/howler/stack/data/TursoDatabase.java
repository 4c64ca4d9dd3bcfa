package app.sqlstudio.howler.stack.data;

import app.sqlstudio.howler.stack.data.TursoDatabaseArgs.OwnGroup;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.turso.Database;
import com.pulumi.turso.DatabaseArgs;
import com.pulumi.turso.inputs.DatabaseSeedArgs;
import com.pulumi.turso.DatabaseToken;
import com.pulumi.turso.DatabaseTokenArgs;
import com.pulumi.turso.Group;
import com.pulumi.turso.GroupArgs;
import com.pulumi.turso.Provider;
import com.pulumi.turso.ProviderArgs;
import java.util.Map;

/**
 * The seed's database: a Turso group (primary and replica locations) unless the stack shares one, the database in
 * it, and a full-access auth token for the backend. The token expires after the configured days and is re-minted
 * whenever its rotation date in config changes; its value only ever travels as a Pulumi secret.
 *
 * <h2>Restores</h2>
 * A database's logical name is {@code <component>-database-<its Turso name>}, so it never changes while the database
 * lives, whichever database is current. {@code howler db restore} creates the restored database through the Platform
 * API (Pulumi cannot: a seeded create is a one-off) and sets {@code howler:tursoDatabaseName} to it and
 * {@code howler:tursoRestoredFrom} to the database it replaces. The program then
 * <ul>
 *   <li>declares the restored database with the {@code import} option: the engine reads it and adopts it instead of
 *       creating it (a create would answer 409). Its inputs are exactly what the provider's Read reports for it
 *       (name, group, delete protection, which {@code db restore} turned on for a protected stack), never a
 *       {@code seed}, or the import fails on the diff. Once adopted, the engine ignores the option;</li>
 *   <li>keeps declaring the replaced database under its unchanged logical name, with its unchanged inputs and
 *       protection, so the switching update neither replaces nor deletes it;</li>
 *   <li>points the token at the restored database: it is replaced, and the app's Secret gets the new URL and token
 *       in the same update.</li>
 * </ul>
 * {@code howler db restore --finalize} deletes the replaced database in two updates: one with
 * {@code howler:tursoFinalizeRestore} set, which declares it without {@code protect} and without Turso's delete
 * protection (Pulumi refuses to delete a protected resource, and Turso one with delete protection, so both must be
 * lifted by an update first; {@code pulumi state unprotect} alone would leave Turso's), then one without either key,
 * in which the database is no longer declared and the engine deletes it.
 */
public final class TursoDatabase extends ComponentResource {

    /** What the backend may do with the token: it runs migrations and writes, so full access. */
    static final String AUTHORIZATION = "full-access";

    public final Output<String> databaseName;
    public final Output<String> groupName;
    /** {@code libsql://<database>-<organization>.turso.io}. */
    public final Output<String> url;
    /** The database auth token, a secret. */
    public final Output<String> token;

    public TursoDatabase(String name, TursoDatabaseArgs args, ComponentResourceOptions opts) {
        super("howler:infra:TursoDatabase", name, opts);
        var provider = new Provider(name + "-provider", ProviderArgs.builder()
                .organization(args.organization())
                .apiToken(args.apiToken())
                .build(), CustomResourceOptions.builder().parent(this).build());

        Output<String> group;
        if (args.placement() instanceof OwnGroup own) {
            // Replacing a group destroys every database in it, so the group is protected with the database.
            group = new Group(name + "-group", GroupArgs.builder()
                    .name(own.name())
                    .primaryLocation(own.primaryLocation())
                    .locations(own.replicaLocations())
                    .build(), options(provider, args.protect())).name();
        } else {
            group = Output.of(((TursoDatabaseArgs.SharedGroup) args.placement()).name());
        }

        var adopt = CustomResourceOptions.builder().parent(this).provider(provider).protect(args.protect());
        if (args.restore().isPresent()) {
            // The provider's id of a database is its name.
            adopt.importId(args.databaseName());
        }
        var databaseArgs = DatabaseArgs.builder()
                .name(args.databaseName())
                .group(group)
                .deleteProtection(args.protect());
        // An ephemeral stack's database may start as a copy of another one, e.g. staging (docs/architecture.md "Data")
        args.seedFrom().ifPresent(source -> databaseArgs.seed(DatabaseSeedArgs.builder().database(source).build()));
        var database = new Database(databaseLogicalName(name, args.databaseName()), databaseArgs.build(), adopt.build());

        args.restore().ifPresent(restore -> {
            boolean keep = args.protect() && !restore.releasing();
            new Database(databaseLogicalName(name, restore.replaced()), DatabaseArgs.builder()
                    .name(restore.replaced())
                    .group(group)
                    .deleteProtection(keep)
                    .build(), options(provider, keep));
        });

        var dbToken = new DatabaseToken(name + "-token", DatabaseTokenArgs.builder()
                .database(database.name())
                .expiration(args.tokenExpirationDays() + "d")
                .authorization(AUTHORIZATION)
                .rotation(args.tokenRotatedAt().toString())
                .build(), options(provider, false));

        this.databaseName = database.name();
        this.groupName = group;
        this.url = database.url();
        // The binding already asks the engine to keep "token" secret (additionalSecretOutputs); marking it here too
        // keeps it secret wherever it flows, whichever engine runs the program (the mock engine ignores that list).
        this.token = dbToken.token().asSecret();
        registerOutputs(Map.of("databaseName", databaseName, "groupName", groupName, "url", url, "token", token));
    }

    /** {@code turso-database-sql-studio-production}: stable for as long as that database exists. */
    public static String databaseLogicalName(String component, String databaseName) {
        return component + "-database-" + databaseName;
    }

    private CustomResourceOptions options(Provider provider, boolean protect) {
        return CustomResourceOptions.builder().parent(this).provider(provider).protect(protect).build();
    }
}
