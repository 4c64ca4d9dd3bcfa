package app.sqlstudio.howler.service.account;

import app.sqlstudio.howler.service.storage.Row;
import app.sqlstudio.howler.service.support.DatabaseScan;
import app.sqlstudio.howler.service.support.Http;
import app.sqlstudio.howler.service.support.TestApi;
import app.sqlstudio.howler.service.support.TotpCodes;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static app.sqlstudio.howler.service.support.ApiAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/** The data export and the account deletion over real HTTP, checked against what the database holds. */
class AccountApiTest {
    static TestApi api;

    @BeforeAll
    static void start() {
        api = new TestApi();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    static String org(TestApi.Session owner, String name) {
        Http.Response r = api.http.post("/api/organizations", owner.token(), Map.of("name", name));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    static void join(String orgId, TestApi.Session inviter, TestApi.Session who, String role) {
        Http.Response inv = api.http.post("/api/organizations/" + orgId + "/invitations", inviter.token(), Map.of("email", who.email(), "role", role));
        assertThat(inv.status()).as(inv.toString()).isEqualTo(201);
        Http.Response acc = api.http.post("/api/invitations/" + inv.json().get("token").asText() + "/accept", who.token(), null);
        assertThat(acc.status()).as(acc.toString()).isEqualTo(200);
    }

    static Map<String, Object> item(String type, String id, String action, Map<String, Object> data, long baseVersion) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("item_type", type);
        c.put("item_id", id);
        c.put("action", action);
        if (data != null) c.put("data", data);
        c.put("sync_version", baseVersion);
        return c;
    }

    static void upload(TestApi.Session who, Map<String, Object> change) {
        // devices named after their owner, as clients do: a deletion must not leave the name behind in a device id
        Http.Response r = api.http.post("/api/sync/upload", who.token(), Map.of("device_id", who.username() + "-laptop", "changes", List.of(change)));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("rejected")).as(r.toString()).isEmpty();
    }

    static Http.Response deleteAccount(TestApi.Session who, Map<String, Object> body) {
        return api.http.send("DELETE", "/api/account", who.token(), body, null);
    }

    static Map<String, Object> passwordOf(TestApi.Session who) {
        return Map.of("password", TestApi.password(who.username()));
    }

    /** Enables two-factor sign-in; returns the authenticator's secret and the recovery codes. */
    static byte[] enableMfa(TestApi.Session who, List<String> recoveryCodesOut) {
        byte[] secret = TotpCodes.base32(api.http.post("/api/auth/mfa/setup", who.token(), null).json().get("secret").asText());
        Http.Response on = api.http.post("/api/auth/mfa/enable", who.token(), Map.of("code", TotpCodes.at(secret, api.clock.get())));
        assertThat(on.status()).as(on.toString()).isEqualTo(200);
        on.json().get("recovery_codes").forEach(c -> recoveryCodesOut.add(c.asText()));
        api.clock.addAndGet(30_000);
        return secret;
    }

    /** Every field name anywhere in a JSON document. */
    static Set<String> fieldNames(JsonNode n) {
        Set<String> out = new HashSet<>();
        if (n.isObject()) n.fields().forEachRemaining(e -> {
            out.add(e.getKey());
            out.addAll(fieldNames(e.getValue()));
        });
        if (n.isArray()) n.forEach(c -> out.addAll(fieldNames(c)));
        return out;
    }

    static List<String> column(String sql, Object... params) {
        List<String> out = new ArrayList<>();
        for (Row r : api.db.read(s -> s.query(sql, params))) {
            for (String c : r.columnNames()) if (r.get(c) != null) out.add(r.str(c));
        }
        return out;
    }

    // ---- export -------------------------------------------------------------------------------------------------

