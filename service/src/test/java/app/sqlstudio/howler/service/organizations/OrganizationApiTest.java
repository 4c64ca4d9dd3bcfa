package app.sqlstudio.howler.service.organizations;

import app.sqlstudio.howler.service.support.Http;
import app.sqlstudio.howler.service.support.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static app.sqlstudio.howler.service.support.ApiAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

class OrganizationApiTest {
    static TestApi api;
    static TestApi.Session owner, admin, member, outsider, spare;
    static int counter;

    @BeforeAll
    static void start() {
        api = new TestApi();
        owner = api.signup("org_owner");
        admin = api.signup("org_admin");
        member = api.signup("org_member");
        outsider = api.signup("org_outsider");
        spare = api.signup("org_spare");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    /** A fresh organization: owner, admin and member (joined through real invitations), plus extra members. */
    static String org(TestApi.Session... extraMembers) {
        Http.Response r = api.http.post("/api/organizations", owner.token(), Map.of("name", "Team " + (++counter), "description", "test"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        String id = r.json().get("id").asText();
        join(id, admin, "admin");
        join(id, member, "member");
        for (TestApi.Session s : extraMembers) join(id, s, "member");
        return id;
    }

    static void join(String orgId, TestApi.Session who, String role) {
        Http.Response inv = api.http.post("/api/organizations/" + orgId + "/invitations", owner.token(), Map.of("email", who.email(), "role", role));
        assertThat(inv.status()).as(inv.toString()).isEqualTo(201);
        Http.Response acc = api.http.post("/api/invitations/" + inv.json().get("token").asText() + "/accept", who.token(), null);
        assertThat(acc.status()).as(acc.toString()).isEqualTo(200);
    }

    static TestApi.Session as(String role) {
        return switch (role) {
            case "owner" -> owner;
            case "admin" -> admin;
            case "member" -> member;
            default -> outsider;
        };
    }

    static TestApi.Session fresh() {
        return api.signup("org_u" + (++counter));
    }

    @ParameterizedTest(name = "{0} by {1} -> {2}")
    @CsvSource({
            "view, owner, 200", "view, admin, 200", "view, member, 200", "view, outsider, 403",
            "list_members, owner, 200", "list_members, admin, 200", "list_members, member, 200", "list_members, outsider, 403",
            "update, owner, 200", "update, admin, 200", "update, member, 403", "update, outsider, 403",
            "delete_with_members, owner, 409", "delete_with_members, admin, 403", "delete_with_members, member, 403", "delete_with_members, outsider, 403",
            "invite_member, owner, 201", "invite_member, admin, 201", "invite_member, member, 403", "invite_member, outsider, 403",
            "invite_admin, owner, 201", "invite_admin, admin, 403", "invite_admin, member, 403", "invite_admin, outsider, 403",
            "list_invitations, owner, 200", "list_invitations, admin, 200", "list_invitations, member, 403", "list_invitations, outsider, 403",
            "revoke_invitation, owner, 200", "revoke_invitation, admin, 200", "revoke_invitation, member, 403", "revoke_invitation, outsider, 403",
            "promote_member, owner, 200", "promote_member, admin, 200", "promote_member, member, 403", "promote_member, outsider, 403",
            "demote_admin, owner, 200", "demote_admin, admin, 403", "demote_admin, member, 403", "demote_admin, outsider, 403",
            "grant_owner, owner, 200", "grant_owner, admin, 403", "grant_owner, member, 403", "grant_owner, outsider, 403",
            "change_owner_role, owner, 400", "change_owner_role, admin, 400", "change_owner_role, member, 403", "change_owner_role, outsider, 403",
            "remove_member, owner, 200", "remove_member, admin, 200", "remove_member, member, 403", "remove_member, outsider, 403",
            "remove_admin, owner, 200", "remove_admin, admin, 403", "remove_admin, member, 403", "remove_admin, outsider, 403",
            "remove_owner, owner, 400", "remove_owner, admin, 400", "remove_owner, member, 403", "remove_owner, outsider, 403",
            "audit_logs, owner, 200", "audit_logs, admin, 200", "audit_logs, member, 403", "audit_logs, outsider, 403",
    })
    void permission_matrix(String action, String role, int expected) {
        TestApi.Session target = fresh();
        TestApi.Session targetAdmin = fresh();
        String id = org(target);
        join(id, targetAdmin, "admin");
        String token = as(role).token();
        String base = "/api/organizations/" + id;
        Http.Response r = switch (action) {
            case "view" -> api.http.get(base, token);
            case "list_members" -> api.http.get(base + "/members", token);
            case "update" -> api.http.put(base, token, Map.of("description", "changed by " + role));
            case "delete_with_members" -> api.http.delete(base, token);
            case "invite_member" -> api.http.post(base + "/invitations", token, Map.of("email", "new" + counter + "@example.com", "role", "member"));
            case "invite_admin" -> api.http.post(base + "/invitations", token, Map.of("email", "new" + counter + "@example.com", "role", "admin"));
            case "list_invitations" -> api.http.get(base + "/invitations", token);
            case "revoke_invitation" -> {
                String inv = api.http.post(base + "/invitations", owner.token(), Map.of("email", "rev" + counter + "@example.com")).json().get("id").asText();
                yield api.http.delete(base + "/invitations/" + inv, token);
            }
            case "promote_member" -> api.http.put(base + "/members/" + target.userId(), token, Map.of("role", "admin"));
            case "demote_admin" -> api.http.put(base + "/members/" + targetAdmin.userId(), token, Map.of("role", "member"));
            case "grant_owner" -> api.http.put(base + "/members/" + target.userId(), token, Map.of("role", "owner"));
            case "change_owner_role" -> api.http.put(base + "/members/" + owner.userId(), token, Map.of("role", "member"));
            case "remove_member" -> api.http.delete(base + "/members/" + target.userId(), token);
            case "remove_admin" -> api.http.delete(base + "/members/" + targetAdmin.userId(), token);
            case "remove_owner" -> api.http.delete(base + "/members/" + owner.userId(), token);
            case "audit_logs" -> api.http.get(base + "/audit-logs", token);
            default -> throw new IllegalArgumentException(action);
        };
        assertThat(r.status()).as(action + " by " + role + ": " + r).isEqualTo(expected);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        if (expected >= 400) assertThat(r.json().get("error").asBoolean()).isTrue();
    }

    @Test
    void create_validates_the_name_with_400_and_returns_201() {
        assertError(api.http.post("/api/organizations", owner.token(), Map.of("description", "x")), 400, "name is required");
        assertError(api.http.post("/api/organizations", owner.token(), Map.of("name", "ab")), 400, "name must be 3-50 characters");
        assertError(api.http.post("/api/organizations", owner.token(), Map.of("name", "x".repeat(51))), 400, "name must be 3-50 characters");
        assertError(api.http.post("/api/organizations", owner.token(), Map.of("name", "bad<name>")), 400,
                "name may contain only letters, digits, spaces, '_' and '-'");
        Http.Response r = api.http.post("/api/organizations", owner.token(), Map.of("name", "  Acme Corp  ", "description", "d"));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("name").asText()).isEqualTo("Acme Corp");
        assertThat(r.json().get("owner_id").asText()).isEqualTo(owner.userId());
        assertThat(r.json().get("max_members").asInt()).isEqualTo(10);
    }

    @Test
    void list_is_the_callers_orgs_newest_first_with_member_counts_and_empty_is_an_array() {
        TestApi.Session lonely = fresh();
        Http.Response empty = api.http.get("/api/organizations", lonely.token());
        assertThat(empty.body()).isEqualTo("{\"organizations\":[],\"count\":0}");
        String id = org();
        Http.Response r = api.http.get("/api/organizations", member.token());
        assertThat(r.json().get("count").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode first = r.json().get("organizations").get(0);
        assertThat(first.get("id").asText()).isEqualTo(id);
        assertThat(first.get("member_count").asInt()).isEqualTo(3);
    }

    @Test
    void update_enforces_max_members_rules_with_400() {
        String id = org();
        assertError(api.http.put("/api/organizations/" + id, owner.token(), Map.of("max_members", 0)), 400, "max_members must be at least 1");
        assertError(api.http.put("/api/organizations/" + id, owner.token(), Map.of("max_members", 2)), 400,
                "cannot reduce max_members below current member count (3)");
        Http.Response ok = api.http.put("/api/organizations/" + id, owner.token(), Map.of("name", "Renamed Team", "max_members", 3));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("name").asText()).isEqualTo("Renamed Team");
        // full: inviting is a 409
        assertError(api.http.post("/api/organizations/" + id + "/invitations", owner.token(), Map.of("email", "late@example.com")), 409,
                "organization has reached maximum member limit (3)");
    }

    @Test
    void owner_can_delete_when_alone_and_members_then_get_404() {
        Http.Response r = api.http.post("/api/organizations", owner.token(), Map.of("name", "Short lived"));
        String id = r.json().get("id").asText();
        Http.Response del = api.http.delete("/api/organizations/" + id, owner.token());
        assertThat(del.status()).isEqualTo(200);
        assertThat(del.json().get("message").asText()).isEqualTo("organization deleted successfully");
        assertError(api.http.get("/api/organizations/" + id, owner.token()), 404, "organization not found");
        assertError(api.http.get("/api/organizations/" + id, outsider.token()), 403, "not a member of this organization");
        assertError(api.http.get("/api/organizations/00000000-0000-0000-0000-000000000000", owner.token()), 403, "not a member of this organization");
    }

    @Test
    void granting_owner_transfers_ownership() {
        TestApi.Session heir = fresh();
        String id = org(heir);
        assertThat(api.http.put("/api/organizations/" + id + "/members/" + heir.userId(), owner.token(), Map.of("role", "owner")).status()).isEqualTo(200);
        assertThat(api.http.get("/api/organizations/" + id, heir.token()).json().get("owner_id").asText()).isEqualTo(heir.userId());
        JsonNode members = api.http.get("/api/organizations/" + id + "/members", heir.token()).json().get("members");
        List<String> owners = new ArrayList<>();
        members.forEach(m -> {
            if (m.get("role").asText().equals("owner")) owners.add(m.get("user_id").asText());
        });
        assertThat(owners).containsExactly(heir.userId());
        // the previous owner is now an admin and cannot delete the organization
        assertThat(api.http.delete("/api/organizations/" + id, owner.token()).status()).isEqualTo(403);
    }

    @Test
    void member_role_and_removal_validate_input() {
        String id = org();
        assertError(api.http.put("/api/organizations/" + id + "/members/" + member.userId(), owner.token(), Map.of("role", "king")), 400,
                "invalid role: use owner, admin or member");
        assertError(api.http.put("/api/organizations/" + id + "/members/" + outsider.userId(), owner.token(), Map.of("role", "admin")), 404, "member not found");
        assertError(api.http.delete("/api/organizations/" + id + "/members/" + outsider.userId(), owner.token()), 404, "member not found");
        assertThat(api.http.put("/api/organizations/" + id + "/members/" + member.userId() + "/role", owner.token(), Map.of("role", "admin")).status())
                .isEqualTo(200);
        JsonNode members = api.http.get("/api/organizations/" + id + "/members", member.token()).json();
        assertThat(members.get("count").asInt()).isEqualTo(3);
        JsonNode first = members.get("members").get(0);
        assertThat(first.get("user").get("username").asText()).isEqualTo("org_owner");
        assertThat(first.get("role").asText()).isEqualTo("owner");
    }

    @Test
    void invitation_can_be_accepted_only_by_the_invited_email() {
        String id = org();
        TestApi.Session invitee = fresh();
        Http.Response inv = api.http.post("/api/organizations/" + id + "/invitations", owner.token(), Map.of("email", invitee.email().toUpperCase()));
        assertThat(inv.status()).isEqualTo(201);
        assertThat(inv.json().get("email").asText()).isEqualTo(invitee.email());
        assertThat(inv.json().get("role").asText()).isEqualTo("member");
        String token = inv.json().get("token").asText();
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        assertError(api.http.post("/api/invitations/" + token + "/accept", outsider.token(), null), 403,
                "this invitation was sent to a different email address");
        assertError(api.http.post("/api/invitations/" + token + "/decline", outsider.token(), null), 403,
                "this invitation was sent to a different email address");
        Http.Response ok = api.http.post("/api/invitations/" + token + "/accept", invitee.token(), null);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("message").asText()).isEqualTo("invitation accepted successfully");
        assertThat(ok.json().get("organization").get("id").asText()).isEqualTo(id);
        assertError(api.http.post("/api/invitations/" + token + "/accept", invitee.token(), null), 409, "invitation already accepted");
        assertThat(api.http.get("/api/organizations/" + id, invitee.token()).status()).isEqualTo(200);
        assertError(api.http.post("/api/invitations/not-a-token/accept", invitee.token(), null), 404, "invitation not found");
        assertThat(api.mails).anyMatch(m -> m.startsWith(invitee.email()));
    }

    @Test
    void invitation_rules_give_400_403_and_409() {
        String id = org();
        String base = "/api/organizations/" + id + "/invitations";
        assertError(api.http.post(base, owner.token(), Map.of("role", "member")), 400, "email is required");
        assertError(api.http.post(base, owner.token(), Map.of("email", "not-an-email")), 400, "invalid email address");
        assertError(api.http.post(base, owner.token(), Map.of("email", "x@example.com", "role", "owner")), 400, "invalid role: use admin or member");
        assertError(api.http.post(base, admin.token(), Map.of("email", "x@example.com", "role", "admin")), 403, "only owners can invite admins");
        assertThat(api.http.post(base, owner.token(), Map.of("email", "twice@example.com")).status()).isEqualTo(201);
        assertError(api.http.post(base, owner.token(), Map.of("email", "twice@example.com")), 409, "invitation already exists for this email");
        assertError(api.http.post(base, owner.token(), Map.of("email", member.email())), 409, "user is already a member of this organization");
    }

    @Test
    void declined_and_revoked_invitations_can_be_reissued() {
        String id = org();
        TestApi.Session invitee = fresh();
        String base = "/api/organizations/" + id + "/invitations";
        String token = api.http.post(base, owner.token(), Map.of("email", invitee.email())).json().get("token").asText();
        Http.Response dec = api.http.post("/api/invitations/" + token + "/decline", invitee.token(), null);
        assertThat(dec.status()).isEqualTo(200);
        assertThat(dec.json().get("message").asText()).isEqualTo("invitation declined successfully");
        assertError(api.http.post("/api/invitations/" + token + "/accept", invitee.token(), null), 404, "invitation not found or expired");
        Http.Response again = api.http.post(base, owner.token(), Map.of("email", invitee.email()));
        assertThat(again.status()).isEqualTo(201);
        Http.Response rev = api.http.delete(base + "/" + again.json().get("id").asText(), admin.token());
        assertThat(rev.status()).isEqualTo(200);
        assertThat(rev.json().get("message").asText()).isEqualTo("invitation revoked successfully");
        assertError(api.http.delete(base + "/" + again.json().get("id").asText(), admin.token()), 409, "invitation is already revoked");
        assertError(api.http.delete(base + "/nope", admin.token()), 404, "invitation not found");
        JsonNode all = api.http.get(base, owner.token()).json();
        assertThat(all.get("count").asInt()).isEqualTo(4); // admin's and member's, then the declined and the revoked one
    }

    @Test
    void expired_invitation_is_404() {
        String id = org();
        TestApi.Session invitee = fresh();
        String token = api.http.post("/api/organizations/" + id + "/invitations", owner.token(), Map.of("email", invitee.email())).json().get("token").asText();
        api.clock.addAndGet(8L * 24 * 3600 * 1000);
        try {
            String fresh = api.http.post("/api/auth/login", null, Map.of("username", invitee.username(), "password", TestApi.password(invitee.username())))
                    .json().get("token").asText();
            assertError(api.http.post("/api/invitations/" + token + "/accept", fresh, null), 404, "invitation has expired");
        } finally {
            api.clock.addAndGet(-8L * 24 * 3600 * 1000);
        }
    }

    @Test
    void my_invitations_lists_only_the_callers_pending_ones_without_tokens() {
        String id = org();
        TestApi.Session invitee = fresh();
        api.http.post("/api/organizations/" + id + "/invitations", owner.token(), Map.of("email", invitee.email()));
        api.http.post("/api/organizations/" + id + "/invitations", owner.token(), Map.of("email", "someone.else@example.com"));
        for (String path : new String[]{"/api/invitations", "/api/invitations/pending", "/api/invitations?email=someone.else@example.com"}) {
            Http.Response r = api.http.get(path, invitee.token());
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().get("count").asInt()).isEqualTo(1);
            JsonNode inv = r.json().get("invitations").get(0);
            assertThat(inv.get("email").asText()).isEqualTo(invitee.email());
            assertThat(inv.has("token")).isFalse();
            assertThat(inv.get("organization").get("id").asText()).isEqualTo(id);
        }
        // the invitee can accept by invitation id as well
        String invId = api.http.get("/api/invitations", invitee.token()).json().get("invitations").get(0).get("id").asText();
        assertThat(api.http.post("/api/invitations/" + invId + "/accept", invitee.token(), null).status()).isEqualTo(200);
    }

