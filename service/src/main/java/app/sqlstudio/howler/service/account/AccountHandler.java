package app.sqlstudio.howler.service.account;

import app.sqlstudio.howler.service.http.Json;
import app.sqlstudio.howler.service.http.Requests;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/** {@code /api/account}: the caller's data export and the deletion of their account. */
public final class AccountHandler {
    private final AccountService account;
    private final ObjectMapper json;
    private final LongSupplier clock;

    public AccountHandler(AccountService account, ObjectMapper json, LongSupplier clock) {
        this.account = account;
        this.json = json;
        this.clock = clock;
    }

    /** One JSON document, as a download named after the user and the day. */
    public void export(Context ctx) throws JsonProcessingException {
        var p = Requests.principal(ctx);
        Map<String, Object> export = account.export(p);
        String day = LocalDate.ofInstant(Instant.ofEpochMilli(clock.getAsLong()), ZoneOffset.UTC).toString();
        // usernames are [A-Za-z0-9_.-]: safe inside a quoted filename
        ctx.header("Content-Disposition", "attachment; filename=\"howler-account-" + p.username() + "-" + day + ".json\"");
        ctx.contentType("application/json").result(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(export));
    }

    /** {@code {"password": ..., "code"|"recovery_code": ...}} (the second factor only when two-factor sign-in is on). */
    public void delete(Context ctx) {
        ObjectNode b = Json.object(ctx, json);
        account.delete(Requests.principal(ctx), Json.text(b, "password"), Json.text(b, "code"), Json.text(b, "recovery_code"),
                Requests.clientIp(ctx));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("success", true);
        out.put("message", "account deleted");
        ctx.json(out);
    }
}
