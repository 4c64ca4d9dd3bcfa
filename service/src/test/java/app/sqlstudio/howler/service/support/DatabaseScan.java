package app.sqlstudio.howler.service.support;

import app.sqlstudio.howler.service.storage.Database;
import app.sqlstudio.howler.service.storage.Row;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads every cell of every table and says where a value still appears (case-insensitive, as a substring). */
public final class DatabaseScan {
    private DatabaseScan() {
    }

    /** {@code table.column = value} for each cell containing {@code needle}; schema_migrations is not data. */
    public static List<String> find(Database db, String needle) {
        String n = needle.toLowerCase(Locale.ROOT);
        List<String> hits = new ArrayList<>();
        List<String> tables = db.read(sql -> sql.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                + "AND name <> 'schema_migrations' ORDER BY name")).stream().map(r -> r.str("name")).toList();
        for (String table : tables) {
            for (Row r : db.read(sql -> sql.query("SELECT * FROM \"" + table + "\""))) {
                for (String column : r.columnNames()) {
                    Object v = r.get(column);
                    String text = v instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : v == null ? null : v.toString();
                    if (text != null && text.toLowerCase(Locale.ROOT).contains(n)) hits.add(table + "." + column + " = " + text);
                }
            }
        }
        return hits;
    }
}
