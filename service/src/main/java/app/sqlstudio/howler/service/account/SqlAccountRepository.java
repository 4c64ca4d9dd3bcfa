package app.sqlstudio.howler.service.account;

import app.sqlstudio.howler.service.storage.Row;
import app.sqlstudio.howler.service.storage.Sql;

import java.util.List;
import java.util.Locale;

final class SqlAccountRepository implements AccountRepository {

    @Override
    public List<Row> items(Sql sql, String userId) {
        return sql.query("SELECT item_type, item_id, data, organization_id, visibility, sync_version, client_updated_at, device_id, "
                + "created_at, updated_at, deleted_at FROM sync_items WHERE owner_id = ? ORDER BY change_seq", userId);
    }

    @Override
    public List<Row> conflicts(Sql sql, String userId) {
        return sql.query("SELECT id, item_type, item_id, local_version, remote_version, winner, detected_at, resolved_at, resolution "
                + "FROM sync_conflicts WHERE user_id = ? ORDER BY detected_at, id", userId);
    }

    @Override
    public List<Row> devices(Sql sql, String userId) {
        return sql.query("SELECT device_id, last_sync_at, client_version FROM sync_devices WHERE user_id = ? ORDER BY device_id", userId);
    }

    @Override
    public List<Row> memberships(Sql sql, String userId) {
        return sql.query("SELECT o.id, o.name, o.description, o.owner_id, o.created_at, o.updated_at, o.deleted_at, o.max_members, "
                + "(SELECT COUNT(*) FROM organization_members c WHERE c.organization_id = o.id) AS member_count, "
                + "m.role, m.joined_at, m.invited_by FROM organization_members m JOIN organizations o ON o.id = m.organization_id "
                + "WHERE m.user_id = ? ORDER BY m.joined_at, o.id", userId);
    }

    @Override
    public List<Row> invitations(Sql sql, String userId, String email) {
        return sql.query("SELECT i.id, i.organization_id, o.name AS organization_name, i.email, i.role, i.invited_by, i.status, i.expires_at, "
                + "i.accepted_at, i.responded_at, i.created_at, CASE WHEN i.invited_by = ? THEN 'sent' ELSE 'received' END AS direction "
                + "FROM organization_invitations i JOIN organizations o ON o.id = i.organization_id "
                + "WHERE i.email = ? COLLATE NOCASE OR i.invited_by = ? ORDER BY i.created_at, i.id", userId, email, userId);
    }

    @Override
    public List<Row> sessions(Sql sql, String userId) {
        return sql.query("SELECT id, created_at, last_access, expires_at, revoked_at, revoked_reason, ip_address, user_agent "
                + "FROM sessions WHERE user_id = ? ORDER BY created_at, id", userId);
    }

    @Override
    public List<Row> loginAttempts(Sql sql, List<String> keys) {
        return sql.query("SELECT ip, at, success FROM login_attempts WHERE username IN (?, ?) ORDER BY at, id", keys.get(0), keys.get(1));
    }

    @Override
    public List<Row> auditEntries(Sql sql, String userId) {
        return sql.query("SELECT id, organization_id, action, resource_type, resource_id, ip_address, user_agent, details, created_at "
                + "FROM audit_logs WHERE user_id = ? ORDER BY created_at, seq", userId);
    }

    @Override
    public List<Row> twoFactor(Sql sql, String userId) {
        return sql.query("SELECT f.enabled_at, (SELECT COUNT(*) FROM mfa_recovery_codes r WHERE r.user_id = f.user_id AND r.used_at IS NULL) "
                + "AS recovery_codes_left FROM user_mfa f WHERE f.user_id = ? AND f.enabled_at IS NOT NULL", userId);
    }

    @Override
    public List<OwnedOrganization> ownedOrganizations(Sql sql, String userId) {
        return sql.query("SELECT o.id, o.name, o.deleted_at, (SELECT COUNT(*) FROM organization_members m WHERE m.organization_id = o.id) "
                        + "AS member_count FROM organizations o WHERE o.owner_id = ? ORDER BY o.created_at, o.id", userId)
                .stream().map(r -> new OwnedOrganization(r.str("id"), r.str("name"), r.integer("member_count"), r.lngOrNull("deleted_at") != null))
                .toList();
    }

    @Override
    public List<Membership> otherMemberships(Sql sql, String userId) {
        return sql.query("SELECT m.organization_id, o.owner_id, m.role FROM organization_members m JOIN organizations o ON o.id = m.organization_id "
                        + "WHERE m.user_id = ? AND o.owner_id <> ? AND o.deleted_at IS NULL ORDER BY m.organization_id", userId, userId)
                .stream().map(r -> new Membership(r.str("organization_id"), r.str("owner_id"), r.str("role"))).toList();
    }

