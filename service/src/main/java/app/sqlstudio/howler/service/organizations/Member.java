package app.sqlstudio.howler.service.organizations;

import app.sqlstudio.howler.service.util.Ids;

import java.util.LinkedHashMap;
import java.util.Map;

/** A membership with the member's public profile. */
public record Member(String id, String organizationId, String userId, String role, String invitedBy, long joinedAt,
                     String username, String email) {

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("organization_id", organizationId);
        m.put("user_id", userId);
        m.put("role", role);
        if (invitedBy != null) m.put("invited_by", invitedBy);
        m.put("joined_at", Ids.time(joinedAt));
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("id", userId);
        u.put("email", email);
        u.put("username", username);
        m.put("user", u);
        return m;
    }
}
