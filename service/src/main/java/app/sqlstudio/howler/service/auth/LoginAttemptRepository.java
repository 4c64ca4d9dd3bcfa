package app.sqlstudio.howler.service.auth;

import app.sqlstudio.howler.service.storage.Sql;

/** Login attempts per (client IP, login name), for the lockout; kept in the database so all replicas agree. */
public interface LoginAttemptRepository {
    void record(Sql sql, String ip, String login, boolean success, long at);

    /** Failures since {@code since} for the key; a success in between does not reset them (as in the original). */
    long recentFailures(Sql sql, String ip, String login, long since);

    /** The time of the oldest of those failures, or null. */
    Long oldestRecentFailure(Sql sql, String ip, String login, long since);

    int purge(Sql sql, long before);

    static LoginAttemptRepository sql() {
        return new SqlLoginAttemptRepository();
    }
}

final class SqlLoginAttemptRepository implements LoginAttemptRepository {

    @Override
    public void record(Sql sql, String ip, String login, boolean success, long at) {
        sql.update("INSERT INTO login_attempts(ip, username, at, success) VALUES (?,?,?,?)", ip, login, at, success);
    }

    @Override
    public long recentFailures(Sql sql, String ip, String login, long since) {
        return sql.count("SELECT COUNT(*) AS n FROM login_attempts WHERE ip = ? AND username = ? AND success = 0 AND at >= ?",
                ip, login, since);
    }

    @Override
    public Long oldestRecentFailure(Sql sql, String ip, String login, long since) {
        return sql.queryOne("SELECT MIN(at) AS t FROM login_attempts WHERE ip = ? AND username = ? AND success = 0 AND at >= ?",
                ip, login, since).map(r -> r.lngOrNull("t")).orElse(null);
    }

    @Override
    public int purge(Sql sql, long before) {
        return sql.update("DELETE FROM login_attempts WHERE at < ?", before);
    }
}
