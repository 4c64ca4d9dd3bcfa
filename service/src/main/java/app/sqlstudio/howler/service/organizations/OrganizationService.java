package app.sqlstudio.howler.service.organizations;

import app.sqlstudio.howler.service.auth.AuthService;
import app.sqlstudio.howler.service.auth.Principal;
import app.sqlstudio.howler.service.auth.User;
import app.sqlstudio.howler.service.auth.UserRepository;
import app.sqlstudio.howler.service.http.ApiException;
import app.sqlstudio.howler.service.storage.ConstraintViolationException;
import app.sqlstudio.howler.service.storage.Database;
import app.sqlstudio.howler.service.storage.Sql;
import app.sqlstudio.howler.service.util.Ids;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * Organizations, members, invitations and audit logs with the original's permission matrix:
 * <pre>
 * action                         owner admin member
 * view org, list members           ✓     ✓     ✓     (non-member 403)
 * update org                       ✓     ✓     ✗
 * delete org                       ✓     ✗     ✗     (only when the owner is the last member, else 409)
 * invite, list/revoke invitations  ✓     ✓     ✗     (admins invite only members)
 * change role                      ✓     ✓     ✗     (not the owner; admins change only members and never grant owner)
 * remove member                    ✓     ✓     ✗     (not the owner; admins remove only members)
 * audit logs                       ✓     ✓     ✗
 * </pre>
 * Granting {@code owner} (by the owner) transfers ownership; the previous owner becomes an admin.
 */
