package app.sqlstudio.howler.stack.config;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads typed values from a {@link ConfigSource} and collects every problem instead of stopping at the first, so
 * {@link StackConfig#load} can report all of them at once. A value that is missing or malformed yields a neutral
 * placeholder; the caller must call {@link #throwIfProblems()} before using the result.
 */
final class ConfigReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConfigSource source;
    private final String namespace;
    private final List<ConfigProblem> problems = new ArrayList<>();
    private final String stackFile;

    ConfigReader(ConfigSource source, String namespace, String stackFile) {
        this.source = source;
        this.namespace = namespace;
        this.stackFile = stackFile;
    }

    /** A key in the {@code howler:} namespace, or an already qualified key such as {@code gcp:project}. */
    String qualify(String key) {
        return key.contains(":") ? key : namespace + ":" + key;
    }

    private Optional<String> raw(String key) {
        return source.get(qualify(key)).map(String::trim).filter(v -> !v.isEmpty());
    }

    void problem(String key, String message, String example) {
        problems.add(new ConfigProblem(qualify(key), message, example));
    }

    /** True when none of the keys had a problem, so a check across them compares real values, not placeholders. */
    boolean valid(String... keys) {
        for (String key : keys) {
            String q = qualify(key);
            if (problems.stream().anyMatch(p -> p.key().equals(q))) {
                return false;
            }
        }
        return true;
    }

    String string(String key, String example) {
        Optional<String> v = raw(key);
        if (v.isEmpty()) {
            problem(key, "missing", example);
            return example;
        }
        return v.get();
    }

    String matching(String key, Pattern pattern, String expectation, String example) {
        Optional<String> v = raw(key);
        if (v.isEmpty()) {
            problem(key, "missing: expected " + expectation, example);
            return example;
        }
        if (!pattern.matcher(v.get()).matches()) {
            problem(key, "'" + v.get() + "' is not " + expectation, example);
            return example;
        }
        return v.get();
    }

    String oneOf(String key, Set<String> allowed, String example) {
        Optional<String> v = raw(key);
        if (v.isEmpty() || !allowed.contains(v.get())) {
            problem(key, (v.isEmpty() ? "missing" : "'" + v.get() + "' is not allowed")
                    + ": expected one of " + String.join(", ", allowed.stream().sorted().toList()), example);
            return example;
        }
        return v.get();
    }

    int integer(String key, int min, int max, String example) {
        Optional<String> v = raw(key);
        String expectation = "expected an integer from " + min + " to " + max;
        if (v.isEmpty()) {
            problem(key, "missing: " + expectation, example);
            return min;
        }
        try {
            int n = Integer.parseInt(v.get());
            if (n < min || n > max) {
                problem(key, n + " is out of range: " + expectation, example);
            }
            return n;
        } catch (NumberFormatException e) {
            problem(key, "'" + v.get() + "' is not a whole number: " + expectation, example);
            return min;
        }
    }

    /** An integer that must be one of a fixed set, e.g. the periods Cloudflare accepts for a rate limit. */
    int integerIn(String key, SortedSet<Integer> allowed, String example) {
        Optional<String> v = raw(key);
        String expectation = "expected one of " + allowed.stream().map(String::valueOf)
                .collect(Collectors.joining(", "));
        if (v.isEmpty()) {
            problem(key, "missing: " + expectation, example);
            return Integer.parseInt(example);
        }
        try {
            int n = Integer.parseInt(v.get());
            if (!allowed.contains(n)) {
                problem(key, n + " is not allowed: " + expectation, example);
            }
            return n;
        } catch (NumberFormatException e) {
            problem(key, "'" + v.get() + "' is not a whole number: " + expectation, example);
            return Integer.parseInt(example);
        }
    }

    Optional<String> optionalMatching(String key, Pattern pattern, String expectation, String example) {
        Optional<String> v = raw(key);
        if (v.isPresent() && !pattern.matcher(v.get()).matches()) {
            problem(key, "'" + v.get() + "' is not " + expectation, example);
            return Optional.empty();
        }
        return v;
    }

    BigDecimal decimal(String key, String example) {
        Optional<String> v = raw(key);
        if (v.isEmpty()) {
            problem(key, "missing: expected a positive number", example);
            return BigDecimal.ONE;
        }
        try {
            BigDecimal n = new BigDecimal(v.get());
            if (n.signum() <= 0) {
                problem(key, v.get() + " is not positive", example);
            }
            return n;
        } catch (NumberFormatException e) {
            problem(key, "'" + v.get() + "' is not a number", example);
            return BigDecimal.ONE;
        }
    }

    boolean bool(String key, String example) {
        Optional<String> v = raw(key);
        if (v.isEmpty()) {
            problem(key, "missing: expected true or false", example);
            return false;
        }
        if (!v.get().equals("true") && !v.get().equals("false")) {
            problem(key, "'" + v.get() + "' is not true or false", example);
            return false;
        }
        return Boolean.parseBoolean(v.get());
    }

    Quantity quantity(String key, String example) {
        Optional<String> v = raw(key);
        if (v.isEmpty()) {
            problem(key, "missing: expected a Kubernetes quantity", example);
            return Quantity.parse(example);
        }
        try {
            Quantity q = Quantity.parse(v.get());
            if (q.value().signum() <= 0) {
                problem(key, "'" + v.get() + "' must be greater than zero", example);
            }
            return q;
        } catch (IllegalArgumentException e) {
            problem(key, e.getMessage(), example);
            return Quantity.parse(example);
        }
    }

    LocalDate date(String key, String example) {
        Optional<String> v = raw(key);
        if (v.isEmpty()) {
            problem(key, "missing: expected a date YYYY-MM-DD", example);
            return LocalDate.parse(example);
        }
        try {
            return LocalDate.parse(v.get());
        } catch (DateTimeParseException e) {
            problem(key, "'" + v.get() + "' is not a date YYYY-MM-DD", example);
            return LocalDate.parse(example);
        }
    }

    Optional<Instant> optionalInstant(String key, String example) {
        Optional<String> v = raw(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(v.get()));
        } catch (DateTimeParseException e) {
            problem(key, "'" + v.get() + "' is not an ISO-8601 instant", example);
            return Optional.empty();
        }
    }

    List<String> stringList(String key, String example) {
        Optional<String> v = raw(key);
        if (v.isEmpty()) {
            problem(key, "missing: expected a list", example);
            return List.of();
        }
        try {
            List<String> list = JSON.readValue(v.get(), new TypeReference<List<String>>() { });
            if (list.isEmpty()) {
                problem(key, "the list is empty", example);
            }
            return list;
        } catch (Exception e) {
            problem(key, "'" + v.get() + "' is not a list of strings", example);
            return List.of();
        }
    }

    SecretValue secret(String key, int minLength, String example) {
        Optional<String> v = raw(key);
        if (v.isEmpty()) {
            problem(key, "missing secret: set it with `pulumi config set --secret " + qualify(key) + " <value>`", example);
            return new SecretValue("");
        }
        if (v.get().length() < minLength) {
            problem(key, "too short: expected at least " + minLength + " characters (`openssl rand -base64 48`)", example);
        }
        return new SecretValue(v.get());
    }

    Optional<SecretValue> optionalSecret(String key) {
        return raw(key).map(SecretValue::new);
    }

    List<ConfigProblem> problems() {
        return List.copyOf(problems);
    }

    void throwIfProblems() {
        if (!problems.isEmpty()) {
            throw new StackConfigException(stackFile, problems);
        }
    }
}
