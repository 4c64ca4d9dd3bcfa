package app.sqlstudio.howler.cli.stacks;

import app.sqlstudio.howler.cli.ExitCode;
import app.sqlstudio.howler.cli.HowlerException;
import app.sqlstudio.howler.stack.plan.StackFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The stack files of a project directory and what stack lifecycle reads from them. */
public final class StackFiles {

    private static final Pattern NAME = Pattern.compile("^Pulumi\\.([A-Za-z0-9_.-]+)\\.yaml$");

    private StackFiles() {
    }

    /** Stack names that have a {@code Pulumi.<stack>.yaml}, sorted. */
    public static List<String> names(Path projectDir) {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(projectDir)) {
            files.map(p -> NAME.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .forEach(m -> names.add(m.group(1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        names.sort(null);
        return names;
    }

    /** The stack's {@code howler:expiresAt}, if its file has one; a malformed value is an error naming the file. */
    public static Optional<Instant> expiresAt(Path projectDir, String stack) {
        if (!Files.isRegularFile(StackFile.pathOf(projectDir, stack))) {
            return Optional.empty();
        }
        return parseExpiry(StackFile.load(projectDir, stack).values().get("howler:expiresAt"), "Pulumi." + stack + ".yaml");
    }

    /**
     * Where the stack runs, from its file's {@code howler:target}: {@code gke} (also when the key is absent, as the
     * program reads it) or {@code local}; empty without a file here.
     */
    public static Optional<String> target(Path projectDir, String stack) {
        if (!Files.isRegularFile(StackFile.pathOf(projectDir, stack))) {
            return Optional.empty();
        }
        String value = StackFile.load(projectDir, stack).values().get("howler:target");
        return Optional.of(value == null || value.isBlank() ? "gke" : value.trim());
    }

    static Optional<Instant> parseExpiry(String value, String where) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.trim()));
        } catch (DateTimeParseException e) {
            throw new HowlerException(ExitCode.USAGE, where + ": howler:expiresAt '" + value + "' is not an instant: write it "
                    + "like 2026-12-01T18:00:00Z.");
        }
    }
}
