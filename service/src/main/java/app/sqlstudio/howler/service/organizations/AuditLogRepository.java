package app.sqlstudio.howler.service.organizations;

import app.sqlstudio.howler.service.storage.Row;
import app.sqlstudio.howler.service.storage.Sql;

import java.util.List;

/** Audit log entries of organization changes, newest first. */
public interface AuditLogRepository {
    record Entry(String id, String organizationId, String userId, String action, String resourceType, String resourceId,
                 String ipAddress, String userAgent, String details, long createdAt) {
    }

    void insert(Sql sql, Entry e);

    List<Entry> list(Sql sql, String orgId, int limit, int offset);

    static AuditLogRepository sql() {
        return new SqlAuditLogRepository();
    }
}

final class SqlAuditLogRepository implements AuditLogRepository {
    @Override
    public void insert(Sql sql, Entry e) {
        sql.update("INSERT INTO audit_logs(id, organization_id, user_id, action, resource_type, resource_id, ip_address, user_agent, details, created_at, seq) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM audit_logs))",
                e.id(), e.organizationId(), e.userId(), e.action(), e.resourceType(), e.resourceId(), e.ipAddress(), e.userAgent(), e.details(), e.createdAt());
    }

    @Override
    public List<Entry> list(Sql sql, String orgId, int limit, int offset) {
        return sql.query("SELECT * FROM audit_logs WHERE organization_id = ? ORDER BY created_at DESC, seq DESC LIMIT ? OFFSET ?", orgId, limit, offset)
                .stream().map(SqlAuditLogRepository::map).toList();
    }

    private static Entry map(Row r) {
        return new Entry(r.str("id"), r.str("organization_id"), r.str("user_id"), r.str("action"), r.str("resource_type"), r.str("resource_id"),
                r.str("ip_address"), r.str("user_agent"), r.str("details"), r.lng("created_at"));
    }
}