    @Test
    void audit_log_records_every_change_and_denials_newest_first() {
        TestApi.Session target = fresh();
        String id = org(target);
        api.http.put("/api/organizations/" + id, owner.token(), Map.of("description", "new"));
        api.http.put("/api/organizations/" + id + "/members/" + target.userId(), owner.token(), Map.of("role", "admin"));
        api.http.delete("/api/organizations/" + id + "/members/" + target.userId(), owner.token());
        api.http.put("/api/organizations/" + id, member.token(), Map.of("description", "denied"));
        JsonNode logs = api.http.get("/api/organizations/" + id + "/audit-logs?limit=100", admin.token()).json();
        List<String> actions = new ArrayList<>();
        logs.get("logs").forEach(l -> actions.add(l.get("action").asText()));
        assertThat(actions.get(0)).isEqualTo("permission_denied");
        assertThat(actions).contains("organization.created", "organization.updated", "member.role_updated", "member.removed",
                "invitation.created", "invitation.accepted");
        JsonNode denied = logs.get("logs").get(0);
        assertThat(denied.get("details").get("permission").asText()).isEqualTo("update_organization");
        assertThat(denied.get("details").get("role").asText()).isEqualTo("member");
        assertThat(denied.get("ip_address").asText()).isEqualTo("127.0.0.1");
        assertThat(logs.toString()).doesNotContain(api.http.toString());
        JsonNode paged = api.http.get("/api/organizations/" + id + "/audit-logs?limit=2&offset=1", owner.token()).json();
        assertThat(paged.get("logs")).hasSize(2);
        assertThat(paged.get("limit").asInt()).isEqualTo(2);
        assertThat(paged.get("offset").asInt()).isEqualTo(1);
        // as the original: invalid paging values fall back to the defaults rather than failing
        JsonNode lenient = api.http.get("/api/organizations/" + id + "/audit-logs?limit=1000&offset=-3", owner.token()).json();
        assertThat(lenient.get("limit").asInt()).isEqualTo(50);
        assertThat(lenient.get("offset").asInt()).isZero();
        assertThat(api.http.get("/api/organizations/" + id + "/audit-logs?limit=abc", owner.token()).json().get("limit").asInt()).isEqualTo(50);
        // invitation tokens never appear in the audit log
        String token = api.http.post("/api/organizations/" + id + "/invitations", owner.token(), Map.of("email", "audit@example.com")).json().get("token").asText();
        assertThat(api.http.get("/api/organizations/" + id + "/audit-logs?limit=100", owner.token()).body()).doesNotContain(token);
    }

