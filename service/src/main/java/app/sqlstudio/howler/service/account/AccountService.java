package app.sqlstudio.howler.service.account;

import app.sqlstudio.howler.service.auth.AuthMetrics;
import app.sqlstudio.howler.service.auth.LoginLockout;
import app.sqlstudio.howler.service.auth.MfaService;
import app.sqlstudio.howler.service.auth.PasswordHasher;
import app.sqlstudio.howler.service.auth.Principal;
import app.sqlstudio.howler.service.auth.SessionGuard;
import app.sqlstudio.howler.service.auth.User;
import app.sqlstudio.howler.service.auth.UserRepository;
import app.sqlstudio.howler.service.http.ApiException;
import app.sqlstudio.howler.service.organizations.AuditLogRepository;
import app.sqlstudio.howler.service.storage.Database;
import app.sqlstudio.howler.service.storage.Row;
import app.sqlstudio.howler.service.util.Ids;
import com.fasterxml.jackson.databind.util.RawValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The user's data rights: take everything out ({@link #export}) and delete the account ({@link #delete}).
 *
 * <p>Deletion, in one transaction: every session ends; the user's items, conflicts, devices, memberships,
 * invitations (sent, and received at their e-mail), two-factor state and login attempts go; organizations where they
 * are the only member go with everything in them; items they shared into an organization that stays are handed to its
 * owner; audit entries keep the event and lose the person (actor, subject, address, and the e-mail or id in their
 * details); the username and e-mail become free. The owner of an organization that has other members must transfer
 * ownership first (409 naming it).
 */
public final class AccountService {
    public static final int EXPORT_VERSION = 1;

    private final Database db;
    private final AccountRepository account;
    private final UserRepository users;
    private final AuditLogRepository audit;
    private final PasswordHasher hasher;
    private final LoginLockout lockout;
    private final MfaService mfa;
    private final SessionGuard guard;
    private final AuthMetrics metrics;
    private final LongSupplier clock;

