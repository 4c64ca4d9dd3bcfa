package app.sqlstudio.howler.service.organizations;

import app.sqlstudio.howler.service.http.Requests;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /api/invitations}: the caller's own pending invitations, accept and decline. */
public final class InvitationHandler {
    private final OrganizationService orgs;

    public InvitationHandler(OrganizationService orgs) {
        this.orgs = orgs;
    }

    public void mine(Context ctx) {
        ctx.json(OrganizationHandler.listOf("invitations", orgs.myInvitations(Requests.principal(ctx))));
    }

    public void accept(Context ctx) {
        Organization o = orgs.accept(Requests.principal(ctx), ctx.pathParam("id"), Requests.origin(ctx));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("success", true);
        out.put("message", "invitation accepted successfully");
        out.put("organization", o.toJson());
        ctx.json(out);
    }

    public void decline(Context ctx) {
        orgs.decline(Requests.principal(ctx), ctx.pathParam("id"), Requests.origin(ctx));
        ctx.json(Map.of("success", true, "message", "invitation declined successfully"));
    }
}
