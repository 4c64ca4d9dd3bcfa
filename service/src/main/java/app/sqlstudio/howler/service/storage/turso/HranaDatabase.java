package app.sqlstudio.howler.service.storage.turso;

import app.sqlstudio.howler.service.storage.ConstraintViolationException;
import app.sqlstudio.howler.service.storage.Database;
import app.sqlstudio.howler.service.storage.DatabaseException;
import app.sqlstudio.howler.service.storage.DbMetrics;
import app.sqlstudio.howler.service.storage.Row;
import app.sqlstudio.howler.service.storage.Sql;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turso (libSQL) over Hrana HTTP. Autocommit work sends each statement as a one-shot pipeline
 * ({@code execute} + {@code close}); a write transaction keeps one stream open with its baton
 * (BEGIN IMMEDIATE … COMMIT/ROLLBACK + close), strictly serially, as the protocol requires.
 */
public final class HranaDatabase implements Database {
    private final HranaClient client;
    private final DbMetrics metrics;

    public HranaDatabase(HranaClient client, MeterRegistry registry) {
        this.client = client;
        this.metrics = new DbMetrics(registry, "turso");
    }

    @Override
    public String backend() {
        return "turso";
    }

    @Override
    public <T> T read(Function<Sql, T> work) {
        return work.apply(new OneShotSql());
    }

    @Override
    public <T> T write(Function<Sql, T> work) {
        StreamSql stream = new StreamSql();
        stream.run("BEGIN IMMEDIATE", new Object[0], false);
        T result;
        try {
            result = work.apply(stream);
        } catch (RuntimeException | Error e) {
            stream.rollbackQuietly();
            throw e;
        }
        try {
            stream.run("COMMIT", new Object[0], true);
        } catch (RuntimeException e) {
            stream.rollbackQuietly();
            throw e;
        }
        return result;
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
        // HTTP: nothing to release
    }

    private DatabaseException translate(HranaException e) {
        if (e.isSqlError()) {
            metrics.error();
            if (e.code() != null && e.code().startsWith("SQLITE_CONSTRAINT")) {
                return new ConstraintViolationException(e.getMessage(), e);
            }
            boolean busy = "SQLITE_BUSY".equals(e.code()) || "TRANSACTION_TIMEOUT".equals(e.code());
            return new DatabaseException(e.getMessage(), e, busy);
        }
        int s = e.httpStatus();
        boolean unavailable = s == 0 || s == 401 || s == 403 || s == 404 || s == 429 || s >= 500;
        if (unavailable) metrics.connectionFailure();
        else metrics.error();
        return new DatabaseException(e.getMessage(), e, unavailable);
    }

    static List<Row> rows(JsonNode stmtResult) {
        JsonNode cols = stmtResult.path("cols");
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < cols.size(); i++) {
            JsonNode name = cols.get(i).get("name");
            index.put(name == null || name.isNull() ? "col" + i : name.asText(), i);
        }
        List<Row> rows = new ArrayList<>();
        for (JsonNode r : stmtResult.path("rows")) {
            Object[] vals = new Object[r.size()];
            for (int i = 0; i < r.size(); i++) vals[i] = HranaClient.decode(r.get(i));
            rows.add(new Row(index, vals));
        }
        return rows;
    }

    private final class OneShotSql implements Sql {
        @Override
        public List<Row> query(String sql, Object... params) {
            return rows(exec(sql, params));
        }

        @Override
        public int update(String sql, Object... params) {
            return exec(sql, params).path("affected_row_count").asInt();
        }

        private JsonNode exec(String sql, Object[] params) {
            Timer.Sample sample = Timer.start();
            try {
                HranaClient.PipelineResult r = client.pipeline(null, List.of(HranaClient.execute(sql, params), HranaClient.close()));
                return HranaClient.stmtResult(r.results().get(0));
            } catch (HranaException e) {
                throw translate(e);
            } finally {
                sample.stop(metrics.timer(sql));
            }
        }
    }

    private final class StreamSql implements Sql {
        private String baton;
        private URI baseUrl;
        private boolean closed;

        @Override
        public List<Row> query(String sql, Object... params) {
            return rows(run(sql, params, false));
        }

        @Override
        public int update(String sql, Object... params) {
            return run(sql, params, false).path("affected_row_count").asInt();
        }

        JsonNode run(String sql, Object[] params, boolean closeAfter) {
            if (closed) throw new IllegalStateException("the transaction's stream is closed");
            Timer.Sample sample = Timer.start();
            List<ObjectNode> reqs = closeAfter
                    ? List.of(HranaClient.execute(sql, params), HranaClient.close())
                    : List.of(HranaClient.execute(sql, params));
            try {
                HranaClient.PipelineResult r = baseUrl == null
                        ? client.pipeline(baton, reqs)
                        : client.pipeline(baseUrl.resolve("v2/pipeline"), baton, reqs);
                baton = r.baton();
                if (r.baseUrl() != null) baseUrl = URI.create(r.baseUrl().endsWith("/") ? r.baseUrl() : r.baseUrl() + "/");
                if (closeAfter || baton == null) closed = true;
                return HranaClient.stmtResult(r.results().get(0));
            } catch (HranaException e) {
                if (!e.isSqlError()) closed = true; // any HTTP error drops the stream (and its transaction)
                throw translate(e);
            } finally {
                sample.stop(metrics.timer(sql));
            }
        }

        void rollbackQuietly() {
            if (closed) return;
            try {
                run("ROLLBACK", new Object[0], true);
            } catch (RuntimeException ignored) {
                // the stream is gone or had no transaction: the server rolls back when it drops the stream
            }
        }
    }
}
