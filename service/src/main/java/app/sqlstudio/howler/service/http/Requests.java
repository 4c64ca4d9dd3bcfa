package app.sqlstudio.howler.service.http;

import app.sqlstudio.howler.service.auth.Principal;
import app.sqlstudio.howler.service.organizations.OrganizationService;
import io.javalin.http.Context;

/** Per-request values set by the request pipeline. */
public final class Requests {
    static final String PRINCIPAL = "howler.principal";
    static final String CLIENT_IP = "howler.client_ip";
    static final String ERROR_WRITTEN = "howler.error_written";
    static final String BODY = "howler.body";

    private Requests() {
    }

    /** The authenticated caller; only routes with {@link Role#USER} have one. */
    public static Principal principal(Context ctx) {
        Principal p = ctx.attribute(PRINCIPAL);
        if (p == null) throw ApiException.unauthorized("missing authorization header");
        return p;
    }

    /**
     * The request body. A body sent without Content-Length (chunked) was read by the pipeline up to the 10 MiB limit
     * before routing; any other body is within the limit already (Content-Length was checked), so reading it is bounded.
     */
    public static byte[] body(Context ctx) {
        byte[] read = ctx.attribute(BODY);
        return read != null ? read : ctx.bodyAsBytes();
    }

    public static String clientIp(Context ctx) {
        String ip = ctx.attribute(CLIENT_IP);
        return ip != null ? ip : ctx.req().getRemoteAddr();
    }

    public static OrganizationService.Origin origin(Context ctx) {
        return new OrganizationService.Origin(clientIp(ctx), ctx.userAgent());
    }
}
