package app.sqlstudio.howler.service.organizations;

import app.sqlstudio.howler.service.http.ApiException;
import app.sqlstudio.howler.service.http.Json;
import app.sqlstudio.howler.service.http.Requests;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /api/organizations}: organizations, members, their invitations and audit logs. */
public final class OrganizationHandler {
    private final OrganizationService orgs;
    private final ObjectMapper json;

    public OrganizationHandler(OrganizationService orgs, ObjectMapper json) {
        this.orgs = orgs;
        this.json = json;
    }

    public void create(Context ctx) {
        ObjectNode b = Json.object(ctx, json);
        ctx.status(201).json(orgs.create(Requests.principal(ctx), Json.text(b, "name"), Json.text(b, "description"), Requests.origin(ctx)).toJson());
    }

    public void list(Context ctx) {
        List<Map<String, Object>> list = orgs.list(Requests.principal(ctx)).stream().map(Organization::toJson).toList();
        ctx.json(listOf("organizations", list));
    }

    public void get(Context ctx) {
        ctx.json(orgs.get(Requests.principal(ctx), ctx.pathParam("id")).toJson());
    }

    public void update(Context ctx) {
        ctx.json(orgs.update(Requests.principal(ctx), ctx.pathParam("id"), Json.object(ctx, json), Requests.origin(ctx)).toJson());
    }

    public void delete(Context ctx) {
        orgs.delete(Requests.principal(ctx), ctx.pathParam("id"), Requests.origin(ctx));
        ctx.json(Map.of("success", true, "message", "organization deleted successfully"));
    }

    public void members(Context ctx) {
        List<Map<String, Object>> list = orgs.members(Requests.principal(ctx), ctx.pathParam("id")).stream().map(Member::toJson).toList();
        ctx.json(listOf("members", list));
    }

    public void updateMember(Context ctx) {
        ObjectNode b = Json.object(ctx, json);
        orgs.changeRole(Requests.principal(ctx), ctx.pathParam("id"), ctx.pathParam("userId"), Json.text(b, "role"), Requests.origin(ctx));
        ctx.json(Map.of("success", true, "message", "member role updated successfully"));
    }

    public void removeMember(Context ctx) {
        orgs.removeMember(Requests.principal(ctx), ctx.pathParam("id"), ctx.pathParam("userId"), Requests.origin(ctx));
        ctx.json(Map.of("success", true, "message", "member removed successfully"));
    }

    public void invite(Context ctx) {
        ObjectNode b = Json.object(ctx, json);
        Invitation i = orgs.invite(Requests.principal(ctx), ctx.pathParam("id"), Json.text(b, "email"), Json.text(b, "role"), Requests.origin(ctx));
        ctx.status(201).json(i.toJson(true));
    }

    public void invitations(Context ctx) {
        List<Map<String, Object>> list = orgs.orgInvitations(Requests.principal(ctx), ctx.pathParam("id"), Requests.origin(ctx))
                .stream().map(i -> i.toJson(true)).toList();
        ctx.json(listOf("invitations", list));
    }

    public void revokeInvitation(Context ctx) {
        orgs.revoke(Requests.principal(ctx), ctx.pathParam("id"), ctx.pathParam("inviteId"), Requests.origin(ctx));
        ctx.json(Map.of("success", true, "message", "invitation revoked successfully"));
    }

    public void auditLogs(Context ctx) {
        // as the original: an invalid limit or offset falls back to the default instead of failing the request
        int limit = lenientIntParam(ctx, "limit", 50, 1, 100);
        int offset = lenientIntParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        List<Map<String, Object>> logs = orgs.auditLogs(Requests.principal(ctx), ctx.pathParam("id"), limit, offset, Requests.origin(ctx));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("logs", logs);
        out.put("count", logs.size());
        out.put("limit", limit);
        out.put("offset", offset);
        ctx.json(out);
    }

    private static int lenientIntParam(Context ctx, String name, int def, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return def;
        try {
            int n = Integer.parseInt(v.strip());
            return n < min || n > max ? def : n;
        } catch (NumberFormatException e) {
            return def;
        }
    }

    static Map<String, Object> listOf(String key, List<?> items) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(key, items);
        out.put("count", items.size());
        return out;
    }
}
