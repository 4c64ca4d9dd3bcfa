package app.sqlstudio.howler.turso.provider.resources;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How each input of a resource changes.
 *
 * @param properties       every input and what changing it costs
 * @param unordered        list inputs compared as sets (order carries no meaning)
 * @param uniqueName       the input Turso requires to be unique per organization: a replacement that keeps it must
 *                         delete the old object first, or the create answers 409
 */
public record DiffRules(Map<String, ChangeKind> properties, Set<String> unordered, Optional<String> uniqueName) {
}
