package app.sqlstudio.howler.service.organizations;

import app.sqlstudio.howler.service.storage.Row;
import app.sqlstudio.howler.service.storage.Sql;

import java.util.List;
import java.util.Optional;

/** Organizations and their members. */
public interface OrganizationRepository {
    void insert(Sql sql, Organization o);

    /** Deleted organizations included. */
    Optional<Organization> find(Sql sql, String id);

    /** The caller's live organizations, newest first, with member counts. */
    List<Organization> listForUser(Sql sql, String userId);

    void update(Sql sql, String id, String name, String description, int maxMembers, long at);

    void softDelete(Sql sql, String id, long at);

    void setOwner(Sql sql, String id, String ownerId, long at);

    int memberCount(Sql sql, String orgId);

    /** The user's role in a live organization, empty when not a member or the org is deleted. */
    Optional<String> memberRole(Sql sql, String orgId, String userId);

    void insertMember(Sql sql, String id, String orgId, String userId, String role, String invitedBy, long at);

    List<Member> members(Sql sql, String orgId);

    Optional<Member> member(Sql sql, String orgId, String userId);

    void updateRole(Sql sql, String orgId, String userId, String role);

    void deleteMember(Sql sql, String orgId, String userId);

    boolean isMemberByEmail(Sql sql, String orgId, String email);

    static OrganizationRepository sql() {
        return new SqlOrganizationRepository();
    }
}

final class SqlOrganizationRepository implements OrganizationRepository {
    private static final String COLS = "o.id, o.name, o.description, o.owner_id, o.created_at, o.updated_at, o.deleted_at, o.max_members, o.settings";

    @Override
    public void insert(Sql sql, Organization o) {
        sql.update("INSERT INTO organizations(id, name, description, owner_id, created_at, updated_at, max_members, settings) VALUES (?,?,?,?,?,?,?,?)",
                o.id(), o.name(), o.description(), o.ownerId(), o.createdAt(), o.updatedAt(), o.maxMembers(), o.settings());
    }

    @Override
    public Optional<Organization> find(Sql sql, String id) {
        return sql.queryOne("SELECT " + COLS + ", (SELECT COUNT(*) FROM organization_members m WHERE m.organization_id = o.id) AS member_count "
                + "FROM organizations o WHERE o.id = ?", id).map(SqlOrganizationRepository::map);
    }

    @Override
    public List<Organization> listForUser(Sql sql, String userId) {
        return sql.query("SELECT " + COLS + ", (SELECT COUNT(*) FROM organization_members c WHERE c.organization_id = o.id) AS member_count "
                        + "FROM organizations o JOIN organization_members m ON m.organization_id = o.id "
                        + "WHERE m.user_id = ? AND o.deleted_at IS NULL ORDER BY o.created_at DESC, o.rowid DESC", userId)
                .stream().map(SqlOrganizationRepository::map).toList();
    }

    @Override
    public void update(Sql sql, String id, String name, String description, int maxMembers, long at) {
        sql.update("UPDATE organizations SET name = ?, description = ?, max_members = ?, updated_at = ? WHERE id = ?", name, description, maxMembers, at, id);
    }

    @Override
    public void softDelete(Sql sql, String id, long at) {
        sql.update("UPDATE organizations SET deleted_at = ?, updated_at = ? WHERE id = ?", at, at, id);
    }

    @Override
    public void setOwner(Sql sql, String id, String ownerId, long at) {
        sql.update("UPDATE organizations SET owner_id = ?, updated_at = ? WHERE id = ?", ownerId, at, id);
    }

    @Override
    public int memberCount(Sql sql, String orgId) {
        return (int) sql.count("SELECT COUNT(*) AS n FROM organization_members WHERE organization_id = ?", orgId);
    }

    @Override
    public Optional<String> memberRole(Sql sql, String orgId, String userId) {
        return sql.queryOne("SELECT m.role FROM organization_members m JOIN organizations o ON o.id = m.organization_id "
                + "WHERE m.organization_id = ? AND m.user_id = ? AND o.deleted_at IS NULL", orgId, userId).map(r -> r.str("role"));
    }

    @Override
    public void insertMember(Sql sql, String id, String orgId, String userId, String role, String invitedBy, long at) {
        sql.update("INSERT INTO organization_members(id, organization_id, user_id, role, invited_by, joined_at) VALUES (?,?,?,?,?,?)",
                id, orgId, userId, role, invitedBy, at);
    }

    @Override
    public List<Member> members(Sql sql, String orgId) {
        return sql.query("SELECT m.id, m.organization_id, m.user_id, m.role, m.invited_by, m.joined_at, u.username, u.email "
                        + "FROM organization_members m JOIN users u ON u.id = m.user_id WHERE m.organization_id = ? ORDER BY m.joined_at, CASE m.role WHEN 'owner' THEN 0 WHEN 'admin' THEN 1 ELSE 2 END, m.id", orgId)
                .stream().map(SqlOrganizationRepository::member).toList();
    }

    @Override
    public Optional<Member> member(Sql sql, String orgId, String userId) {
        return sql.queryOne("SELECT m.id, m.organization_id, m.user_id, m.role, m.invited_by, m.joined_at, u.username, u.email "
                + "FROM organization_members m JOIN users u ON u.id = m.user_id WHERE m.organization_id = ? AND m.user_id = ?", orgId, userId)
                .map(SqlOrganizationRepository::member);
    }

    @Override
    public void updateRole(Sql sql, String orgId, String userId, String role) {
        sql.update("UPDATE organization_members SET role = ? WHERE organization_id = ? AND user_id = ?", role, orgId, userId);
    }

    @Override
    public void deleteMember(Sql sql, String orgId, String userId) {
        sql.update("DELETE FROM organization_members WHERE organization_id = ? AND user_id = ?", orgId, userId);
    }

    @Override
    public boolean isMemberByEmail(Sql sql, String orgId, String email) {
        return sql.count("SELECT COUNT(*) AS n FROM organization_members m JOIN users u ON u.id = m.user_id "
                + "WHERE m.organization_id = ? AND u.email = ? COLLATE NOCASE", orgId, email) > 0;
    }

    private static Organization map(Row r) {
        return new Organization(r.str("id"), r.str("name"), r.str("description"), r.str("owner_id"), r.lng("created_at"), r.lng("updated_at"),
                r.lngOrNull("deleted_at"), r.integer("max_members"), r.str("settings"), (int) r.lng("member_count"));
    }

    private static Member member(Row r) {
        return new Member(r.str("id"), r.str("organization_id"), r.str("user_id"), r.str("role"), r.str("invited_by"), r.lng("joined_at"),
                r.str("username"), r.str("email"));
    }
}
