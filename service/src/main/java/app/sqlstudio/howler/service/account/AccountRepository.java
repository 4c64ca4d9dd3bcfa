package app.sqlstudio.howler.service.account;

import app.sqlstudio.howler.service.storage.Row;
import app.sqlstudio.howler.service.storage.Sql;

import java.util.List;

/**
 * Everything stored about one user, read for the export and removed for the deletion. Every table that holds a
 * user's id, username or e-mail is named here, so a new table that does must be added here too (the deletion test
 * scans the whole database for what is left of a deleted user).
 */
public interface AccountRepository {
    /** An organization the user owns, with its member count. */
    record OwnedOrganization(String id, String name, int memberCount, boolean deleted) {
    }

    /** An organization the user belongs to without owning it, and who owns it. */
    record Membership(String organizationId, String ownerId, String role) {
    }

    // ---- export: each list as stored, without hashes, tokens or secrets ----------------------------------------------

    /** Synced items the user owns, tombstones included, in change order. */
    List<Row> items(Sql sql, String userId);

    List<Row> conflicts(Sql sql, String userId);

    List<Row> devices(Sql sql, String userId);

    /** The user's memberships with their organizations (deleted organizations included). */
    List<Row> memberships(Sql sql, String userId);

    /** Invitations sent to the user's e-mail, and invitations the user sent; never their tokens. */
    List<Row> invitations(Sql sql, String userId, String email);

    /** Sessions as metadata: never the refresh token id. */
    List<Row> sessions(Sql sql, String userId);

    List<Row> loginAttempts(Sql sql, List<String> keys);

    /** Audit entries of what the user did. */
    List<Row> auditEntries(Sql sql, String userId);

    /** When two-factor sign-in was enabled and how many recovery codes are left; empty when it is off. */
    List<Row> twoFactor(Sql sql, String userId);

    // ---- deletion -----------------------------------------------------------------------------------------------

    List<OwnedOrganization> ownedOrganizations(Sql sql, String userId);

    /** Memberships in live organizations the user does not own (they stay, without the user). */
    List<Membership> otherMemberships(Sql sql, String userId);

    /** Removes an organization and everything in it (it has no member but the user). */
    void deleteOrganization(Sql sql, String orgId);

    /**
     * Hands the user's items shared into {@code orgId} to its owner (the team keeps them), bumping their version and
     * change sequence so every member's client downloads the new copy; an item whose id the owner already uses stays
     * with the user (and is deleted with them). Conflicts others recorded on a handed-over item follow it.
     */
    int handOverSharedItems(Sql sql, String userId, String orgId, String newOwnerId, long now, String nowIso);

    /** Deletes the user's row and every row that is theirs; audit entries keep the event without the person. */
    void deleteUser(Sql sql, String userId, String username, String email);

    static AccountRepository sql() {
        return new SqlAccountRepository();
    }
}