    @Override
    public void deleteOrganization(Sql sql, String orgId) {
        // explicit, child tables first: the same on every backend whether or not it enforces foreign keys
        sql.update("DELETE FROM audit_logs WHERE organization_id = ?", orgId);
        sql.update("DELETE FROM organization_invitations WHERE organization_id = ?", orgId);
        sql.update("UPDATE sync_items SET organization_id = NULL WHERE organization_id = ?", orgId);
        sql.update("DELETE FROM organization_members WHERE organization_id = ?", orgId);
        sql.update("DELETE FROM organizations WHERE id = ?", orgId);
    }

    @Override
    public int handOverSharedItems(Sql sql, String userId, String orgId, String newOwnerId, long now, String nowIso) {
        // new change sequence numbers above every current one, in the items' existing order: unique and increasing
        long base = sql.count("SELECT COALESCE(MAX(change_seq), 0) AS n FROM sync_items");
        // the device id goes too: clients name devices after their owners ("alice-laptop")
        int moved = sql.update("UPDATE sync_items SET owner_id = ?1, created_by = ?1, device_id = NULL, sync_version = sync_version + 1, "
                + "change_seq = change_seq + ?2, updated_at = ?3, "
                + "data = json_set(data, '$.user_id', ?1, '$.sync_version', sync_version + 1, '$.updated_at', ?4) "
                + "WHERE owner_id = ?5 AND organization_id = ?6 AND visibility = 'shared' AND NOT EXISTS (SELECT 1 FROM sync_items x "
                + "WHERE x.owner_id = ?1 AND x.item_type = sync_items.item_type AND x.item_id = sync_items.item_id)",
                newOwnerId, base, now, nowIso, userId, orgId);
        if (moved > 0) {
            sql.update("UPDATE sync_conflicts SET item_owner_id = ?1, local_version = replace(local_version, ?2, ?1), "
                    + "remote_version = replace(remote_version, ?2, ?1) WHERE item_owner_id = ?2 AND EXISTS (SELECT 1 FROM sync_items i "
                    + "WHERE i.owner_id = ?1 AND i.organization_id = ?3 AND i.item_type = sync_conflicts.item_type "
                    + "AND i.item_id = sync_conflicts.item_id)", newOwnerId, userId, orgId);
        }
        return moved;
    }

    @Override
    public void deleteUser(Sql sql, String userId, String username, String email) {
        String lowerEmail = email.toLowerCase(Locale.ROOT);
        // what the user wrote to other people's shared items, and to the conflicts others stored about them, carries the
        // user's device id (clients name devices after people): it goes, the content stays with the item's owner
        String myDevices = "SELECT device_id FROM sync_devices WHERE user_id = ?1";
        sql.update("UPDATE sync_items SET device_id = NULL WHERE owner_id <> ?1 AND device_id IN (" + myDevices + ") "
                + "AND organization_id IN (SELECT organization_id FROM organization_members WHERE user_id = ?1)", userId);
        for (String column : new String[]{"local_version", "remote_version"}) {
            sql.update("UPDATE sync_conflicts SET " + column + " = json_set(" + column + ", '$.device_id', NULL) WHERE user_id <> ?1 "
                    + "AND json_valid(" + column + ") AND json_extract(" + column + ", '$.device_id') IN (" + myDevices + ")", userId);
        }
        sql.update("DELETE FROM sync_conflicts WHERE user_id = ? OR item_owner_id = ?", userId, userId);
        sql.update("DELETE FROM sync_items WHERE owner_id = ?", userId);
        sql.update("DELETE FROM sync_devices WHERE user_id = ?", userId);
        sql.update("UPDATE organization_members SET invited_by = NULL WHERE invited_by = ?", userId);
        sql.update("DELETE FROM organization_members WHERE user_id = ?", userId);
        // invitations name the person either way: as the one invited (e-mail) or the one who invited
        sql.update("DELETE FROM organization_invitations WHERE invited_by = ? OR email = ? COLLATE NOCASE", userId, lowerEmail);
        // the audit trail keeps every event, but not who it was: not as the actor, the subject, or in the details
        sql.update("UPDATE audit_logs SET user_id = NULL, ip_address = NULL, user_agent = NULL WHERE user_id = ?", userId);
        sql.update("UPDATE audit_logs SET resource_id = NULL WHERE resource_id = ?", userId);
        sql.update("UPDATE audit_logs SET details = json_set(details, '$.user_id', NULL) "
                + "WHERE json_valid(details) AND json_extract(details, '$.user_id') = ?", userId);
        sql.update("UPDATE audit_logs SET details = json_set(details, '$.email', NULL) "
                + "WHERE json_valid(details) AND lower(json_extract(details, '$.email')) = ?", lowerEmail);
        sql.update("DELETE FROM mfa_challenges WHERE user_id = ?", userId);
        sql.update("DELETE FROM mfa_recovery_codes WHERE user_id = ?", userId);
        sql.update("DELETE FROM user_mfa WHERE user_id = ?", userId);
        sql.update("DELETE FROM sessions WHERE user_id = ?", userId);
        sql.update("DELETE FROM login_attempts WHERE username IN (?, ?)", username.toLowerCase(Locale.ROOT), lowerEmail);
        sql.update("DELETE FROM users WHERE id = ?", userId);
    }
}
