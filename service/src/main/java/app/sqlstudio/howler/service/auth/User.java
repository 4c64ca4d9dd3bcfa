package app.sqlstudio.howler.service.auth;

import app.sqlstudio.howler.service.util.Ids;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A user account. {@code passwordHash} never leaves the service: {@link #toJson()} omits it. {@code mfaEnabled} is read
 * with the user (two-factor state lives in its own table).
 */
public record User(String id, String username, String email, String passwordHash, String role, boolean active,
                   long createdAt, long updatedAt, Long lastLogin, boolean mfaEnabled) {

    public User withLastLogin(long at) {
        return new User(id, username, email, passwordHash, role, active, createdAt, updatedAt, at, mfaEnabled);
    }

    /** The {@code User} shape of the API. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("username", username);
        m.put("email", email);
        m.put("role", role);
        m.put("active", active);
        m.put("created_at", Ids.time(createdAt));
        m.put("updated_at", Ids.time(updatedAt));
        m.put("last_login", Ids.timeOrNull(lastLogin));
        m.put("mfa_enabled", mfaEnabled);
        m.put("metadata", Map.of());
        return m;
    }
}
