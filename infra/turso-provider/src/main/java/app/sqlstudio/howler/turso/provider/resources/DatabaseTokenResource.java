package app.sqlstudio.howler.turso.provider.resources;

import app.sqlstudio.howler.turso.provider.ProviderException;
import app.sqlstudio.howler.turso.provider.wire.OutputsBuilder;
import app.sqlstudio.howler.turso.provider.wire.Properties;
import app.sqlstudio.howler.turso.provider.wire.PropertyWire;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.grpc.Status;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@code turso:index:DatabaseToken}: an auth token (JWT) for one database, kept in state as a secret.
 *
 * <p>Inputs {@code database}, {@code expiration} (default "never"; or e.g. "90d", "2w1d30m"), {@code authorization}
 * ({@code full-access} by default, or {@code read-only}) and {@code rotation}, any value whose change mints a new
 * token. Output {@code token} (secret). Turso can neither show a token again nor update one, so every input replaces
 * and the token only changes when an input does. Nor can it revoke one token: delete forgets it, and it lives until
 * it expires or the database's tokens are rotated.
 */
public final class DatabaseTokenResource implements ResourceHandler {
    public static final String TYPE = "turso:index:DatabaseToken";
    static final String DATABASE = "database";
    static final String EXPIRATION = "expiration";
    static final String AUTHORIZATION = "authorization";
    static final String ROTATION = "rotation";
    static final String TOKEN = "token";

    private static final Pattern EXPIRATION_FORMAT = Pattern.compile("never|none|default|([0-9]+[wdhms])+");
    private static final Pattern AUTHORIZATION_VALUES = Pattern.compile("full-access|read-only");

    private static final DiffRules RULES = new DiffRules(
            Map.of(DATABASE, ChangeKind.REPLACE, EXPIRATION, ChangeKind.REPLACE,
                    AUTHORIZATION, ChangeKind.REPLACE, ROTATION, ChangeKind.REPLACE),
            Set.of(),
            Optional.empty()); // tokens have no unique name: the new one is minted before the old one is dropped

    private final ApiAccess api;

    public DatabaseTokenResource(ApiAccess api) {
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
        return Map.of(TOKEN, true);
    }

    @Override
    public CheckOutcome check(Properties olds, Properties news) {
        var v = new InputValidator(news);
        v.onlyKnownKeys(inputNames());
        v.requiredString(DATABASE, InputValidator.NAME, "the name of the database: " + InputValidator.NAME_RULE);
        v.optionalString(EXPIRATION, EXPIRATION_FORMAT,
                "\"never\" or a duration such as \"90d\" or \"2w1d30m\" (units w, d, h, m, s)");
        v.optionalString(AUTHORIZATION, AUTHORIZATION_VALUES, "\"full-access\" or \"read-only\"");
        v.optionalString(ROTATION, null, "any string");
        var defaults = new HashMap<String, Value>();
        if (!news.has(EXPIRATION)) {
            defaults.put(EXPIRATION, PropertyWire.string("never"));
        }
        if (!news.has(AUTHORIZATION)) {
            defaults.put(AUTHORIZATION, PropertyWire.string("full-access"));
        }
        return new CheckOutcome(news.with(defaults).struct(), v.failures());
    }

    @Override
    public Created create(Properties inputs) {
        var database = inputs.string(DATABASE).orElseThrow();
        var jwt = api.client().createDatabaseToken(database,
                inputs.string(EXPIRATION).orElse("never"), inputs.string(AUTHORIZATION).orElse("full-access"));
        // A synthetic id: Turso gives tokens none, and the database prefix makes the state readable.
        var id = database + "/" + UUID.randomUUID();
        return new Created(id, OutputsBuilder.from(inputs).putSecret(TOKEN, jwt).build());
    }

    @Override
    public Optional<ReadOutcome> read(String id, Properties state, Properties oldInputs) {
        if (!state.has(TOKEN)) {
            throw new ProviderException(Status.Code.FAILED_PRECONDITION, "a Turso database token cannot be "
                    + "imported: Turso never shows a token again. Create a DatabaseToken resource instead.");
        }
        var database = state.string(DATABASE).orElseThrow();
        if (api.client().getDatabase(database).isEmpty()) {
            return Optional.empty(); // its database is gone, and the token with it
        }
        // Turso cannot look a token up: what state holds is the truth. The token stays secret.
        var outputs = OutputsBuilder.from(state)
                .putValue(TOKEN, PropertyWire.secret(state.raw(TOKEN).orElseThrow()))
                .build();
        var inputs = oldInputs.isEmpty() ? OutputsBuilder.from(state).remove(TOKEN).build() : oldInputs.struct();
        return Optional.of(new ReadOutcome(id, outputs, inputs));
    }

    @Override
    public Struct update(String id, Properties olds, Properties oldInputs, Properties news) {
        // Every input replaces, so the engine only gets here for changes it was told to ignore: keep the token.
        return OutputsBuilder.from(news)
                .putValue(TOKEN, PropertyWire.secret(olds.raw(TOKEN).orElse(PropertyWire.nullValue())))
                .build();
    }

    @Override
    public void delete(String id, Properties state) {
        // Turso cannot revoke a single token (only all of a database's, with downtime): forgetting it is all we do.
    }
}
