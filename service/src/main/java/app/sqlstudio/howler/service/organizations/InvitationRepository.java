package app.sqlstudio.howler.service.organizations;

import app.sqlstudio.howler.service.storage.Row;
import app.sqlstudio.howler.service.storage.Sql;

import java.util.List;
import java.util.Optional;

/** Organization invitations; history is kept through {@code status}. */
public interface InvitationRepository {
    void insert(Sql sql, Invitation i);

    Optional<Invitation> findById(Sql sql, String id);

    Optional<Invitation> findByToken(Sql sql, String token);

    List<Invitation> listForOrg(Sql sql, String orgId);

    /** Pending, unexpired invitations for an e-mail, in live organizations. */
    List<Invitation> pendingForEmail(Sql sql, String email, long now);

    boolean pendingExists(Sql sql, String orgId, String email);

    /** Moves a pending invitation to {@code status}; false when it was no longer pending. */
    boolean respond(Sql sql, String id, String status, long at);

    void revokeAllPending(Sql sql, String orgId, long at);

    static InvitationRepository sql() {
        return new SqlInvitationRepository();
    }
}

final class SqlInvitationRepository implements InvitationRepository {
    private static final String COLS = "i.id, i.organization_id, i.email, i.role, i.invited_by, i.token, i.status, i.expires_at, i.accepted_at, i.created_at";

    @Override
    public void insert(Sql sql, Invitation i) {
        sql.update("INSERT INTO organization_invitations(id, organization_id, email, role, invited_by, token, status, expires_at, created_at) "
                        + "VALUES (?,?,?,?,?,?,?,?,?)",
                i.id(), i.organizationId(), i.email(), i.role(), i.invitedBy(), i.token(), i.status(), i.expiresAt(), i.createdAt());
    }

    @Override
    public Optional<Invitation> findById(Sql sql, String id) {
        return sql.queryOne("SELECT " + COLS + " FROM organization_invitations i WHERE i.id = ?", id).map(SqlInvitationRepository::map);
    }

    @Override
    public Optional<Invitation> findByToken(Sql sql, String token) {
        return sql.queryOne("SELECT " + COLS + " FROM organization_invitations i WHERE i.token = ?", token).map(SqlInvitationRepository::map);
    }

    @Override
    public List<Invitation> listForOrg(Sql sql, String orgId) {
        return sql.query("SELECT " + COLS + " FROM organization_invitations i WHERE i.organization_id = ? ORDER BY i.created_at DESC, i.id", orgId)
                .stream().map(SqlInvitationRepository::map).toList();
    }

    @Override
    public List<Invitation> pendingForEmail(Sql sql, String email, long now) {
        return sql.query("SELECT " + COLS + " FROM organization_invitations i JOIN organizations o ON o.id = i.organization_id "
                        + "WHERE i.email = ? AND i.status = 'pending' AND i.expires_at > ? AND o.deleted_at IS NULL ORDER BY i.created_at DESC", email, now)
                .stream().map(SqlInvitationRepository::map).toList();
    }

    @Override
    public boolean pendingExists(Sql sql, String orgId, String email) {
        return sql.count("SELECT COUNT(*) AS n FROM organization_invitations WHERE organization_id = ? AND email = ? AND status = 'pending'", orgId, email) > 0;
    }

    @Override
    public boolean respond(Sql sql, String id, String status, long at) {
        return sql.update("UPDATE organization_invitations SET status = ?, responded_at = ?, accepted_at = CASE WHEN ? = 'accepted' THEN ? ELSE accepted_at END "
                + "WHERE id = ? AND status = 'pending'", status, at, status, at, id) == 1;
    }

    @Override
    public void revokeAllPending(Sql sql, String orgId, long at) {
        sql.update("UPDATE organization_invitations SET status = 'revoked', responded_at = ? WHERE organization_id = ? AND status = 'pending'", at, orgId);
    }

    private static Invitation map(Row r) {
        return new Invitation(r.str("id"), r.str("organization_id"), r.str("email"), r.str("role"), r.str("invited_by"), r.str("token"),
                r.str("status"), r.lng("expires_at"), r.lngOrNull("accepted_at"), r.lng("created_at"));
    }
}
