package app.sqlstudio.howler.turso.provider.resources;

import app.sqlstudio.howler.turso.provider.PartialFailureException;
import app.sqlstudio.howler.turso.provider.ProviderException;
import app.sqlstudio.howler.turso.provider.api.TursoApiException;
import app.sqlstudio.howler.turso.provider.api.TursoGroup;
import app.sqlstudio.howler.turso.provider.wire.OutputsBuilder;
import app.sqlstudio.howler.turso.provider.wire.Properties;
import com.google.protobuf.Struct;
import io.grpc.Status;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code turso:index:Group}: a named group with a primary location and replica locations.
 *
 * <p>Inputs {@code name}, {@code primaryLocation} (Turso's {@code location} on create), {@code locations} (replicas,
 * without the primary). Outputs add {@code uuid}. The id is the name. Turso cannot rename a group or move its primary,
 * so both replace; replicas are added and removed in place.
 */
public final class GroupResource implements ResourceHandler {
    public static final String TYPE = "turso:index:Group";
    static final String NAME = "name";
    static final String PRIMARY = "primaryLocation";
    static final String LOCATIONS = "locations";
    static final String UUID = "uuid";

    private static final DiffRules RULES = new DiffRules(
            Map.of(NAME, ChangeKind.REPLACE, PRIMARY, ChangeKind.REPLACE, LOCATIONS, ChangeKind.UPDATE),
            Set.of(LOCATIONS),
            Optional.of(NAME));

    private final ApiAccess api;

    public GroupResource(ApiAccess api) {
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
        return Map.of(UUID, false);
    }

    @Override
    public CheckOutcome check(Properties olds, Properties news) {
        var v = new InputValidator(news);
        v.onlyKnownKeys(inputNames());
        v.requiredString(NAME, InputValidator.NAME, InputValidator.NAME_RULE);
        var primary = v.requiredString(PRIMARY, InputValidator.LOCATION, InputValidator.LOCATION_RULE);
        v.optionalStrings(LOCATIONS, InputValidator.LOCATION, InputValidator.LOCATION_RULE);
        if (primary.isPresent() && !news.isUnknown(LOCATIONS) && listsPrimary(news, primary.get())) {
            v.fail(LOCATIONS, "\"locations\" lists the primary location \"" + primary.get()
                    + "\"; list only the replica locations");
        }
        return new CheckOutcome(news.struct(), v.failures());
    }

    @Override
    public Created create(Properties inputs) {
        var name = inputs.string(NAME).orElseThrow();
        var primary = inputs.string(PRIMARY).orElseThrow();
        TursoGroup group;
        try {
            group = api.client().createGroup(name, primary);
        } catch (TursoApiException e) {
            if (e.kind() == TursoApiException.Kind.MALFORMED) {
                // Turso said 200, so the group exists: keep it in state and let a refresh fill in the rest.
                throw new PartialFailureException(name, inputs.struct(), e.getMessage()
                        + "; the group was probably created, run `pulumi refresh`", e);
            }
            throw NameConflicts.explain(e, "group", name);
        }
        group = converge(group, replicas(inputs), inputs);
        return new Created(name, outputs(group, inputs));
    }

    @Override
    public Optional<ReadOutcome> read(String id, Properties state, Properties oldInputs) {
        return api.client().getGroup(id).map(group -> {
            var preferred = oldInputs.isEmpty() ? replicas(state) : replicas(oldInputs);
            var replicas = ListOrder.like(group.replicas(), preferred);
            var inputs = OutputsBuilder.from(oldInputs)
                    .put(NAME, group.name())
                    .put(PRIMARY, group.primary());
            if (!replicas.isEmpty() || oldInputs.has(LOCATIONS)) {
                inputs.put(LOCATIONS, replicas);
            } else {
                inputs.remove(LOCATIONS);
            }
            var outputs = OutputsBuilder.from(state)
                    .put(NAME, group.name())
                    .put(PRIMARY, group.primary())
                    .put(LOCATIONS, replicas)
                    .put(UUID, group.uuid());
            return new ReadOutcome(group.name(), outputs.build(), inputs.build());
        });
    }

    @Override
    public Struct update(String id, Properties olds, Properties oldInputs, Properties news) {
        var group = api.client().getGroup(id).orElseThrow(() -> new ProviderException(Status.Code.NOT_FOUND,
                "group " + id + " no longer exists in Turso; run `pulumi refresh` to forget it, then `up` again"));
        return outputs(converge(group, replicas(news), news), news);
    }

    @Override
    public void delete(String id, Properties state) {
        // false means it was already gone, which is what delete wants anyway.
        api.client().deleteGroup(id);
    }

    /**
     * Adds and removes replicas until Turso has exactly the wanted ones, starting from what Turso reports (not from
     * old state), so a retried or half-done update converges. On failure, state records what was reached.
     */
    private TursoGroup converge(TursoGroup group, List<String> wanted, Properties inputs) {
        var current = group;
        try {
            for (var location : wanted) {
                if (!current.locations().contains(location) && !location.equals(current.primary())) {
                    current = api.client().addLocation(current.name(), location);
                }
            }
            for (var location : current.replicas()) {
                if (!wanted.contains(location)) {
                    current = api.client().removeLocation(current.name(), location);
                }
            }
            return current;
        } catch (TursoApiException e) {
            throw new PartialFailureException(current.name(), outputs(current, inputs),
                    "group " + current.name() + " has locations " + current.locations() + " but: " + e.getMessage(), e);
        }
    }

    private static Struct outputs(TursoGroup group, Properties inputs) {
        return OutputsBuilder.from(inputs)
                .put(NAME, group.name())
                .put(PRIMARY, group.primary())
                .put(LOCATIONS, ListOrder.like(group.replicas(), replicas(inputs)))
                .put(UUID, group.uuid())
                .build();
    }

    private static boolean listsPrimary(Properties news, String primary) {
        try {
            return news.strings(LOCATIONS).map(l -> l.contains(primary)).orElse(false);
        } catch (IllegalArgumentException notAList) {
            return false; // reported by the list check already
        }
    }

    private static List<String> replicas(Properties props) {
        return props.strings(LOCATIONS).orElse(List.of());
    }
}
