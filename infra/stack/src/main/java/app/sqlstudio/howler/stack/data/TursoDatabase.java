package app.sqlstudio.howler.stack.data;

import app.sqlstudio.howler.stack.data.TursoDatabaseArgs.OwnGroup;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.turso.Database;
import com.pulumi.turso.DatabaseArgs;
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

        var database = new Database(name + "-database", DatabaseArgs.builder()
                .name(args.databaseName())
                .group(group)
                .deleteProtection(args.protect())
                .build(), options(provider, args.protect()));

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

    private CustomResourceOptions options(Provider provider, boolean protect) {
        return CustomResourceOptions.builder().parent(this).provider(provider).protect(protect).build();
    }
}
