package app.sqlstudio.howler.service.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The embedded SQLite file behind a HikariCP pool: WAL journal, {@code synchronous=FULL} (an acknowledged commit
 * survives kill -9 and power loss), foreign keys on, write transactions opened with BEGIN IMMEDIATE so two writers
 * queue on the busy timeout instead of failing on a lock upgrade.
 */
public final class SqliteDatabase implements Database {
    private final HikariDataSource pool;
    private final DbMetrics metrics;

    /**
     * @param path     the database file; its parent folders are created
     * @param poolSize connections in the pool (readers run in parallel under WAL, writers queue)
     */
    public SqliteDatabase(Path path, int poolSize, MeterRegistry registry) {
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
        } catch (IOException e) {
            throw new DatabaseException("cannot create the folder of the database file " + path + ": " + e.getMessage(), e, true);
        }
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        sqlite.setBusyTimeout(10_000);
        sqlite.enforceForeignKeys(true);
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        HikariConfig hc = new HikariConfig();
        hc.setPoolName("sqlite");
        hc.setJdbcUrl("jdbc:sqlite:" + path.toAbsolutePath());
        hc.setDataSourceProperties(sqlite.toProperties());
        hc.setMaximumPoolSize(poolSize);
        hc.setMinimumIdle(Math.min(2, poolSize));
        hc.setConnectionTimeout(5_000);
        hc.setAutoCommit(true);
        if (registry != null) hc.setMetricRegistry(registry);
        this.metrics = new DbMetrics(registry != null ? registry : new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), "sqlite");
        try {
            this.pool = new HikariDataSource(hc);
        } catch (RuntimeException e) {
            metrics.connectionFailure();
            throw new DatabaseException("cannot open SQLite database " + path + ": " + e.getMessage(), e, true);
        }
    }

    @Override
    public String backend() {
        return "sqlite";
    }

    @Override
    public <T> T read(Function<Sql, T> work) {
        try (Connection c = connection()) {
            return work.apply(new JdbcSql(c));
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    @Override
    public <T> T write(Function<Sql, T> work) {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try {
                T result = work.apply(new JdbcSql(c));
                c.commit();
                return result;
            } catch (RuntimeException | Error e) {
                try {
                    c.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    @Override
    public boolean ping() {
        try {
            return read(sql -> sql.query("SELECT 1 AS ok").size() == 1);
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    private Connection connection() {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            metrics.connectionFailure();
            throw new DatabaseException("cannot get a database connection: " + e.getMessage(), e, true);
        }
    }

    private DatabaseException translate(SQLException e) {
        metrics.error();
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            if (code != null && code.name().startsWith("SQLITE_CONSTRAINT")) {
                return new ConstraintViolationException(e.getMessage(), e);
            }
            if (code == SQLiteErrorCode.SQLITE_BUSY || code == SQLiteErrorCode.SQLITE_CANTOPEN) {
                return new DatabaseException(e.getMessage(), e, true);
            }
        }
        return new DatabaseException(e.getMessage(), e, false);
    }

    private final class JdbcSql implements Sql {
        private final Connection c;

        JdbcSql(Connection c) {
            this.c = c;
        }

        @Override
        public List<Row> query(String sql, Object... params) {
            Timer.Sample sample = Timer.start();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    ResultSetMetaData md = rs.getMetaData();
                    int n = md.getColumnCount();
                    Map<String, Integer> cols = new HashMap<>(n * 2);
                    for (int i = 0; i < n; i++) cols.put(md.getColumnLabel(i + 1), i);
                    List<Row> rows = new ArrayList<>();
                    while (rs.next()) {
                        Object[] vals = new Object[n];
                        for (int i = 0; i < n; i++) {
                            Object v = rs.getObject(i + 1);
                            if (v instanceof Integer iv) v = iv.longValue();
                            else if (v instanceof Float f) v = f.doubleValue();
                            vals[i] = v;
                        }
                        rows.add(new Row(cols, vals));
                    }
                    return rows;
                }
            } catch (SQLException e) {
                throw translate(e);
            } finally {
                sample.stop(metrics.timer(sql));
            }
        }

        @Override
        public int update(String sql, Object... params) {
            Timer.Sample sample = Timer.start();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, params);
                return ps.executeUpdate();
            } catch (SQLException e) {
                throw translate(e);
            } finally {
                sample.stop(metrics.timer(sql));
            }
        }

        private void bind(PreparedStatement ps, Object[] params) throws SQLException {
            for (int i = 0; i < params.length; i++) {
                Object p = params[i];
                if (p == null) ps.setNull(i + 1, Types.NULL);
                else if (p instanceof Boolean b) ps.setLong(i + 1, b ? 1 : 0);
                else if (p instanceof Integer iv) ps.setLong(i + 1, iv);
                else if (p instanceof Long l) ps.setLong(i + 1, l);
                else if (p instanceof Double d) ps.setDouble(i + 1, d);
                else if (p instanceof byte[] bytes) ps.setBytes(i + 1, bytes);
                else ps.setString(i + 1, p.toString());
            }
        }
    }
}
