package app.sqlstudio.howler.turso.provider.api;

import com.google.gson.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The Turso Platform API v1 endpoints the provider uses, for one organization.
 *
 * <p>Reads answer {@link Optional#empty()} for 404; deletes answer false when the object was already gone. Every
 * other failure is a {@link TursoApiException}.
 */
public final class TursoPlatformClient {
    private final TursoHttp http;
    private final String org;

    public TursoPlatformClient(TursoHttp http, String organization) {
        this.http = http;
        this.org = "/v1/organizations/" + segment(organization);
    }

    // ---- groups

    public TursoGroup createGroup(String name, String location) {
        var op = "create group " + name;
        var body = new JsonObject();
        body.addProperty("name", name);
        body.addProperty("location", location);
        return group(op, http.call(op, "POST", org + "/groups", body, false));
    }

    public Optional<TursoGroup> getGroup(String name) {
        var op = "read group " + name;
        return absentOn404(() -> group(op, http.call(op, "GET", org + "/groups/" + segment(name), null, true)));
    }

    public TursoGroup addLocation(String group, String location) {
        var op = "add location " + location + " to group " + group;
        return group(op, http.call(op, "POST", locationPath(group, location), null, true));
    }

    public TursoGroup removeLocation(String group, String location) {
        var op = "remove location " + location + " from group " + group;
        return group(op, http.call(op, "DELETE", locationPath(group, location), null, true));
    }

    public boolean deleteGroup(String name) {
        var op = "delete group " + name;
        return absentOn404(() -> http.call(op, "DELETE", org + "/groups/" + segment(name), null, true)).isPresent();
    }

    // ---- databases

    public TursoDatabase createDatabase(NewDatabase db) {
        var op = "create database " + db.name();
        var body = new JsonObject();
        body.addProperty("name", db.name());
        body.addProperty("group", db.group());
        db.sizeLimit().ifPresent(s -> body.addProperty("size_limit", s));
        db.seed().ifPresent(seed -> {
            var json = new JsonObject();
            json.addProperty("type", "database");
            json.addProperty("name", seed.sourceDatabase());
            // The official CLI sends the source under "value"; the spec says "name". Both, so either reading works.
            json.addProperty("value", seed.sourceDatabase());
            seed.timestamp().ifPresent(t -> json.addProperty("timestamp", t));
            body.add("seed", json);
        });
        return database(op, http.call(op, "POST", org + "/databases", body, false));
    }

    public Optional<TursoDatabase> getDatabase(String name) {
        var op = "read database " + name;
        return absentOn404(() -> database(op, http.call(op, "GET", databasePath(name), null, true)));
    }

    /** PATCHes only what is given: Turso reads an explicit null on some keys as "clear". */
    public void configureDatabase(String name, Optional<String> sizeLimit, Optional<Boolean> deleteProtection) {
        var op = "configure database " + name;
        var body = new JsonObject();
        sizeLimit.ifPresent(s -> body.addProperty("size_limit", s));
        deleteProtection.ifPresent(d -> body.addProperty("delete_protection", d));
        if (body.size() > 0) {
            http.call(op, "PATCH", databasePath(name) + "/configuration", body, true);
        }
    }

    public boolean deleteDatabase(String name) {
        var op = "delete database " + name;
        return absentOn404(() -> http.call(op, "DELETE", databasePath(name), null, true)).isPresent();
    }

    /** Mints a new JWT on every call; never call it from a read. */
    public String createDatabaseToken(String database, String expiration, String authorization) {
        var op = "create a token for database " + database;
        var query = "?expiration=" + URLEncoder.encode(expiration, StandardCharsets.UTF_8)
                + "&authorization=" + URLEncoder.encode(authorization, StandardCharsets.UTF_8);
        var reply = http.call(op, "POST", databasePath(database) + "/auth/tokens" + query, null, false);
        return JsonReplies.string(reply, "jwt", op);
    }

    // ---- replies

    private static TursoGroup group(String op, JsonObject reply) {
        var g = JsonReplies.object(reply, "group", op);
        return new TursoGroup(
                JsonReplies.string(g, "name", op),
                JsonReplies.optString(g, "uuid").orElse(""),
                JsonReplies.string(g, "primary", op),
                JsonReplies.stringList(g, "locations"));
    }

    private static TursoDatabase database(String op, JsonObject reply) {
        var d = JsonReplies.object(reply, "database", op);
        return new TursoDatabase(
                JsonReplies.string(d, "Name", op),
                JsonReplies.string(d, "DbId", op),
                JsonReplies.string(d, "Hostname", op),
                JsonReplies.optString(d, "group"),
                JsonReplies.optBoolean(d, "delete_protection"));
    }

    private String databasePath(String name) {
        return org + "/databases/" + segment(name);
    }

    private String locationPath(String group, String location) {
        return org + "/groups/" + segment(group) + "/locations/" + segment(location);
    }

    private static <T> Optional<T> absentOn404(java.util.function.Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (TursoApiException e) {
            if (e.kind() == TursoApiException.Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static String segment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