    @Test
    void export_of_a_member_of_a_shared_organization_holds_all_their_data_and_no_secret() {
        TestApi.Session owner = api.signup("exp_owner");
        TestApi.Session member = api.signup("exp_member");
        String orgId = org(owner, "Export Team");
        join(orgId, owner, member, "admin");
        api.http.post("/api/organizations/" + orgId + "/invitations", member.token(), Map.of("email", "exp_invitee@example.com", "role", "member"));
        upload(owner, item("connection", "owner-private", "create", Map.of("name", "Owner only"), 0));
        upload(member, item("connection", "mine", "create", Map.of("name", "Mine", "host", "db.internal"), 0));
        upload(member, item("saved_query", "team-query", "create",
                Map.of("title", "Team query", "query", "select 1", "visibility", "shared", "organization_id", orgId), 0));
        upload(member, item("connection", "gone", "create", Map.of("name", "Temp"), 0));
        upload(member, item("connection", "gone", "delete", null, 1));
        List<String> recovery = new ArrayList<>();
        byte[] secret = enableMfa(member, recovery);
        Http.Response first = api.http.post("/api/auth/login", null, Map.of("username", "exp_member", "password", TestApi.password("exp_member")));
        Http.Response second = api.http.post("/api/auth/login/mfa", null,
                Map.of("mfa_token", first.json().get("mfa_token").asText(), "code", TotpCodes.at(secret, api.clock.get())));
        assertThat(second.status()).isEqualTo(200);
        // a pending second step and a pending setup of nothing: tokens that must not leak either
        api.http.post("/api/auth/login", null, Map.of("username", "exp_member", "password", TestApi.password("exp_member")));

        Http.Response r = api.http.get("/api/account/export", member.token());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.header("Content-Disposition")).matches("attachment; filename=\"howler-account-exp_member-\\d{4}-\\d{2}-\\d{2}\\.json\"");
        JsonNode x = r.json();
        assertThat(x.get("export").get("format").asText()).isEqualTo("howler-account-export");
        assertThat(x.get("export").get("user_id").asText()).isEqualTo(member.userId());
        assertThat(x.get("profile").get("username").asText()).isEqualTo("exp_member");
        assertThat(x.get("profile").get("email").asText()).isEqualTo("exp_member@example.com");
        assertThat(x.get("profile").get("mfa_enabled").asBoolean()).isTrue();
        assertThat(x.get("profile").get("two_factor").get("recovery_codes_left").asInt()).isEqualTo(10);

        Map<String, JsonNode> items = new LinkedHashMap<>();
        x.get("sync").get("items").forEach(i -> items.put(i.get("item_id").asText(), i));
        assertThat(items).containsOnlyKeys("mine", "team-query", "gone");
        assertThat(items.get("mine").get("data").get("host").asText()).isEqualTo("db.internal");
        assertThat(items.get("team-query").get("visibility").asText()).isEqualTo("shared");
        assertThat(items.get("team-query").get("organization_id").asText()).isEqualTo(orgId);
        assertThat(items.get("gone").get("deleted").asBoolean()).isTrue();
        assertThat(items.get("gone").get("deleted_at").asText()).endsWith("Z");
        assertThat(x.get("sync").get("devices").findValuesAsText("device_id")).containsExactly("exp_member-laptop");

        assertThat(x.get("organizations")).hasSize(1);
        JsonNode o = x.get("organizations").get(0);
        assertThat(o.get("id").asText()).isEqualTo(orgId);
        assertThat(o.get("name").asText()).isEqualTo("Export Team");
        assertThat(o.get("role").asText()).isEqualTo("admin");
        assertThat(o.get("owner_id").asText()).isEqualTo(owner.userId());
        assertThat(o.get("invited_by").asText()).isEqualTo(owner.userId());
        assertThat(o.get("member_count").asInt()).isEqualTo(2);

        assertThat(x.get("invitations").get("received").findValuesAsText("status")).containsExactly("accepted");
        assertThat(x.get("invitations").get("sent").findValuesAsText("email")).containsExactly("exp_invitee@example.com");
        assertThat(x.get("sessions").size()).isGreaterThanOrEqualTo(2);
        assertThat(x.get("sessions").findValuesAsText("current")).containsOnlyOnce("true");
        assertThat(x.get("login_attempts").size()).isGreaterThanOrEqualTo(1);
        assertThat(x.get("audit_logs").findValuesAsText("action")).contains("invitation.accepted", "invitation.created", "mfa.enabled");

