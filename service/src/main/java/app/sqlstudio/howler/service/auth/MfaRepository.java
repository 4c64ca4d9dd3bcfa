package app.sqlstudio.howler.service.auth;

import app.sqlstudio.howler.service.storage.Row;
import app.sqlstudio.howler.service.storage.Sql;

import java.util.List;
import java.util.Optional;

/**
 * Two-factor state per user (the sealed TOTP secret, a pending one from setup, the last accepted time step), the
 * hashed recovery codes, and the login challenges ({@code mfa_token}s, stored as hashes) between the password and the
 * second step.
 */
public interface MfaRepository {
    /** A user's two-factor row; {@code secret} is set only once enabled, {@code pendingSecret} between setup and enable. */
    record State(String userId, String secret, String pendingSecret, Long enabledAt, long lastUsedStep, long updatedAt) {
        public boolean enabled() {
            return enabledAt != null && secret != null;
        }
    }

    /** A pending second step of a login. */
    record Challenge(String tokenHash, String userId, String loginKey, int failures, long createdAt, long expiresAt, Long usedAt) {
    }

    Optional<State> find(Sql sql, String userId);

    /** Stores a new pending secret, replacing any earlier unconfirmed one; an enabled secret is untouched. */
    void savePending(Sql sql, String userId, String sealedSecret, long at);

    /** Moves the pending secret to the enabled one, with the step its confirming code used; false when none pending. */
    boolean enable(Sql sql, String userId, long usedStep, long at);

    void delete(Sql sql, String userId);

    /** Accepts {@code step} only if no code of it or a later step was accepted before (RFC 6238 §5.2: no replay). */
    boolean useStep(Sql sql, String userId, long step);

    void replaceSecret(Sql sql, String userId, String sealedSecret);

    /** Every enabled or pending user's sealed secrets, for re-sealing after a key rotation. */
    List<State> all(Sql sql);

    void replaceRecoveryCodes(Sql sql, String userId, List<String> hashes, long at);

    /** Spends an unused recovery code; false when there is none with that hash. */
    boolean useRecoveryCode(Sql sql, String userId, String hash, long at);

    int unusedRecoveryCodes(Sql sql, String userId);

    void insertChallenge(Sql sql, Challenge c);

    Optional<Challenge> findChallenge(Sql sql, String tokenHash);

    /** Marks a challenge used; false when it already was (a concurrent second step won). */
    boolean spendChallenge(Sql sql, String tokenHash, long at);

    void countChallengeFailure(Sql sql, String tokenHash);

    int purgeChallenges(Sql sql, long before);

    static MfaRepository sql() {
        return new SqlMfaRepository();
    }
}

final class SqlMfaRepository implements MfaRepository {
    private static final String COLS = "user_id, secret, pending_secret, enabled_at, last_used_step, updated_at";

    @Override
    public Optional<State> find(Sql sql, String userId) {
        return sql.queryOne("SELECT " + COLS + " FROM user_mfa WHERE user_id = ?", userId).map(SqlMfaRepository::state);
    }

    @Override
    public void savePending(Sql sql, String userId, String sealedSecret, long at) {
        sql.update("INSERT INTO user_mfa(user_id, pending_secret, pending_created_at, last_used_step, updated_at) VALUES (?,?,?,0,?) "
                + "ON CONFLICT(user_id) DO UPDATE SET pending_secret = excluded.pending_secret, "
                + "pending_created_at = excluded.pending_created_at, updated_at = excluded.updated_at", userId, sealedSecret, at, at);
    }

    @Override
    public boolean enable(Sql sql, String userId, long usedStep, long at) {
        return sql.update("UPDATE user_mfa SET secret = pending_secret, pending_secret = NULL, pending_created_at = NULL, enabled_at = ?, "
                + "last_used_step = ?, updated_at = ? WHERE user_id = ? AND pending_secret IS NOT NULL", at, usedStep, at, userId) == 1;
    }

    @Override
    public void delete(Sql sql, String userId) {
        sql.update("DELETE FROM mfa_recovery_codes WHERE user_id = ?", userId);
        sql.update("DELETE FROM mfa_challenges WHERE user_id = ?", userId);
        sql.update("DELETE FROM user_mfa WHERE user_id = ?", userId);
    }

    @Override
    public boolean useStep(Sql sql, String userId, long step) {
        return sql.update("UPDATE user_mfa SET last_used_step = ? WHERE user_id = ? AND last_used_step < ?", step, userId, step) == 1;
    }

    @Override
    public void replaceSecret(Sql sql, String userId, String sealedSecret) {
        sql.update("UPDATE user_mfa SET secret = ? WHERE user_id = ?", sealedSecret, userId);
    }

    @Override
    public List<State> all(Sql sql) {
        return sql.query("SELECT " + COLS + " FROM user_mfa").stream().map(SqlMfaRepository::state).toList();
    }

    @Override
    public void replaceRecoveryCodes(Sql sql, String userId, List<String> hashes, long at) {
        sql.update("DELETE FROM mfa_recovery_codes WHERE user_id = ?", userId);
        for (String h : hashes) {
            sql.update("INSERT INTO mfa_recovery_codes(user_id, code_hash, created_at) VALUES (?,?,?)", userId, h, at);
        }
    }

    @Override
    public boolean useRecoveryCode(Sql sql, String userId, String hash, long at) {
        return sql.update("UPDATE mfa_recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL", at, userId, hash) == 1;
    }

    @Override
    public int unusedRecoveryCodes(Sql sql, String userId) {
        return (int) sql.count("SELECT COUNT(*) AS n FROM mfa_recovery_codes WHERE user_id = ? AND used_at IS NULL", userId);
    }

    @Override
    public void insertChallenge(Sql sql, Challenge c) {
        sql.update("INSERT INTO mfa_challenges(token_hash, user_id, login_key, failures, created_at, expires_at) VALUES (?,?,?,?,?,?)",
                c.tokenHash(), c.userId(), c.loginKey(), c.failures(), c.createdAt(), c.expiresAt());
    }

    @Override
    public Optional<Challenge> findChallenge(Sql sql, String tokenHash) {
        return sql.queryOne("SELECT token_hash, user_id, login_key, failures, created_at, expires_at, used_at FROM mfa_challenges WHERE token_hash = ?",
                tokenHash).map(r -> new Challenge(r.str("token_hash"), r.str("user_id"), r.str("login_key"), r.integer("failures"),
                r.lng("created_at"), r.lng("expires_at"), r.lngOrNull("used_at")));
    }

    @Override
    public boolean spendChallenge(Sql sql, String tokenHash, long at) {
        return sql.update("UPDATE mfa_challenges SET used_at = ? WHERE token_hash = ? AND used_at IS NULL", at, tokenHash) == 1;
    }

    @Override
    public void countChallengeFailure(Sql sql, String tokenHash) {
        sql.update("UPDATE mfa_challenges SET failures = failures + 1 WHERE token_hash = ?", tokenHash);
    }

    @Override
    public int purgeChallenges(Sql sql, long before) {
        return sql.update("DELETE FROM mfa_challenges WHERE expires_at < ?", before);
    }

    private static State state(Row r) {
        return new State(r.str("user_id"), r.str("secret"), r.str("pending_secret"), r.lngOrNull("enabled_at"), r.lng("last_used_step"),
                r.lng("updated_at"));
    }
}
