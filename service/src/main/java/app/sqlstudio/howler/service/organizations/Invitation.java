package app.sqlstudio.howler.service.organizations;

import app.sqlstudio.howler.service.util.Ids;

import java.util.LinkedHashMap;
import java.util.Map;

/** An invitation. Its token is a bearer secret: {@link #toJson(boolean)} shows it only to the org's owners/admins. */
public record Invitation(String id, String organizationId, String email, String role, String invitedBy, String token,
                         String status, long expiresAt, Long acceptedAt, long createdAt) {

    public Map<String, Object> toJson(boolean withToken) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("organization_id", organizationId);
        m.put("email", email);
        m.put("role", role);
        m.put("invited_by", invitedBy);
        if (withToken && status.equals("pending")) m.put("token", token);
        m.put("status", status);
        m.put("expires_at", Ids.time(expiresAt));
        if (acceptedAt != null) m.put("accepted_at", Ids.time(acceptedAt));
        m.put("created_at", Ids.time(createdAt));
        return m;
    }
}
