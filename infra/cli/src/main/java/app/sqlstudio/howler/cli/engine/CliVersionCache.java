package app.sqlstudio.howler.cli.engine;

import com.pulumi.automation.Version;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The version {@code pulumi version} printed for an executable, remembered by the executable's real path, size and
 * modification time. The probe is a process of its own (0.3 to 0.5 s here, a tenth of a preview with nothing to
 * change), run before every engine command for an answer that changes only when the binary does; a replaced binary
 * (self-update, reinstall, another build) has another size or time and is probed again. The cache lives in
 * {@code $XDG_CACHE_HOME/howler} (else {@code ~/.cache/howler}) of the environment Howler was given; a cache that
 * cannot be read or written only costs the probe.
 */
final class CliVersionCache {

    private final Path file;

    private CliVersionCache(Path file) {
        this.file = file;
    }

    /** The cache of this environment; empty when it names neither XDG_CACHE_HOME nor HOME. */
    static Optional<CliVersionCache> of(Map<String, String> env) {
        String base = env.get("XDG_CACHE_HOME");
        if (base == null || base.isBlank()) {
            String home = env.get("HOME");
            if (home == null || home.isBlank()) {
                return Optional.empty();
            }
            base = Path.of(home, ".cache").toString();
        }
        return Optional.of(new CliVersionCache(Path.of(base, "howler", "pulumi-versions.properties")));
    }

    /** The remembered version of {@code executable}, if it is still the same file. */
    Optional<Version> lookup(Path executable) {
        try {
            Path real = executable.toRealPath();
            String stamp = stamp(real);
            String entry = load().getProperty(real.toString());
            if (entry == null || !entry.startsWith(stamp + " ")) {
                return Optional.empty();
            }
            return Version.tryParse(entry.substring(stamp.length() + 1));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Remembers {@code version} for {@code executable} as it is now. */
    void remember(Path executable, Version version) {
        try {
            Properties all = load();
            Path real = executable.toRealPath();
            all.setProperty(real.toString(), stamp(real) + " " + version);
            Files.createDirectories(file.getParent());
            // Written aside and moved over, so a howler reading meanwhile sees the old file or the new one, never half.
            Path tmp = Files.createTempFile(file.getParent(), "pulumi-versions", ".tmp");
            try {
                try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    all.store(w, "pulumi executable = size:modified-millis version (howler; safe to delete)");
                }
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            // not remembered: the next command probes again
        }
    }

    private Properties load() throws IOException {
        Properties all = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                all.load(r);
            }
        }
        return all;
    }

    /** Size and modification time of the resolved executable: what changes when it is replaced. */
    private static String stamp(Path real) throws IOException {
        BasicFileAttributes a = Files.readAttributes(real, BasicFileAttributes.class);
        return a.size() + ":" + a.lastModifiedTime().toMillis();
    }
}
