package app.sqlstudio.howler.turso.provider.resources;

import app.sqlstudio.howler.turso.provider.wire.Properties;
import com.google.protobuf.Struct;
import java.util.Optional;
import java.util.Set;

/**
 * One Turso resource type: validation, change rules and the calls behind create, read, update and delete.
 *
 * <p>Previews never reach a handler's create or update: the provider projects outputs from the inputs and
 * {@link #computedOutputs()} itself, so no handler can call Turso during a preview by mistake.
 */
public interface ResourceHandler {
    /** The type token, e.g. {@code turso:index:Database}. */
    String typeToken();

    CheckOutcome check(Properties olds, Properties news);

    DiffRules diffRules();

    /** Outputs Turso computes (unknown until created), and whether each one is secret. */
    java.util.Map<String, Boolean> computedOutputs();

    Created create(Properties inputs);

    /** Empty when the object no longer exists. */
    Optional<ReadOutcome> read(String id, Properties state, Properties oldInputs);

    Struct update(String id, Properties olds, Properties oldInputs, Properties news);

    /** Succeeds when the object is already gone. */
    void delete(String id, Properties state);

    /** Inputs this resource accepts; anything else is a misspelling that Check reports. */
    default Set<String> inputNames() {
        return diffRules().properties().keySet();
    }
}
