package app.sqlstudio.howler.service.storage;

import java.util.function.Function;

/**
 * The one storage abstraction the repositories use, implemented by the embedded SQLite file
 * ({@link SqliteDatabase}) and by Turso over Hrana HTTP ({@code HranaDatabase}).
 */
public interface Database extends AutoCloseable {
    /** {@code sqlite} or {@code turso}: used as a metric tag and in logs. */
    String backend();

    /** Runs {@code work} in autocommit mode: each statement commits on its own. */
    <T> T read(Function<Sql, T> work);

    /**
     * Runs {@code work} in one write transaction (BEGIN IMMEDIATE). It commits when work returns and rolls back
     * when it throws; the exception is rethrown.
     */
    <T> T write(Function<Sql, T> work);

    /** Cheap liveness check of the database ({@code SELECT 1}); never throws. */
    boolean ping();

    @Override
    void close();
}
