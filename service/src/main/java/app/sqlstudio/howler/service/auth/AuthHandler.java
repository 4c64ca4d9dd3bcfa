package app.sqlstudio.howler.service.auth;

import app.sqlstudio.howler.service.http.ApiException;
import app.sqlstudio.howler.service.http.Json;
import app.sqlstudio.howler.service.http.Requests;
import app.sqlstudio.howler.service.util.Ids;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /api/auth}: signup, login (and its second step), refresh, logout, me/profile, password. */
public final class AuthHandler {
    private final AuthService auth;
    private final ObjectMapper json;

    public AuthHandler(AuthService auth, ObjectMapper json) {
        this.auth = auth;
        this.json = json;
    }

    public void signup(Context ctx) {
        ObjectNode b = Json.object(ctx, json);
        AuthService.Tokens t = auth.signup(Json.text(b, "username"), Json.text(b, "email"), Json.text(b, "password"),
                Requests.clientIp(ctx), ctx.userAgent());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("success", true);
        out.put("message", "user created successfully");
        out.putAll(tokens(t));
        ctx.status(201).json(out);
    }

    public void login(Context ctx) {
        ObjectNode b = Json.object(ctx, json);
        String login = Json.text(b, "username");
        if (login == null || login.isBlank()) login = Json.text(b, "email");
        AuthService.LoginOutcome o = auth.login(login, Json.text(b, "password"), Requests.clientIp(ctx), ctx.userAgent());
        Map<String, Object> out = new LinkedHashMap<>();
        if (o.tokens() == null) {
            // two-factor sign-in: no token yet, only what the second step needs
            out.put("mfa_required", true);
            out.put("mfa_token", o.mfaToken());
            out.put("expires_at", Ids.time(o.mfaTokenExpiresAt()));
            ctx.json(out);
            return;
        }
        out.put("success", true);
        out.putAll(tokens(o.tokens()));
        ctx.json(out);
    }

    /** The second step of a login with two-factor sign-in: {@code mfa_token} and {@code code} or {@code recovery_code}. */
    public void loginMfa(Context ctx) {
        ObjectNode b = Json.object(ctx, json);
        MfaService.Factor factor = MfaService.Factor.of(Json.text(b, "code"), Json.text(b, "recovery_code"));
        AuthService.Tokens t = auth.loginSecondStep(Json.text(b, "mfa_token"), factor, Requests.clientIp(ctx), ctx.userAgent());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("success", true);
        out.putAll(tokens(t));
        ctx.json(out);
    }

    public void refresh(Context ctx) {
        ObjectNode b = Json.object(ctx, json);
        AuthService.Tokens t = auth.refresh(Json.text(b, "refresh_token"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("success", true);
        out.putAll(tokens(t));
        ctx.json(out);
    }

    /** The body is optional (the original took none); {@code {"all": true}} signs the user out everywhere. */
    public void logout(Context ctx) {
        boolean everywhere = false;
        if (Requests.body(ctx).length > 0) {
            JsonNode all = Json.object(ctx, json).get("all");
            if (all != null && !all.isNull() && !all.isBoolean()) throw ApiException.badRequest("all must be a boolean");
            everywhere = all != null && all.asBoolean();
        }
        int others = auth.logout(Requests.principal(ctx), everywhere);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("success", true);
        out.put("message", everywhere ? "logged out everywhere" : "logged out successfully");
        if (everywhere) out.put("revoked_sessions", others);
        ctx.json(out);
    }

    public void me(Context ctx) {
        ctx.json(auth.me(Requests.principal(ctx)).toJson());
    }

    public void changePassword(Context ctx) {
        ObjectNode b = Json.object(ctx, json);
        int revoked = auth.changePassword(Requests.principal(ctx), Json.text(b, "current_password"), Json.text(b, "new_password"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("success", true);
        out.put("message", "password changed successfully");
        out.put("revoked_sessions", revoked);
        ctx.json(out);
    }

    private static Map<String, Object> tokens(AuthService.Tokens t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("user", t.user().toJson());
        m.put("token", t.token());
        m.put("refresh_token", t.refreshToken());
        m.put("expires_at", Ids.time(t.expiresAt()));
        return m;
    }
}
