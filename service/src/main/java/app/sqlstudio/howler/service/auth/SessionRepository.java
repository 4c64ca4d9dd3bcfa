package app.sqlstudio.howler.service.auth;

import app.sqlstudio.howler.service.storage.Sql;

import java.util.Optional;

/** Sessions, their current refresh token id, and revocation. */
public interface SessionRepository {
    void insert(Sql sql, Session s);

    Optional<Session> find(Sql sql, String id);

    /** Swaps the refresh token id only if it is still {@code expectedJti}; false when another request won. */
    boolean rotate(Sql sql, String id, String expectedJti, String newJti, long newExpiresAt, long now);

    void revoke(Sql sql, String id, String reason, long now);

    /** Revokes all live sessions of a user except {@code keepSessionId}; returns how many. */
    int revokeAllExcept(Sql sql, String userId, String keepSessionId, String reason, long now);

    /** Deletes sessions that expired or were revoked before {@code before}. */
    int purge(Sql sql, long before);

    static SessionRepository sql() {
        return new SqlSessionRepository();
    }
}

final class SqlSessionRepository implements SessionRepository {
    @Override
    public void insert(Sql sql, Session s) {
        sql.update("INSERT INTO sessions(id, user_id, refresh_jti, created_at, last_access, expires_at, revoked_at, ip_address, user_agent) "
                        + "VALUES (?,?,?,?,?,?,?,?,?)",
                s.id(), s.userId(), s.refreshJti(), s.createdAt(), s.createdAt(), s.expiresAt(), s.revokedAt(), s.ipAddress(), s.userAgent());
    }

    @Override
    public Optional<Session> find(Sql sql, String id) {
        return sql.queryOne("SELECT id, user_id, refresh_jti, created_at, expires_at, revoked_at, ip_address, user_agent FROM sessions WHERE id = ?", id)
                .map(r -> new Session(r.str("id"), r.str("user_id"), r.str("refresh_jti"), r.lng("created_at"), r.lng("expires_at"),
                        r.lngOrNull("revoked_at"), r.str("ip_address"), r.str("user_agent")));
    }

    @Override
    public boolean rotate(Sql sql, String id, String expectedJti, String newJti, long newExpiresAt, long now) {
        return sql.update("UPDATE sessions SET refresh_jti = ?, expires_at = ?, last_access = ? WHERE id = ? AND refresh_jti = ? AND revoked_at IS NULL",
                newJti, newExpiresAt, now, id, expectedJti) == 1;
    }

    @Override
    public void revoke(Sql sql, String id, String reason, long now) {
        sql.update("UPDATE sessions SET revoked_at = ?, revoked_reason = ? WHERE id = ? AND revoked_at IS NULL", now, reason, id);
    }

    @Override
    public int revokeAllExcept(Sql sql, String userId, String keepSessionId, String reason, long now) {
        return sql.update("UPDATE sessions SET revoked_at = ?, revoked_reason = ? WHERE user_id = ? AND id <> ? AND revoked_at IS NULL",
                now, reason, userId, keepSessionId);
    }

    @Override
    public int purge(Sql sql, long before) {
        return sql.update("DELETE FROM sessions WHERE expires_at < ? OR (revoked_at IS NOT NULL AND revoked_at < ?)", before, before);
    }
}
