package app.sqlstudio.howler.service.auth;

import app.sqlstudio.howler.service.http.Json;
import app.sqlstudio.howler.service.http.Requests;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /api/auth/mfa}: set up, enable and disable two-factor sign-in with an authenticator app. */
public final class MfaHandler {
    private final MfaService mfa;
    private final ObjectMapper json;

    public MfaHandler(MfaService mfa, ObjectMapper json) {
        this.mfa = mfa;
        this.json = json;
    }

    public void setup(Context ctx) {
        MfaService.Setup s = mfa.setup(Requests.principal(ctx));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("secret", s.secret());
        out.put("otpauth_url", s.otpauthUrl());
        ctx.json(out);
    }

    public void enable(Context ctx) {
        ObjectNode b = Json.object(ctx, json);
        List<String> codes = mfa.enable(Requests.principal(ctx), Json.text(b, "code"), Requests.origin(ctx));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("success", true);
        out.put("recovery_codes", codes);
        ctx.json(out);
    }

    public void disable(Context ctx) {
        ObjectNode b = Json.object(ctx, json);
        MfaService.Factor factor = MfaService.Factor.of(Json.text(b, "code"), Json.text(b, "recovery_code"));
        mfa.disable(Requests.principal(ctx), Json.text(b, "password"), factor, Requests.clientIp(ctx), Requests.origin(ctx));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("success", true);
        out.put("message", "two-factor sign-in disabled");
        ctx.json(out);
    }
}