    public AccountService(Database db, AccountRepository account, UserRepository users, AuditLogRepository audit, PasswordHasher hasher,
                          LoginLockout lockout, MfaService mfa, SessionGuard guard, AuthMetrics metrics, LongSupplier clock) {
        this.db = db;
        this.account = account;
        this.users = users;
        this.audit = audit;
        this.hasher = hasher;
        this.lockout = lockout;
        this.mfa = mfa;
        this.guard = guard;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Every piece of data held about the caller, read in one transaction so the parts agree with each other. No
     * password hash, refresh token id, invitation token, TOTP secret or recovery code (nor their hashes) is in it.
     */
    public Map<String, Object> export(Principal p) {
        long now = clock.getAsLong();
        // a write transaction, for one consistent snapshot on both backends; nothing is written
        return db.write(sql -> {
            User user = users.findById(sql, p.userId()).orElseThrow(() -> ApiException.unauthorized("invalid or expired token"));
            Map<String, Object> out = new LinkedHashMap<>();
            Map<String, Object> about = new LinkedHashMap<>();
            about.put("format", "howler-account-export");
            about.put("version", EXPORT_VERSION);
            about.put("exported_at", Ids.time(now));
            about.put("user_id", user.id());
            out.put("export", about);

            Map<String, Object> profile = user.toJson();
            Map<String, Object> twoFactor = new LinkedHashMap<>();
            List<Row> tf = account.twoFactor(sql, user.id());
            twoFactor.put("enabled", !tf.isEmpty());
            if (!tf.isEmpty()) {
                twoFactor.put("enabled_at", Ids.time(tf.get(0).lng("enabled_at")));
                twoFactor.put("recovery_codes_left", tf.get(0).integer("recovery_codes_left"));
            }
            profile.put("two_factor", twoFactor);
            out.put("profile", profile);

            Map<String, Object> sync = new LinkedHashMap<>();
            sync.put("items", map(account.items(sql, user.id()), r -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("item_type", r.str("item_type"));
                m.put("item_id", r.str("item_id"));
                m.put("data", new RawValue(r.str("data")));
                m.put("organization_id", r.str("organization_id"));
                m.put("visibility", r.str("visibility"));
                m.put("sync_version", r.lng("sync_version"));
                m.put("client_updated_at", Ids.time(r.lng("client_updated_at")));
                m.put("device_id", r.str("device_id"));
                m.put("created_at", Ids.time(r.lng("created_at")));
                m.put("updated_at", Ids.time(r.lng("updated_at")));
                m.put("deleted", r.lngOrNull("deleted_at") != null);
                m.put("deleted_at", Ids.timeOrNull(r.lngOrNull("deleted_at")));
                return m;
            }));
            sync.put("conflicts", map(account.conflicts(sql, user.id()), r -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", r.str("id"));
                m.put("item_type", r.str("item_type"));
                m.put("item_id", r.str("item_id"));
                m.put("local_version", new RawValue(r.str("local_version")));
                m.put("remote_version", new RawValue(r.str("remote_version")));
                m.put("winner", r.str("winner"));
                m.put("detected_at", Ids.time(r.lng("detected_at")));
                m.put("resolved_at", Ids.timeOrNull(r.lngOrNull("resolved_at")));
                m.put("resolution", r.str("resolution"));
                return m;
            }));
            sync.put("devices", map(account.devices(sql, user.id()), r -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("device_id", r.str("device_id"));
                m.put("last_sync_at", Ids.time(r.lng("last_sync_at")));
                m.put("client_version", r.str("client_version"));
                return m;
            }));
            out.put("sync", sync);

            out.put("organizations", map(account.memberships(sql, user.id()), r -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", r.str("id"));
                m.put("name", r.str("name"));
                m.put("description", r.str("description"));
                m.put("owner_id", r.str("owner_id"));
                m.put("role", r.str("role"));
                m.put("joined_at", Ids.time(r.lng("joined_at")));
                m.put("invited_by", r.str("invited_by"));
                m.put("member_count", r.integer("member_count"));
                m.put("max_members", r.integer("max_members"));
                m.put("created_at", Ids.time(r.lng("created_at")));
                m.put("updated_at", Ids.time(r.lng("updated_at")));
                m.put("deleted_at", Ids.timeOrNull(r.lngOrNull("deleted_at")));
                return m;
            }));

