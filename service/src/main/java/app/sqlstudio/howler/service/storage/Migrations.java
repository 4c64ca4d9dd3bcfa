package app.sqlstudio.howler.service.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Versioned SQL migrations from {@code db/migrations/} on the classpath, listed in order by
 * {@code db/migrations/index.txt} ({@code <version> <description> <file>} per line). Each pending migration runs in its
 * own write transaction together with its {@code schema_migrations} row, so a migration is applied entirely or not
 * at all, and two processes migrating at once serialise on the write lock. An applied migration whose file changed
 * is an error (its checksum is kept).
 */
public final class Migrations {
    /** One migration and, when applied, when. */
    public record Migration(int version, String description, String file, String checksum, Long appliedAt) {
    }

    private final Database db;
    private final String folder;

    public Migrations(Database db) {
        this(db, "db/migrations/");
    }

    Migrations(Database db, String folder) {
        this.db = db;
        this.folder = folder;
    }

    /** All known migrations with their applied time (null when pending). */
    public List<Migration> status() {
        ensureTable();
        Map<Long, Long> applied = db.read(sql -> sql.query("SELECT version, applied_at FROM schema_migrations"))
                .stream().collect(Collectors.toMap(r -> r.lng("version"), r -> r.lng("applied_at")));
        List<Migration> out = new ArrayList<>();
        for (Migration m : available()) {
            out.add(new Migration(m.version(), m.description(), m.file(), m.checksum(), applied.get((long) m.version())));
        }
        return out;
    }

    /** Applies every pending migration in order and returns the ones applied now. */
    public List<Migration> apply() {
        ensureTable();
        List<Migration> done = new ArrayList<>();
        for (Migration m : available()) {
            String text = read(m.file());
            Boolean applied = db.write(sql -> {
                Optional<Row> existing = sql.queryOne("SELECT checksum FROM schema_migrations WHERE version = ?", m.version());
                if (existing.isPresent()) {
                    if (!existing.get().str("checksum").equals(m.checksum())) {
                        throw new IllegalStateException("migration " + m.version() + " (" + m.file()
                                + ") changed after it was applied: add a new migration instead of editing it");
                    }
                    return false;
                }
                for (String statement : statements(text)) sql.update(statement);
                sql.update("INSERT INTO schema_migrations(version, description, checksum, applied_at) VALUES (?,?,?,?)",
                        m.version(), m.description(), m.checksum(), System.currentTimeMillis());
                return true;
            });
            if (applied) done.add(m);
        }
        return done;
    }

    private void ensureTable() {
        db.read(sql -> sql.update("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                + "description TEXT NOT NULL, checksum TEXT NOT NULL, applied_at INTEGER NOT NULL)"));
    }

    List<Migration> available() {
        List<Migration> list = new ArrayList<>();
        int last = 0;
        for (String line : read("index.txt").split("\n")) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] parts = line.split("\\s+");
            int version = Integer.parseInt(parts[0]);
            if (version <= last) throw new IllegalStateException("migration versions must increase: " + line);
            last = version;
            list.add(new Migration(version, parts[1], parts[2], sha256(read(parts[2])), null));
        }
        return list;
    }

    /**
     * Splits a migration into statements: on ';' at the end of a line; '--' comment lines are dropped. A
     * {@code CREATE TRIGGER} runs to the line ending in {@code END;}, since its body holds statements of its own.
     */
    static List<String> statements(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (t.startsWith("--") || t.isEmpty()) continue;
            current.append(line).append('\n');
            boolean trigger = current.toString().stripLeading().regionMatches(true, 0, "CREATE TRIGGER", 0, 14);
            boolean ends = trigger ? t.toUpperCase(java.util.Locale.ROOT).matches("(.*\\s)?END;") : t.endsWith(";");
            if (ends) {
                String s = current.toString().strip();
                out.add(s.substring(0, s.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) out.add(current.toString().strip());
        return out;
    }

    private String read(String name) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(folder + name)) {
            if (in == null) throw new IllegalStateException("missing migration resource " + folder + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
