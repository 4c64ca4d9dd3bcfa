package app.sqlstudio.howler.stack.config;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
    /** Every key asked for, qualified: the keys the program knows. */
    private final Set<String> read = new LinkedHashSet<>();

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
        read.add(qualify(key));
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

    Optional<String> optionalOneOf(String key, Set<String> allowed, String example) {
        Optional<String> v = raw(key);
        if (v.isPresent() && !allowed.contains(v.get())) {
            problem(key, "'" + v.get() + "' is not allowed: expected one of "
                    + String.join(", ", allowed.stream().sorted().toList()), example);
            return Optional.empty();
        }
        return v;
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

    Optional<Boolean> optionalBool(String key, String example) {
        Optional<String> v = raw(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (!v.get().equals("true") && !v.get().equals("false")) {
            problem(key, "'" + v.get() + "' is not true or false", example);
            return Optional.empty();
        }
        return Optional.of(Boolean.parseBoolean(v.get()));
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

    ConfigSource source() {
        return source;
    }

    /** Every key asked for so far, qualified. */
    Set<String> keysRead() {
        return Set.copyOf(read);
    }

    /**
     * Reports each of {@code keys} that the source holds but this reader did not read, with {@code reason}: keys the
     * program knows, which do not apply to this stack (for example a GKE key in a local stack). They then count as
     * read, so they are not reported as unknown as well.
     */
    void inapplicable(Set<String> keys, String reason) {
        Optional<Set<String>> present = source.keys();
        if (present.isEmpty()) {
            return;
        }
        keys.stream().filter(k -> present.get().contains(k) && !read.contains(k)).sorted().forEach(key -> {
            problems.add(new ConfigProblem(key, reason, null));
            read.add(key);
        });
    }

    /**
     * Reports every key of this reader's namespace that the source holds but nothing read: a misspelt key would
     * otherwise be silently ignored (and the value the operator meant never used). Call it after every key was
     * read. Each problem names the closest known key when one is close enough to be the intended one.
     */
    void reportUnknownKeys() {
        Optional<Set<String>> present = source.keys();
        if (present.isEmpty()) {
            return;
        }
        String prefix = namespace + ":";
        present.get().stream().filter(k -> k.startsWith(prefix) && !read.contains(k)).sorted().forEach(key -> {
            String suggestion = closest(key, read.stream().filter(k -> k.startsWith(prefix)).toList());
            problems.add(new ConfigProblem(key, suggestion == null
                    ? "unknown key: the program reads no such key (see infra/stack/README.md); remove it or fix its name"
                    : "unknown key: did you mean " + suggestion + "?", null));
        });
    }

    /** The known key nearest to {@code key} by edit distance (case-insensitive), or null when none is near. */
    static String closest(String key, List<String> known) {
        String k = key.toLowerCase(Locale.ROOT);
        // A typo is a few edits; beyond a third of the name it is more likely another key altogether.
        int limit = Math.max(2, k.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known.stream().sorted().toList()) {
            int d = distance(k, candidate.toLowerCase(Locale.ROOT));
            if (d <= limit && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours cost 1. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
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
