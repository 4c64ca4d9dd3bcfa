package app.sqlstudio.howler.turso.provider.resources;

import app.sqlstudio.howler.turso.provider.wire.Properties;
import app.sqlstudio.howler.turso.provider.wire.PropertyWire;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Collects every problem in a resource's inputs, each naming the property, instead of stopping at the first.
 *
 * <p>Unknown values (preview) are never failures: they are checked again once known. Getters return a value only
 * when it is known and valid.
 */
final class InputValidator {
    /** Turso's documented rule for database names, applied to group names too. */
    static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,64}");
    static final String NAME_RULE = "only lowercase letters, digits and dashes, at most 64 characters";
    /** Both the older codes ({@code ord}) and the AWS ones ({@code aws-us-east-1}). */
    static final Pattern LOCATION = Pattern.compile("[a-z0-9-]{2,40}");
    static final String LOCATION_RULE = "a Turso location code such as \"ord\" or \"aws-us-east-1\" (see `turso db locations`)";

    private final Properties inputs;
    private final String prefix;
    private final List<CheckFailure> failures;

    InputValidator(Properties inputs) {
        this(inputs, "", new ArrayList<>());
    }

    private InputValidator(Properties inputs, String prefix, List<CheckFailure> failures) {
        this.inputs = inputs;
        this.prefix = prefix;
        this.failures = failures;
    }

    /** A validator for a nested object that reports into the same list with a {@code parent.} prefix. */
    InputValidator nested(String key, Properties object) {
        return new InputValidator(object, prefix + key + ".", failures);
    }

    List<CheckFailure> failures() {
        return List.copyOf(failures);
    }

    void fail(String key, String reason) {
        failures.add(new CheckFailure(prefix + key, reason));
    }

    void onlyKnownKeys(Set<String> allowed) {
        for (var key : new TreeSet<>(inputs.keys())) {
            if (!allowed.contains(key)) {
                fail(key, "unknown property \"" + prefix + key + "\"; expected one of " + new TreeSet<>(allowed));
            }
        }
    }

    Optional<String> requiredString(String key, Pattern pattern, String rule) {
        if (!inputs.has(key)) {
            fail(key, "missing required property \"" + prefix + key + "\" (" + rule + ")");
            return Optional.empty();
        }
        return optionalString(key, pattern, rule);
    }

    Optional<String> optionalString(String key, Pattern pattern, String rule) {
        if (inputs.isUnknown(key)) {
            return Optional.empty();
        }
        try {
            var value = inputs.string(key);
            if (value.isPresent() && pattern != null && !pattern.matcher(value.get()).matches()) {
                fail(key, "\"" + prefix + key + "\" is \"" + value.get() + "\": expected " + rule);
                return Optional.empty();
            }
            return value;
        } catch (IllegalArgumentException e) {
            fail(key, "\"" + prefix + key + "\" must be a string (" + rule + ")");
            return Optional.empty();
        }
    }

    Optional<Boolean> optionalBool(String key) {
        if (inputs.isUnknown(key)) {
            return Optional.empty();
        }
        try {
            return inputs.bool(key);
        } catch (IllegalArgumentException e) {
            fail(key, "\"" + prefix + key + "\" must be true or false");
            return Optional.empty();
        }
    }

    Optional<List<String>> optionalStrings(String key, Pattern element, String rule) {
        if (inputs.isUnknown(key)) {
            return Optional.empty();
        }
        try {
            var values = inputs.strings(key);
            if (values.isEmpty()) {
                return values;
            }
            boolean valid = true;
            var seen = new java.util.HashSet<String>();
            for (var value : values.get()) {
                if (!element.matcher(value).matches()) {
                    fail(key, "\"" + prefix + key + "\" contains \"" + value + "\": expected " + rule);
                    valid = false;
                } else if (!seen.add(value)) {
                    fail(key, "\"" + prefix + key + "\" lists \"" + value + "\" twice");
                    valid = false;
                }
            }
            return valid ? values : Optional.empty();
        } catch (IllegalArgumentException e) {
            fail(key, "\"" + prefix + key + "\" must be a list of strings (" + rule + ")");
            return Optional.empty();
        }
    }

    /** The nested object, with its fields still possibly unknown; empty when absent or wholly unknown. */
    Optional<Properties> optionalObject(String key) {
        var raw = inputs.raw(key);
        if (raw.isEmpty() || !inputs.has(key) || PropertyWire.isUnknown(raw.get())) {
            return Optional.empty();
        }
        var object = PropertyStructs.object(inputs, key);
        if (object.isEmpty()) {
            fail(key, "\"" + prefix + key + "\" must be an object");
        }
        return object;
    }
}