public final class OrganizationService {
    private static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9 _-]+$");
    private static final Set<String> ROLES = Set.of("owner", "admin", "member");
    private static final Duration INVITATION_TTL = Duration.ofDays(7);

    /** Who did it and from where, for the audit log. */
    public record Origin(String ip, String userAgent) {
    }

    private final Database db;
    private final OrganizationRepository orgs;
    private final InvitationRepository invitations;
    private final AuditLogRepository audit;
    private final UserRepository users;
    private final Mailer mailer;
    private final ObjectMapper json;
    private final String appUrl;
    private final LongSupplier clock;

    public OrganizationService(Database db, OrganizationRepository orgs, InvitationRepository invitations, AuditLogRepository audit,
                               UserRepository users, Mailer mailer, ObjectMapper json, String appUrl, LongSupplier clock) {
        this.db = db;
        this.orgs = orgs;
        this.invitations = invitations;
        this.audit = audit;
        this.users = users;
        this.mailer = mailer;
        this.json = json;
        this.appUrl = appUrl;
        this.clock = clock;
    }

    // ---- organizations --------------------------------------------------------------------------------------------

    public Organization create(Principal p, String name, String description, Origin origin) {
        String n = validName(name);
        String d = validDescription(description);
        long now = clock.getAsLong();
        Organization o = new Organization(Ids.uuid(), n, d, p.userId(), now, now, null, 10, null, 1);
        db.write(sql -> {
            orgs.insert(sql, o);
            orgs.insertMember(sql, Ids.uuid(), o.id(), p.userId(), "owner", null, now);
            log(sql, o.id(), p, "organization.created", "organization", o.id(), origin, Map.of("name", n));
            return null;
        });
        return o;
    }

    public List<Organization> list(Principal p) {
        return db.read(sql -> orgs.listForUser(sql, p.userId()));
    }

    public Organization get(Principal p, String orgId) {
        return db.read(sql -> {
            requireMember(sql, orgId, p);
            return orgs.find(sql, orgId).filter(o -> o.deletedAt() == null).orElseThrow(() -> ApiException.notFound("organization not found"));
        });
    }

    public Organization update(Principal p, String orgId, JsonNode body, Origin origin) {
        return tx(p, origin, sql -> {
            String role = requireRole(sql, orgId, p, "update_organization", origin, "owner", "admin");
            Organization o = orgs.find(sql, orgId).orElseThrow(() -> ApiException.notFound("organization not found"));
            String name = o.name();
            String description = o.description();
            int max = o.maxMembers();
            Map<String, Object> changes = new LinkedHashMap<>();
            if (body.has("name") && !body.get("name").isNull()) {
                if (!body.get("name").isTextual()) throw ApiException.badRequest("name must be a string");
                name = validName(body.get("name").asText());
                changes.put("name", name);
            }
            if (body.has("description")) {
                if (!body.get("description").isNull() && !body.get("description").isTextual()) throw ApiException.badRequest("description must be a string");
                description = validDescription(body.get("description").isNull() ? null : body.get("description").asText());
                changes.put("description", description == null ? "" : description);
            }
            if (body.has("max_members") && !body.get("max_members").isNull()) {
                JsonNode m = body.get("max_members");
                if (!m.isIntegralNumber() || !m.canConvertToInt()) throw ApiException.badRequest("max_members must be an integer");
                max = m.asInt();
                if (max < 1) throw ApiException.badRequest("max_members must be at least 1");
                if (max > 10_000) throw ApiException.badRequest("max_members must be at most 10000");
                int count = orgs.memberCount(sql, orgId);
                if (max < count) throw ApiException.badRequest("cannot reduce max_members below current member count (" + count + ")");
                changes.put("max_members", max);
            }
            long now = clock.getAsLong();
            orgs.update(sql, orgId, name, description, max, now);
            changes.put("role", role);
            log(sql, orgId, p, "organization.updated", "organization", orgId, origin, changes);
            return orgs.find(sql, orgId).orElseThrow();
        });
    }

    public void delete(Principal p, String orgId, Origin origin) {
        tx(p, origin, sql -> {
            requireRole(sql, orgId, p, "delete_organization", origin, "owner");
            if (orgs.memberCount(sql, orgId) > 1) {
                throw ApiException.conflict("cannot delete organization with other members (remove members first)");
            }
            long now = clock.getAsLong();
            orgs.softDelete(sql, orgId, now);
            invitations.revokeAllPending(sql, orgId, now);
            log(sql, orgId, p, "organization.deleted", "organization", orgId, origin, Map.of());
            return null;
        });
    }

    // ---- members --------------------------------------------------------------------------------------------------

    public List<Member> members(Principal p, String orgId) {
        return db.read(sql -> {
            requireMember(sql, orgId, p);
            return orgs.members(sql, orgId);
        });
    }

    public void changeRole(Principal p, String orgId, String targetUserId, String newRole, Origin origin) {
        if (newRole == null || !ROLES.contains(newRole)) throw ApiException.badRequest("invalid role: use owner, admin or member");
        tx(p, origin, sql -> {
            String actorRole = requireRole(sql, orgId, p, "update_member_role", origin, "owner", "admin");
            Organization o = orgs.find(sql, orgId).orElseThrow(() -> ApiException.notFound("organization not found"));
            Member target = orgs.member(sql, orgId, targetUserId).orElseThrow(() -> ApiException.notFound("member not found"));
            if (target.userId().equals(o.ownerId())) throw ApiException.badRequest("cannot change owner's role");
            if (newRole.equals("owner") && !actorRole.equals("owner")) {
                throw new Denied(orgId, "assign_owner", actorRole, "only owners can assign owner role");
            }
            if (actorRole.equals("admin") && !target.role().equals("member")) {
                throw new Denied(orgId, "update_admin_role", actorRole, "admins can only change the role of members");
            }
            long now = clock.getAsLong();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("user_id", targetUserId);
            details.put("from", target.role());
            details.put("to", newRole);
            if (newRole.equals("owner")) {
                orgs.updateRole(sql, orgId, targetUserId, "owner");
                orgs.updateRole(sql, orgId, p.userId(), "admin");
                orgs.setOwner(sql, orgId, targetUserId, now);
                details.put("ownership_transferred", true);
            } else {
                orgs.updateRole(sql, orgId, targetUserId, newRole);
            }
            log(sql, orgId, p, "member.role_updated", "member", targetUserId, origin, details);
            return null;
        });
    }

    public void removeMember(Principal p, String orgId, String targetUserId, Origin origin) {
        tx(p, origin, sql -> {
            String actorRole = requireRole(sql, orgId, p, "remove_member", origin, "owner", "admin");
            Organization o = orgs.find(sql, orgId).orElseThrow(() -> ApiException.notFound("organization not found"));
            Member target = orgs.member(sql, orgId, targetUserId).orElseThrow(() -> ApiException.notFound("member not found"));
            if (target.userId().equals(o.ownerId())) throw ApiException.badRequest("cannot remove owner from organization");
            if (actorRole.equals("admin") && !target.role().equals("member")) {
                throw new Denied(orgId, "remove_admin", actorRole, "admins can only remove members");
            }
            orgs.deleteMember(sql, orgId, targetUserId);
            log(sql, orgId, p, "member.removed", "member", targetUserId, origin, Map.of("user_id", targetUserId, "role", target.role()));
            return null;
        });
    }

    // ---- invitations ----------------------------------------------------------------------------------------------

    public Invitation invite(Principal p, String orgId, String email, String role, Origin origin) {
        if (email == null || email.isBlank()) throw ApiException.badRequest("email is required");
        String e = email.strip().toLowerCase(Locale.ROOT);
        if (e.length() > 254 || !AuthService.EMAIL.matcher(e).matches()) throw ApiException.badRequest("invalid email address");
        String r = role == null || role.isBlank() ? "member" : role.strip();
        if (!r.equals("admin") && !r.equals("member")) throw ApiException.badRequest("invalid role: use admin or member");
        long now = clock.getAsLong();
        String[] orgName = new String[1];
        Invitation inv;
        try {
            inv = tx(p, origin, sql -> {
                String actorRole = requireRole(sql, orgId, p, "invite_member", origin, "owner", "admin");
                if (r.equals("admin") && !actorRole.equals("owner")) {
                    throw new Denied(orgId, "invite_admin", actorRole, "only owners can invite admins");
                }
                Organization o = orgs.find(sql, orgId).orElseThrow(() -> ApiException.notFound("organization not found"));
                orgName[0] = o.name();
                if (orgs.memberCount(sql, orgId) >= o.maxMembers()) {
                    throw ApiException.conflict("organization has reached maximum member limit (" + o.maxMembers() + ")");
                }
                if (orgs.isMemberByEmail(sql, orgId, e)) throw ApiException.conflict("user is already a member of this organization");
                if (invitations.pendingExists(sql, orgId, e)) throw ApiException.conflict("invitation already exists for this email");
                Invitation i = new Invitation(Ids.uuid(), orgId, e, r, p.userId(), Ids.token(32), "pending",
                        now + INVITATION_TTL.toMillis(), null, now);
                invitations.insert(sql, i);
                log(sql, orgId, p, "invitation.created", "invitation", i.id(), origin, Map.of("email", e, "role", r));
                return i;
            });
        } catch (ConstraintViolationException ex) {
            throw ApiException.conflict("invitation already exists for this email");
        }
        mailer.sendInvitation(e, orgName[0], p.username(), r, appUrl + "/invitations/accept?token=" + inv.token());
        return inv;
    }

    public List<Invitation> orgInvitations(Principal p, String orgId, Origin origin) {
        return tx(p, origin, sql -> {
            requireRole(sql, orgId, p, "list_invitations", origin, "owner", "admin");
            return invitations.listForOrg(sql, orgId);
        });
    }

    public void revoke(Principal p, String orgId, String invitationId, Origin origin) {
        tx(p, origin, sql -> {
            requireRole(sql, orgId, p, "revoke_invitation", origin, "owner", "admin");
            Invitation i = invitations.findById(sql, invitationId).filter(x -> x.organizationId().equals(orgId))
                    .orElseThrow(() -> ApiException.notFound("invitation not found"));
            if (!i.status().equals("pending")) throw ApiException.conflict("invitation is already " + i.status());
            invitations.respond(sql, i.id(), "revoked", clock.getAsLong());
            log(sql, orgId, p, "invitation.revoked", "invitation", i.id(), origin, Map.of("email", i.email()));
            return null;
        });
    }

    /** The caller's own pending invitations (matched by the caller's e-mail), each with its organization. */
    public List<Map<String, Object>> myInvitations(Principal p) {
        return db.read(sql -> {
            User u = users.findById(sql, p.userId()).orElseThrow(() -> ApiException.unauthorized("invalid or expired token"));
            return invitations.pendingForEmail(sql, u.email().toLowerCase(Locale.ROOT), clock.getAsLong()).stream().map(i -> {
                Map<String, Object> m = i.toJson(false);
                orgs.find(sql, i.organizationId()).ifPresent(o -> {
                    Map<String, Object> org = new LinkedHashMap<>();
                    org.put("id", o.id());
                    org.put("name", o.name());
                    if (o.description() != null) org.put("description", o.description());
                    m.put("organization", org);
                });
                return m;
            }).toList();
        });
    }

    /** Accepts by invitation token or id; only the signed-in user whose e-mail the invitation was sent to may. */
    public Organization accept(Principal p, String tokenOrId, Origin origin) {
        return db.write(sql -> {
            Invitation i = lookup(sql, tokenOrId);
            User u = requireInvitee(sql, p, i);
            if (i.status().equals("accepted")) throw ApiException.conflict("invitation already accepted");
            if (!i.status().equals("pending")) throw ApiException.notFound("invitation not found or expired");
            long now = clock.getAsLong();
            if (i.expiresAt() <= now) throw ApiException.notFound("invitation has expired");
            Organization o = orgs.find(sql, i.organizationId()).filter(x -> x.deletedAt() == null)
                    .orElseThrow(() -> ApiException.notFound("organization no longer exists"));
            if (orgs.member(sql, o.id(), u.id()).isPresent()) throw ApiException.conflict("already a member of this organization");
            if (orgs.memberCount(sql, o.id()) >= o.maxMembers()) {
                throw ApiException.conflict("organization has reached maximum member limit (" + o.maxMembers() + ")");
            }
            orgs.insertMember(sql, Ids.uuid(), o.id(), u.id(), i.role(), i.invitedBy(), now);
            if (!invitations.respond(sql, i.id(), "accepted", now)) throw ApiException.conflict("invitation already accepted");
            log(sql, o.id(), p, "invitation.accepted", "invitation", i.id(), origin, Map.of("role", i.role()));
            return orgs.find(sql, o.id()).orElseThrow();
        });
    }

    public void decline(Principal p, String tokenOrId, Origin origin) {
        db.write(sql -> {
            Invitation i = lookup(sql, tokenOrId);
            requireInvitee(sql, p, i);
            if (!i.status().equals("pending")) throw ApiException.notFound("invitation not found");
            invitations.respond(sql, i.id(), "declined", clock.getAsLong());
            log(sql, i.organizationId(), p, "invitation.declined", "invitation", i.id(), origin, Map.of());
            return null;
        });
    }

    // ---- audit ----------------------------------------------------------------------------------------------------

    public List<Map<String, Object>> auditLogs(Principal p, String orgId, int limit, int offset, Origin origin) {
        return tx(p, origin, sql -> {
            requireRole(sql, orgId, p, "view_audit_logs", origin, "owner", "admin");
            return audit.list(sql, orgId, limit, offset).stream().map(this::auditJson).toList();
        });
    }

    private Map<String, Object> auditJson(AuditLogRepository.Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        if (e.organizationId() != null) m.put("organization_id", e.organizationId());
        m.put("user_id", e.userId());
        m.put("action", e.action());
        m.put("resource_type", e.resourceType());
        if (e.resourceId() != null) m.put("resource_id", e.resourceId());
        if (e.ipAddress() != null) m.put("ip_address", e.ipAddress());
        if (e.userAgent() != null) m.put("user_agent", e.userAgent());
        if (e.details() != null) m.put("details", new RawValue(e.details()));
        m.put("created_at", Ids.time(e.createdAt()));
        return m;
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private Invitation lookup(Sql sql, String tokenOrId) {
        return invitations.findByToken(sql, tokenOrId).or(() -> invitations.findById(sql, tokenOrId))
                .orElseThrow(() -> ApiException.notFound("invitation not found"));
    }

    private User requireInvitee(Sql sql, Principal p, Invitation i) {
        User u = users.findById(sql, p.userId()).orElseThrow(() -> ApiException.unauthorized("invalid or expired token"));
        if (!u.email().equalsIgnoreCase(i.email())) {
            throw ApiException.forbidden("this invitation was sent to a different email address");
        }
        return u;
    }

    private void requireMember(Sql sql, String orgId, Principal p) {
        if (orgs.memberRole(sql, orgId, p.userId()).isEmpty()) {
            // a member of a deleted organization gets 404; anyone else 403, even for ids that do not exist
            boolean deletedMember = orgs.find(sql, orgId).filter(o -> o.deletedAt() != null).isPresent()
                    && sql.count("SELECT COUNT(*) AS n FROM organization_members WHERE organization_id = ? AND user_id = ?", orgId, p.userId()) > 0;
            if (deletedMember) throw ApiException.notFound("organization not found");
            throw ApiException.forbidden("not a member of this organization");
        }
    }

    /** The caller's role when it is one of {@code allowed}; otherwise records permission_denied and throws 403. */
    private String requireRole(Sql sql, String orgId, Principal p, String permission, Origin origin, String... allowed) {
        requireMember(sql, orgId, p);
        String role = orgs.memberRole(sql, orgId, p.userId()).orElseThrow();
        for (String a : allowed) if (a.equals(role)) return role;
        throw new Denied(orgId, permission, role, "insufficient permissions");
    }

    /** A 403 by the permission matrix; {@link #tx} records it as {@code permission_denied} after the rollback. */
    private static final class Denied extends ApiException {
        final String orgId;
        final String permission;
        final String role;

        Denied(String orgId, String permission, String role, String message) {
            super(403, message);
            this.orgId = orgId;
            this.permission = permission;
            this.role = role;
        }
    }

    /** A write transaction whose permission denials are audited in a transaction of their own (the work's rolls back). */
    private <T> T tx(Principal p, Origin origin, java.util.function.Function<Sql, T> work) {
        try {
            return db.write(work);
        } catch (Denied d) {
            db.write(sql -> {
                log(sql, d.orgId, p, "permission_denied", "organization", d.orgId, origin,
                        Map.of("permission", d.permission, "role", d.role, "attempted", d.permission));
                return null;
            });
            throw d;
        }
    }

    private void log(Sql sql, String orgId, Principal p, String action, String resourceType, String resourceId, Origin origin,
                     Map<String, Object> details) {
        String d;
        try {
            d = json.writeValueAsString(details);
        } catch (IOException e) {
            d = "{}";
        }
        audit.insert(sql, new AuditLogRepository.Entry(Ids.uuid(), orgId, p.userId(), action, resourceType, resourceId,
                origin.ip(), origin.userAgent() == null ? null : origin.userAgent().substring(0, Math.min(256, origin.userAgent().length())),
                d, clock.getAsLong()));
    }

    private static String validName(String name) {
        if (name == null || name.isBlank()) throw ApiException.badRequest("name is required");
        String n = name.strip();
        if (n.length() < 3 || n.length() > 50) throw ApiException.badRequest("name must be 3-50 characters");
        if (!NAME.matcher(n).matches()) throw ApiException.badRequest("name may contain only letters, digits, spaces, '_' and '-'");
        return n;
    }

    private static String validDescription(String d) {
        if (d == null) return null;
        if (d.length() > 500) throw ApiException.badRequest("description must be at most 500 characters");
        return d;
    }
}