        // nothing another person holds privately
        assertThat(r.body()).doesNotContain("owner-private").doesNotContain("Owner only");

        // no stored secret of anyone, in any form the database holds it, nor the ones only the user was shown
        List<String> secrets = new ArrayList<>();
        secrets.addAll(column("SELECT password_hash FROM users"));
        secrets.addAll(column("SELECT refresh_jti FROM sessions"));
        secrets.addAll(column("SELECT token FROM organization_invitations"));
        secrets.addAll(column("SELECT secret, pending_secret FROM user_mfa"));
        secrets.addAll(column("SELECT code_hash FROM mfa_recovery_codes"));
        secrets.addAll(column("SELECT token_hash FROM mfa_challenges"));
        secrets.add(app.sqlstudio.howler.service.auth.Totp.base32(secret));
        secrets.addAll(recovery);
        recovery.forEach(c -> secrets.add(c.replace("-", "")));
        secrets.add(member.token());
        secrets.add(member.refreshToken());
        secrets.add(second.json().get("token").asText());
        secrets.add(second.json().get("refresh_token").asText());
        assertThat(secrets).hasSizeGreaterThan(20).allSatisfy(s -> assertThat(s).hasSizeGreaterThan(15));
        for (String s : secrets) assertThat(r.body()).as("the export must not contain %s", s).doesNotContain(s);
        assertThat(fieldNames(x)).doesNotContain("password", "password_hash", "refresh_jti", "token", "refresh_token", "secret",
                "pending_secret", "code_hash", "token_hash", "mfa_token", "recovery_codes");
    }

    @Test
    void export_needs_a_bearer_token() {
        assertError(api.http.get("/api/account/export", null), 401, "missing authorization header");
        assertError(api.http.send("DELETE", "/api/account", null, Map.of("password", "x"), null), 401, "missing authorization header");
    }

    // ---- deletion -----------------------------------------------------------------------------------------------

    @Test
    void deleting_an_owner_a_member_and_an_admin_leaves_nothing_of_them_readable() {
        TestApi.Session owner = api.signup("del_owner");
        TestApi.Session admin = api.signup("del_admin");
        TestApi.Session member = api.signup("del_member");
        String team = org(owner, "Deletion Team");
        String solo = org(owner, "Solo Org");
        join(team, owner, admin, "admin");
        join(team, admin, member, "member");
        api.http.post("/api/organizations/" + team + "/invitations", admin.token(), Map.of("email", "del_later@example.com", "role", "member"));
        upload(admin, item("saved_query", "admin-shared", "create",
                Map.of("title", "Shared by the admin", "query", "select 2", "visibility", "shared", "organization_id", team), 0));
        upload(member, item("connection", "member-private", "create", Map.of("name", "Member private"), 0));
        // the admin edits a query the owner shared, and the owner edits the admin's from a stale copy (a stored conflict):
        // both leave the admin's device on rows that are not the admin's
        upload(owner, item("saved_query", "owner-shared", "create",
                Map.of("title", "Shared by the owner", "query", "select 3", "visibility", "shared", "organization_id", team), 0));
        upload(admin, item("saved_query", "owner-shared", "update",
                Map.of("title", "Edited by the admin", "query", "select 3", "visibility", "shared", "organization_id", team), 1));
        upload(admin, item("saved_query", "admin-shared", "update",
                Map.of("title", "Shared by the admin", "query", "select 2", "visibility", "shared", "organization_id", team), 1));
        Http.Response stale = api.http.post("/api/sync/upload", owner.token(), Map.of("device_id", "del_owner-laptop", "changes", List.of(
                item("saved_query", "admin-shared", "update",
                        Map.of("title", "Owner's stale edit", "query", "select 2", "visibility", "shared", "organization_id", team), 1))));
        assertThat(stale.json().get("conflicts")).as(stale.toString()).hasSize(1);
        upload(owner, item("connection", "owner-private", "create", Map.of("name", "Owner private"), 0));
        api.http.put("/api/organizations/" + team + "/members/" + member.userId() + "/role", owner.token(), Map.of("role", "member"));

        // the owner of an organization with other members is refused, with the organization named
        Http.Response refused = deleteAccount(owner, passwordOf(owner));
        assertError(refused, 409, "you are the owner of organization 'Deletion Team' (" + team + "), which has other members: "
                + "transfer ownership to another member first, then delete your account");
        assertThat(api.http.get("/api/auth/me", owner.token()).status()).isEqualTo(200);

        // wrong or missing password
        assertError(deleteAccount(member, Map.of("password", "not my password")), 401, "password is incorrect");
        assertError(deleteAccount(member, Map.of()), 400, "password is required");
        assertError(api.http.send("DELETE", "/api/account", member.token(), null, null), 400, "invalid request body");

        // the member: every session ends at once
        Http.Response otherSession = api.http.post("/api/auth/login", null, Map.of("username", "del_member", "password", TestApi.password("del_member")));
        String otherToken = otherSession.json().get("token").asText();
        Http.Response gone = deleteAccount(member, passwordOf(member));
        assertThat(gone.status()).as(gone.toString()).isEqualTo(200);
        assertThat(gone.json().get("success").asBoolean()).isTrue();
        assertError(api.http.get("/api/auth/me", member.token()), 401, "invalid or expired token");
        assertError(api.http.get("/api/auth/me", otherToken), 401, "invalid or expired token");
        assertError(api.http.post("/api/auth/refresh", null, Map.of("refresh_token", member.refreshToken())), 401, "invalid or expired refresh token");

        // the admin: their shared item stays with the team, handed to the owner
        assertThat(deleteAccount(admin, passwordOf(admin)).status()).isEqualTo(200);
        JsonNode members = api.http.get("/api/organizations/" + team + "/members", owner.token()).json();
        assertThat(members.get("members").findValuesAsText("user_id")).containsExactly(owner.userId());
        JsonNode download = api.http.get("/api/sync/download", owner.token()).json();
        JsonNode handed = null;
        for (JsonNode q : download.get("saved_queries")) if (q.get("id").asText().equals("admin-shared")) handed = q;
        assertThat(handed).as(download.toString()).isNotNull();
        assertThat(handed.get("user_id").asText()).isEqualTo(owner.userId());
        assertThat(handed.get("sync_version").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(handed.get("title").asText()).isEqualTo("Shared by the admin");
        // while the team still holds the handed-over item, nothing in it (nor anywhere) names the admin or the member
        for (TestApi.Session s : List.of(admin, member)) {
            for (String needle : List.of(s.userId(), s.username(), s.email())) {
                assertThat(DatabaseScan.find(api.db, needle)).as("what is left of %s", needle).isEmpty();
            }
        }

        // the audit trail keeps every event, without the people
        JsonNode logs = api.http.get("/api/organizations/" + team + "/audit-logs?limit=100", owner.token()).json().get("logs");
        List<String> actions = logs.findValuesAsText("action");
        assertThat(actions).contains("invitation.created", "invitation.accepted", "member.role_updated", "member.account_deleted");
        assertThat(actions.stream().filter(a -> a.equals("member.account_deleted"))).hasSize(2);
        for (JsonNode e : logs) {
            if (!e.get("action").asText().startsWith("organization.")) {
                boolean byOwner = e.get("user_id").isTextual() && e.get("user_id").asText().equals(owner.userId());
                if (!byOwner) assertThat(e.get("user_id").isNull()).as(e.toString()).isTrue();
            }
        }

        // now the owner is alone in both organizations: deleting removes them with everything in them
        assertThat(deleteAccount(owner, passwordOf(owner)).status()).isEqualTo(200);
        assertThat((long) api.db.read(sql -> sql.count("SELECT COUNT(*) AS n FROM organizations WHERE id IN (?, ?)", team, solo))).isZero();

        // nothing of any of the three remains in any table: no id, username or e-mail
        for (TestApi.Session s : List.of(owner, admin, member)) {
            for (String needle : List.of(s.userId(), s.username(), s.email())) {
                assertThat(DatabaseScan.find(api.db, needle)).as("what is left of %s", needle).isEmpty();
            }
        }
        // the invitation the admin sent to someone else went with the admin
        assertThat(DatabaseScan.find(api.db, "del_later@example.com")).isEmpty();

        // signing in as them fails like for any unknown name (this attempt is new data about whoever made it)
        assertError(api.http.post("/api/auth/login", null, Map.of("username", "del_member", "password", TestApi.password("del_member"))), 401,
                "invalid username or password");
        // the username and e-mail are free again
        Http.Response again = api.http.post("/api/auth/signup", null, Map.of("username", "del_member", "email", "del_member@example.com",
                "password", "a new password"));
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.json().get("user").get("id").asText()).isNotEqualTo(member.userId());
        assertThat(api.http.get("/api/sync/download", again.json().get("token").asText()).json().get("connections")).isEmpty();
    }

    @Test
    void an_owner_who_transferred_ownership_can_leave_and_the_team_keeps_its_organization() {
        TestApi.Session owner = api.signup("xfer_owner");
        TestApi.Session heir = api.signup("xfer_heir");
        String team = org(owner, "Transfer Team");
        join(team, owner, heir, "member");
        assertThat(deleteAccount(owner, passwordOf(owner)).status()).isEqualTo(409);
        Http.Response transfer = api.http.put("/api/organizations/" + team + "/members/" + heir.userId() + "/role", owner.token(), Map.of("role", "owner"));
        assertThat(transfer.status()).as(transfer.toString()).isEqualTo(200);
        assertThat(deleteAccount(owner, passwordOf(owner)).status()).isEqualTo(200);
        JsonNode o = api.http.get("/api/organizations/" + team, heir.token()).json();
        assertThat(o.get("owner_id").asText()).isEqualTo(heir.userId());
        assertThat(o.get("member_count").asInt()).isEqualTo(1);
        JsonNode logs = api.http.get("/api/organizations/" + team + "/audit-logs", heir.token()).json().get("logs");
        assertThat(logs.findValuesAsText("action")).contains("organization.created", "member.role_updated", "member.account_deleted");
        assertThat(logs.toString()).doesNotContain(owner.userId()).doesNotContain("xfer_owner");
    }

    @Test
    void with_two_factor_sign_in_deletion_needs_a_code_and_a_wrong_one_counts_toward_the_lockout() {
        TestApi.Session u = api.signup("del_mfa");
        List<String> recovery = new ArrayList<>();
        byte[] secret = enableMfa(u, recovery);
        assertError(deleteAccount(u, passwordOf(u)), 400, "code is required: the 6-digit code from your authenticator app (or a recovery_code)");
        String current = TotpCodes.at(secret, api.clock.get());
        String wrong = current.equals("000000") ? "000001" : "000000";
        long step = Math.floorDiv(api.clock.get(), 30_000L);
        if (wrong.equals(TotpCodes.code(secret, step - 1, 6)) || wrong.equals(TotpCodes.code(secret, step + 1, 6))) wrong = "999999";
        assertError(deleteAccount(u, Map.of("password", TestApi.password("del_mfa"), "code", wrong)), 401, "invalid two-factor code");
        assertThat((long) api.db.read(sql -> sql.count("SELECT COUNT(*) AS n FROM login_attempts WHERE username = 'del_mfa' AND success = 0")))
                .isEqualTo(1);
        assertThat(api.http.get("/api/auth/me", u.token()).status()).isEqualTo(200);
        Http.Response ok = deleteAccount(u, Map.of("password", TestApi.password("del_mfa"), "recovery_code", recovery.get(0)));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(DatabaseScan.find(api.db, u.userId())).isEmpty();
    }
}
