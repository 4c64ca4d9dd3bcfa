package app.sqlstudio.howler.service.storage;

import java.util.List;
import java.util.Optional;

/**
 * Runs SQL (SQLite dialect) on one connection or stream. Parameters are positional ({@code ?}) and may be
 * {@code String}, {@code Long}/{@code Integer}, {@code Double}, {@code Boolean} (stored as 0/1), {@code byte[]} or null.
 */
public interface Sql {
    List<Row> query(String sql, Object... params);

    /** Returns the number of rows changed. */
    int update(String sql, Object... params);

    default Optional<Row> queryOne(String sql, Object... params) {
        List<Row> rows = query(sql, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    default long count(String sql, Object... params) {
        return queryOne(sql, params).map(r -> {
            Object v = r.get(r.columnNames().iterator().next());
            return v == null ? 0L : ((Number) v).longValue();
        }).orElse(0L);
    }
}
