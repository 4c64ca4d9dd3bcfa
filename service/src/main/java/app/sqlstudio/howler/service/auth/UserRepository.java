package app.sqlstudio.howler.service.auth;

import app.sqlstudio.howler.service.storage.Row;
import app.sqlstudio.howler.service.storage.Sql;

import java.util.Optional;

/** Users. Username and e-mail lookups ignore case; a duplicate raises a ConstraintViolationException. */
public interface UserRepository {
    void insert(Sql sql, User user);

    Optional<User> findById(Sql sql, String id);

    /** By username or, when {@code login} contains '@', by e-mail. */
    Optional<User> findByLogin(Sql sql, String login);

    boolean existsByUsernameOrEmail(Sql sql, String username, String email);

    void updateLastLogin(Sql sql, String id, long at);

    void updatePassword(Sql sql, String id, String hash, long at);

    static UserRepository sql() {
        return new SqlUserRepository();
    }
}

final class SqlUserRepository implements UserRepository {
    private static final String COLS = "id, username, email, password_hash, role, active, created_at, updated_at, last_login";
    private static final String SELECT = "SELECT " + COLS + ", EXISTS (SELECT 1 FROM user_mfa f WHERE f.user_id = users.id "
            + "AND f.enabled_at IS NOT NULL) AS mfa_enabled FROM users ";

    @Override
    public void insert(Sql sql, User u) {
        sql.update("INSERT INTO users(" + COLS + ", metadata) VALUES (?,?,?,?,?,?,?,?,?,'{}')",
                u.id(), u.username(), u.email(), u.passwordHash(), u.role(), u.active(), u.createdAt(), u.updatedAt(), u.lastLogin());
    }

    @Override
    public Optional<User> findById(Sql sql, String id) {
        return sql.queryOne(SELECT + "WHERE id = ?", id).map(SqlUserRepository::map);
    }

    @Override
    public Optional<User> findByLogin(Sql sql, String login) {
        if (login.contains("@")) {
            return sql.queryOne(SELECT + "WHERE email = ? COLLATE NOCASE", login).map(SqlUserRepository::map);
        }
        return sql.queryOne(SELECT + "WHERE username = ? COLLATE NOCASE", login).map(SqlUserRepository::map);
    }

    @Override
    public boolean existsByUsernameOrEmail(Sql sql, String username, String email) {
        return sql.count("SELECT COUNT(*) AS n FROM users WHERE username = ? COLLATE NOCASE OR email = ? COLLATE NOCASE", username, email) > 0;
    }

    @Override
    public void updateLastLogin(Sql sql, String id, long at) {
        sql.update("UPDATE users SET last_login = ? WHERE id = ?", at, id);
    }

    @Override
    public void updatePassword(Sql sql, String id, String hash, long at) {
        sql.update("UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?", hash, at, id);
    }

    static User map(Row r) {
        return new User(r.str("id"), r.str("username"), r.str("email"), r.str("password_hash"), r.str("role"),
                r.bool("active"), r.lng("created_at"), r.lng("updated_at"), r.lngOrNull("last_login"), r.bool("mfa_enabled"));
    }
}
