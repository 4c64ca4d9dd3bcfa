package app.sqlstudio.howler.turso.provider.resources;

import app.sqlstudio.howler.turso.provider.PartialFailureException;
import app.sqlstudio.howler.turso.provider.ProviderException;
import app.sqlstudio.howler.turso.provider.api.DatabaseSeed;
import app.sqlstudio.howler.turso.provider.api.NewDatabase;
import app.sqlstudio.howler.turso.provider.api.TursoApiException;
import app.sqlstudio.howler.turso.provider.api.TursoDatabase;
import app.sqlstudio.howler.turso.provider.wire.OutputsBuilder;
import app.sqlstudio.howler.turso.provider.wire.Properties;
import app.sqlstudio.howler.turso.provider.wire.PropertyWire;
import com.google.protobuf.Struct;
import io.grpc.Status;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code turso:index:Database}: a database in a group.
 *
 * <p>Inputs {@code name}, {@code group}, {@code sizeLimit} (e.g. "256mb"), {@code seed} ({@code database}, optional
 * {@code timestamp}: a copy of another database, at a point in time when given; how {@code howler db restore}
 * recovers), {@code deleteProtection} (default false). Outputs add {@code dbId}, {@code hostname} and {@code url}
 * ({@code libsql://<hostname>}). The id is the name. Name, group and seed only exist at creation, so they replace;
 * size limit and delete protection are configuration and update in place.
 */
public final class DatabaseResource implements ResourceHandler {
    public static final String TYPE = "turso:index:Database";
    static final String NAME = "name";
    static final String GROUP = "group";
    static final String SIZE_LIMIT = "sizeLimit";
    static final String SEED = "seed";
    static final String SEED_DATABASE = "database";
    static final String SEED_TIMESTAMP = "timestamp";
    static final String DELETE_PROTECTION = "deleteProtection";
    static final String DB_ID = "dbId";
    static final String HOSTNAME = "hostname";
    static final String URL = "url";

    private static final Pattern SIZE = Pattern.compile("(?i)[0-9]+(b|kb|mb|gb|tb)?");
    private static final String SIZE_RULE = "a size in bytes or with a unit, e.g. \"256mb\" or \"1gb\"";

    private static final DiffRules RULES = new DiffRules(
            Map.of(NAME, ChangeKind.REPLACE, GROUP, ChangeKind.REPLACE, SEED, ChangeKind.REPLACE,
                    SIZE_LIMIT, ChangeKind.UPDATE, DELETE_PROTECTION, ChangeKind.UPDATE),
            Set.of(),
            Optional.of(NAME));

    private final ApiAccess api;

    public DatabaseResource(ApiAccess api) {
        this.api = api;
    }

    @Override
    public String typeToken() {
        return TYPE;
    }

    @Override
    public DiffRules diffRules() {
        return RULES;
    }

    @Override
    public Map<String, Boolean> computedOutputs() {
        return Map.of(DB_ID, false, HOSTNAME, false, URL, false);
    }

    @Override
    public CheckOutcome check(Properties olds, Properties news) {
        var v = new InputValidator(news);
        v.onlyKnownKeys(inputNames());
        v.requiredString(NAME, InputValidator.NAME, InputValidator.NAME_RULE);
        v.requiredString(GROUP, InputValidator.NAME, "the name of an existing group: " + InputValidator.NAME_RULE);
        v.optionalString(SIZE_LIMIT, SIZE, SIZE_RULE);
        v.optionalBool(DELETE_PROTECTION);
        v.optionalObject(SEED).ifPresent(seed -> {
            var s = v.nested(SEED, seed);
            s.onlyKnownKeys(Set.of(SEED_DATABASE, SEED_TIMESTAMP));
            s.requiredString(SEED_DATABASE, InputValidator.NAME, "the name of the database to copy");
            s.optionalString(SEED_TIMESTAMP, null, "").ifPresent(t -> {
                try {
                    OffsetDateTime.parse(t);
                } catch (DateTimeParseException e) {
                    s.fail(SEED_TIMESTAMP, "\"seed.timestamp\" is \"" + t
                            + "\": expected an ISO 8601 instant such as \"2026-11-25T08:30:00Z\"");
                }
            });
        });
        var inputs = news.has(DELETE_PROTECTION) ? news : news.with(Map.of(DELETE_PROTECTION, PropertyWire.bool(false)));
        return new CheckOutcome(inputs.struct(), v.failures());
    }

    @Override
    public Created create(Properties inputs) {
        var name = inputs.string(NAME).orElseThrow();
        var seed = inputs.object(SEED).map(s -> new DatabaseSeed(
                s.string(SEED_DATABASE).orElseThrow(), s.string(SEED_TIMESTAMP)));
        TursoDatabase db;
        try {
            db = api.client().createDatabase(new NewDatabase(
                    name, inputs.string(GROUP).orElseThrow(), inputs.string(SIZE_LIMIT), seed));
        } catch (TursoApiException e) {
            if (e.kind() == TursoApiException.Kind.MALFORMED) {
                // Turso said 200, so the database exists: keep it in state and let a refresh fill in the rest.
                throw new PartialFailureException(name, inputs.struct(), e.getMessage()
                        + "; the database was probably created, run `pulumi refresh`", e);
            }
            throw NameConflicts.explain(e, "database", name);
        }
        var outputs = outputs(db, inputs);
        // Delete protection is not a create field: it is configuration, set right after.
        if (inputs.bool(DELETE_PROTECTION).orElse(false)) {
            try {
                api.client().configureDatabase(name, Optional.empty(), Optional.of(true));
            } catch (TursoApiException e) {
                var reached = OutputsBuilder.from(Properties.of(outputs)).put(DELETE_PROTECTION, false).build();
                throw new PartialFailureException(name, reached,
                        "database " + name + " was created but delete protection could not be turned on: "
                                + e.getMessage(), e);
            }
        }
        return new Created(name, outputs);
    }

    @Override
    public Optional<ReadOutcome> read(String id, Properties state, Properties oldInputs) {
        return api.client().getDatabase(id).map(db -> {
            boolean protectedNow = db.deleteProtection()
                    .orElseGet(() -> state.bool(DELETE_PROTECTION).orElse(false));
            var group = db.group().or(() -> state.string(GROUP)).or(() -> oldInputs.string(GROUP));
            var inputs = OutputsBuilder.from(oldInputs)
                    .put(NAME, db.name())
                    .put(DELETE_PROTECTION, protectedNow);
            group.ifPresent(g -> inputs.put(GROUP, g));
            var outputs = OutputsBuilder.from(state)
                    .put(NAME, db.name())
                    .put(DELETE_PROTECTION, protectedNow)
                    .put(DB_ID, db.dbId())
                    .put(HOSTNAME, db.hostname())
                    .put(URL, url(db));
            group.ifPresent(g -> outputs.put(GROUP, g));
            return new ReadOutcome(db.name(), outputs.build(), inputs.build());
        });
    }

    @Override
    public Struct update(String id, Properties olds, Properties oldInputs, Properties news) {
        var before = oldInputs.isEmpty() ? olds : oldInputs;
        var sizeLimit = news.string(SIZE_LIMIT).filter(s -> !Objects.equals(before.string(SIZE_LIMIT).orElse(null), s));
        var protection = news.bool(DELETE_PROTECTION).orElse(false);
        var protectionChange = Optional.of(protection)
                .filter(p -> p != before.bool(DELETE_PROTECTION).orElse(false));
        // A removed size limit has no API equivalent (Turso has no "unlimited" value): state simply forgets it.
        api.client().configureDatabase(id, sizeLimit, protectionChange);
        var outputs = OutputsBuilder.from(news);
        for (var computed : computedOutputs().keySet()) {
            outputs.copy(olds, computed);
        }
        return outputs.build();
    }

    @Override
    public void delete(String id, Properties state) {
        try {
            api.client().deleteDatabase(id);
        } catch (TursoApiException e) {
            if (state.bool(DELETE_PROTECTION).orElse(false) && e.status() >= 400 && e.status() < 500) {
                throw new ProviderException(Status.Code.FAILED_PRECONDITION, "database " + id
                        + " has delete protection: set deleteProtection to false and run `up` before deleting it "
                        + "(Turso: " + e.apiError() + ")", e);
            }
            throw e;
        }
    }

    private static Struct outputs(TursoDatabase db, Properties inputs) {
        return OutputsBuilder.from(inputs)
                .put(NAME, db.name())
                .put(DB_ID, db.dbId())
                .put(HOSTNAME, db.hostname())
                .put(URL, url(db))
                .build();
    }

    private static String url(TursoDatabase db) {
        return "libsql://" + db.hostname();
    }
}
