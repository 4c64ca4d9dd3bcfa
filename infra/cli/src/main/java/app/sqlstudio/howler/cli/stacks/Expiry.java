package app.sqlstudio.howler.cli.stacks;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Which stacks {@code howler stack gc} removes: expired ephemeral ones only, never a stack without an expiry. */
public final class Expiry {

    /** A stack and when it expires (empty: permanent). */
    public record Candidate(String stack, Optional<Instant> expiresAt, boolean isProtected) { }

    private Expiry() {
    }

    /** Stacks whose expiry is at or before {@code now}, oldest first; protected and permanent stacks never. */
    public static List<Candidate> expired(List<Candidate> stacks, Instant now) {
        return stacks.stream()
                .filter(c -> c.expiresAt().isPresent() && !c.expiresAt().get().isAfter(now) && !c.isProtected())
                .sorted(Comparator.comparing((Candidate c) -> c.expiresAt().get()).thenComparing(Candidate::stack))
                .toList();
    }

    /** Expired but protected: reported and left alone. */
    public static List<Candidate> expiredButProtected(List<Candidate> stacks, Instant now) {
        return stacks.stream()
                .filter(c -> c.expiresAt().isPresent() && !c.expiresAt().get().isAfter(now) && c.isProtected())
                .toList();
    }

    static Set<String> names(Map<String, ?> m) {
        return m.keySet();
    }
}