    @Test
    void shared_items_sync_to_organization_members_only() {
        TestApi.Session colleague = fresh();
        String id = org(colleague);
        Map<String, Object> data = Map.of("id", "team-db", "name", "Team DB", "type", "postgres", "visibility", "shared", "organization_id", id);
        Http.Response up = api.http.post("/api/sync/upload", owner.token(), Map.of("device_id", "d", "changes",
                List.of(Map.of("item_type", "connection", "item_id", "team-db", "action", "create", "data", data))));
        assertThat(up.json().get("success").asBoolean()).as(up.toString()).isTrue();
        assertThat(api.http.get("/api/sync/download", colleague.token()).body()).contains("Team DB");
        assertThat(api.http.get("/api/sync/download", outsider.token()).body()).doesNotContain("Team DB");
        // a plain member may not change someone else's shared item; an admin may
        Map<String, Object> edit = Map.of("item_type", "connection", "item_id", "team-db", "action", "update", "sync_version", 1,
                "data", Map.of("name", "Hijacked", "type", "postgres"));
        Http.Response denied = api.http.post("/api/sync/upload", colleague.token(), Map.of("device_id", "d", "changes", List.of(edit)));
        assertThat(denied.json().get("rejected").get(0).get("reason").asText()).startsWith("insufficient permissions");
        Http.Response allowed = api.http.post("/api/sync/upload", admin.token(), Map.of("device_id", "d", "changes", List.of(edit)));
        assertThat(allowed.json().get("success").asBoolean()).isTrue();
        assertThat(api.http.get("/api/sync/download", owner.token()).body()).contains("Hijacked");
        // sharing into an organization one is not in is refused
        Map<String, Object> foreign = Map.of("item_type", "connection", "item_id", "x", "action", "create",
                "data", Map.of("name", "X", "visibility", "shared", "organization_id", id));
        Http.Response no = api.http.post("/api/sync/upload", outsider.token(), Map.of("device_id", "d", "changes", List.of(foreign)));
        assertThat(no.json().get("rejected").get(0).get("reason").asText()).startsWith("not a member of organization");
    }
}
