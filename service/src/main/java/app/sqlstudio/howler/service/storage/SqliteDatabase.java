package app.sqlstudio.howler.service.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.jdbc4.JDBC4Connection;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The embedded SQLite file behind a HikariCP pool: WAL journal, {@code synchronous=FULL} (an acknowledged commit
 * survives kill -9 and power loss), foreign keys on, write transactions opened with BEGIN IMMEDIATE so two writers
 * queue on the busy timeout instead of failing on a lock upgrade.
 *
 * <p>Each pooled connection keeps its prepared statements ({@link CachingConnection}): SQLite parses a statement once
 * per connection instead of once per call (a third of the cost of a one-row lookup), and the column names of a query
 * are read once instead of on every execution.
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
        hc.setDataSource(new CachingDataSource(sqlite, "jdbc:sqlite:" + path.toAbsolutePath(), path.toAbsolutePath().toString()));
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
            JdbcSql sql = new JdbcSql(c);
            c.setAutoCommit(false);
            try {
                T result = work.apply(sql);
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
        private final CachingConnection c;

        JdbcSql(Connection pooled) throws SQLException {
            this.c = pooled.unwrap(CachingConnection.class);
        }

        @Override
        public List<Row> query(String sql, Object... params) {
            Timer.Sample sample = Timer.start();
            Prepared p = null;
            try {
                p = c.prepared(sql);
                PreparedStatement ps = p.statement;
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    Map<String, Integer> cols = p.columns(rs);
                    int n = cols.size();
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
                c.discard(sql, p);
                throw translate(e);
            } finally {
                sample.stop(metrics.timer(sql));
            }
        }

        @Override
        public int update(String sql, Object... params) {
            Timer.Sample sample = Timer.start();
            Prepared p = null;
            try {
                p = c.prepared(sql);
                bind(p.statement, params);
                return p.statement.executeUpdate();
            } catch (SQLException e) {
                c.discard(sql, p);
                throw translate(e);
            } finally {
                sample.stop(metrics.timer(sql));
            }
        }

        private void bind(PreparedStatement ps, Object[] params) throws SQLException {
            ps.clearParameters();
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

    /** A prepared statement kept by its connection, with the column names of its result (read on first use). */
    private static final class Prepared {
        final PreparedStatement statement;
        private Map<String, Integer> columns;

        Prepared(PreparedStatement statement) {
            this.statement = statement;
        }

        Map<String, Integer> columns(ResultSet rs) throws SQLException {
            ResultSetMetaData md = rs.getMetaData();
            int n = md.getColumnCount();
            // the count is re-checked on every execution: a schema change (SELECT *) re-prepares the statement in SQLite
            if (columns == null || columns.size() != n) {
                Map<String, Integer> cols = new HashMap<>(n * 2);
                for (int i = 0; i < n; i++) cols.put(md.getColumnLabel(i + 1), i);
                columns = cols;
            }
            return columns;
        }
    }

    /**
     * A SQLite connection that keeps up to {@value #MAX_STATEMENTS} prepared statements, least recently used evicted.
     * A pooled connection is used by one thread at a time, so the cache needs no locking; its statements are
     * finalised when the connection closes. Statements are reset before each execution and when their result set
     * closes, so a kept statement holds no read snapshot between uses.
     */
    static final class CachingConnection extends JDBC4Connection {
        private static final int MAX_STATEMENTS = 128;
        private final Map<String, Prepared> statements = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Prepared> eldest) {
                if (size() <= MAX_STATEMENTS) return false;
                closeQuietly(eldest.getValue());
                return true;
            }
        };

        CachingConnection(String url, String fileName, java.util.Properties props) throws SQLException {
            super(url, fileName, props);
        }

        Prepared prepared(String sql) throws SQLException {
            Prepared p = statements.get(sql);
            if (p == null || p.statement.isClosed()) {
                p = new Prepared(prepareStatement(sql));
                statements.put(sql, p);
            }
            return p;
        }

        /** Drops a statement after a failure, so the next use starts from a fresh one. */
        void discard(String sql, Prepared p) {
            if (p == null) return;
            statements.remove(sql, p);
            closeQuietly(p);
        }

        private static void closeQuietly(Prepared p) {
            try {
                p.statement.close();
            } catch (SQLException ignored) {
                // the statement is unusable either way
            }
        }

        @Override
        public void close() throws SQLException {
            statements.clear();
            super.close();
        }
    }

    /** Opens {@link CachingConnection}s with the given SQLite configuration (pragmas applied on open). */
    private static final class CachingDataSource extends SQLiteDataSource {
        private final String fileName;

        CachingDataSource(SQLiteConfig config, String url, String fileName) {
            super(config);
            setUrl(url);
            this.fileName = fileName;
        }

        @Override
        public SQLiteConnection getConnection(String username, String password) throws SQLException {
            return new CachingConnection(getUrl(), fileName, getConfig().toProperties());
        }
    }
}
