package app.sqlstudio.howler.service.organizations;

import app.sqlstudio.howler.service.util.Ids;

import java.util.LinkedHashMap;
import java.util.Map;

/** An organization; {@code memberCount} is null when not loaded. */
public record Organization(String id, String name, String description, String ownerId, long createdAt, long updatedAt,
                           Long deletedAt, int maxMembers, String settings, Integer memberCount) {

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", name);
        if (description != null) m.put("description", description);
        m.put("owner_id", ownerId);
        m.put("created_at", Ids.time(createdAt));
        m.put("updated_at", Ids.time(updatedAt));
        if (deletedAt != null) m.put("deleted_at", Ids.time(deletedAt));
        m.put("max_members", maxMembers);
        if (memberCount != null) m.put("member_count", memberCount);
        return m;
    }
}