            Map<String, Object> invitations = new LinkedHashMap<>();
            List<Map<String, Object>> received = new ArrayList<>();
            List<Map<String, Object>> sent = new ArrayList<>();
            for (Row r : account.invitations(sql, user.id(), user.email())) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", r.str("id"));
                m.put("organization_id", r.str("organization_id"));
                m.put("organization_name", r.str("organization_name"));
                m.put("email", r.str("email"));
                m.put("role", r.str("role"));
                m.put("invited_by", r.str("invited_by"));
                m.put("status", r.str("status"));
                m.put("expires_at", Ids.time(r.lng("expires_at")));
                m.put("accepted_at", Ids.timeOrNull(r.lngOrNull("accepted_at")));
                m.put("responded_at", Ids.timeOrNull(r.lngOrNull("responded_at")));
                m.put("created_at", Ids.time(r.lng("created_at")));
                (r.str("direction").equals("sent") ? sent : received).add(m);
            }
            invitations.put("received", received);
            invitations.put("sent", sent);
            out.put("invitations", invitations);

            out.put("sessions", map(account.sessions(sql, user.id()), r -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", r.str("id"));
                m.put("current", r.str("id").equals(p.sessionId()));
                m.put("created_at", Ids.time(r.lng("created_at")));
                m.put("last_access", Ids.time(r.lng("last_access")));
                m.put("expires_at", Ids.time(r.lng("expires_at")));
                m.put("revoked_at", Ids.timeOrNull(r.lngOrNull("revoked_at")));
                m.put("revoked_reason", r.str("revoked_reason"));
                m.put("ip_address", r.str("ip_address"));
                m.put("user_agent", r.str("user_agent"));
                return m;
            }));

            out.put("login_attempts", map(account.loginAttempts(sql, List.of(LoginLockout.key(user), user.email().toLowerCase(Locale.ROOT))), r -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("at", Ids.time(r.lng("at")));
                m.put("ip_address", r.str("ip"));
                m.put("success", r.bool("success"));
                return m;
            }));

            out.put("audit_logs", map(account.auditEntries(sql, user.id()), r -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", r.str("id"));
                m.put("organization_id", r.str("organization_id"));
                m.put("action", r.str("action"));
                m.put("resource_type", r.str("resource_type"));
                m.put("resource_id", r.str("resource_id"));
                m.put("ip_address", r.str("ip_address"));
                m.put("user_agent", r.str("user_agent"));
                m.put("details", r.str("details") == null ? null : new RawValue(r.str("details")));
                m.put("created_at", Ids.time(r.lng("created_at")));
                return m;
            }));
            return out;
        });
    }

    /** Deletes the caller's account; see the class comment for what goes and what stays. */
    public void delete(Principal p, String password, String code, String recoveryCode, String ip) {
        if (password == null || password.isEmpty()) throw ApiException.badRequest("password is required");
        User user = db.read(sql -> users.findById(sql, p.userId())).orElseThrow(() -> ApiException.unauthorized("invalid or expired token"));
        MfaService.Factor factor = user.mfaEnabled() ? MfaService.Factor.of(code, recoveryCode) : null;
        String key = LoginLockout.key(user);
        lockout.check(ip, key, "account_delete");
        if (!hasher.verify(password, user.passwordHash())) {
            lockout.fail(ip, key);
            metrics.attempt("account_delete", "failure");
            throw ApiException.unauthorized("password is incorrect");
        }
        long now = clock.getAsLong();
        MfaService.Check check = db.write(sql -> {
            if (factor != null) {
                MfaService.Check c = mfa.verify(sql, user.id(), factor);
                if (c != MfaService.Check.OK && c != MfaService.Check.NOT_ENABLED) {
                    lockout.fail(sql, ip, key);
                    return c;
                }
            }
            List<AccountRepository.OwnedOrganization> owned = account.ownedOrganizations(sql, user.id());
            List<String> blocking = owned.stream().filter(o -> !o.deleted() && o.memberCount() > 1)
                    .map(o -> "'" + o.name() + "' (" + o.id() + ")").toList();
            if (!blocking.isEmpty()) {
                throw ApiException.conflict("you are the owner of " + (blocking.size() == 1 ? "organization " : "organizations ")
                        + String.join(", ", blocking) + ", which " + (blocking.size() == 1 ? "has" : "have")
                        + " other members: transfer ownership to another member first, then delete your account");
            }
            for (AccountRepository.OwnedOrganization o : owned) account.deleteOrganization(sql, o.id());
            for (AccountRepository.Membership m : account.otherMemberships(sql, user.id())) {
                account.handOverSharedItems(sql, user.id(), m.organizationId(), m.ownerId(), now, Ids.time(now));
                // the organization keeps a record that a member left, without saying who (role is owner, admin or member)
                audit.insert(sql, new AuditLogRepository.Entry(Ids.uuid(), m.organizationId(), null, "member.account_deleted", "member", null,
                        null, null, "{\"role\":\"" + m.role() + "\"}", now));
            }
            account.deleteUser(sql, user.id(), user.username(), user.email());
            return MfaService.Check.OK;
        });
        if (check != MfaService.Check.OK) {
            metrics.attempt("account_delete", "failure");
            throw MfaService.rejected(check);
        }
        // every session of the user is gone from the database; drop this replica's cached answers at once
        guard.evictAll();
        metrics.attempt("account_delete", "success");
    }

    private static List<Map<String, Object>> map(List<Row> rows, Function<Row, Map<String, Object>> f) {
        return rows.stream().map(f).toList();
    }
}
