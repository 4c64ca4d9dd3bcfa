package app.sqlstudio.howler.service.storage;

import java.util.Map;

/**
 * One result row, materialised by either backend. Values are normalised to {@code Long}, {@code Double},
 * {@code String}, {@code byte[]} or {@code null}, so repositories never see which backend produced them.
 */
public final class Row {
    private final Map<String, Integer> columns;
    private final Object[] values;

    public Row(Map<String, Integer> columns, Object[] values) {
        this.columns = columns;
        this.values = values;
    }

    public java.util.Set<String> columnNames() {
        return columns.keySet();
    }

    public Object get(String column) {
        Integer i = columns.get(column);
        if (i == null) {
            throw new IllegalArgumentException("no column " + column + " in " + columns.keySet());
        }
        return values[i];
    }

    public String str(String column) {
        Object v = get(column);
        return v == null ? null : v.toString();
    }

    public Long lngOrNull(String column) {
        Object v = get(column);
        if (v == null) return null;
        if (v instanceof Number n) return n.longValue();
        return Long.parseLong(v.toString());
    }

    public long lng(String column) {
        Long v = lngOrNull(column);
        if (v == null) throw new IllegalStateException("column " + column + " is null");
        return v;
    }

    public int integer(String column) {
        return (int) lng(column);
    }

    public boolean bool(String column) {
        Long v = lngOrNull(column);
        return v != null && v != 0;
    }
}
