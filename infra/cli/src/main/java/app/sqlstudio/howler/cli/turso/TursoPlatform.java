package app.sqlstudio.howler.cli.turso;

import app.sqlstudio.howler.cli.ExitCode;
import app.sqlstudio.howler.cli.HowlerException;
import app.sqlstudio.howler.cli.support.Unreachable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The few Turso Platform API v1 calls disaster recovery needs (docs/turso.md): read a
 * database, create one seeded from another at a point in time, turn on its delete protection, mint a short-lived
 * read-only token (the replaced database is deleted by Pulumi, not here: it is a resource of the stack); and
 * read-only SQL over the database's Hrana HTTP endpoint ({@code /v2/pipeline}) to check a restore.
 */
public final class TursoPlatform {

    public static final String DEFAULT_API = "https://api.turso.tech";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A database as the API describes it. */
    public record Database(String name, String hostname, String group) { }

    private final URI api;
    private final String token;
    private final String org;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public TursoPlatform(URI api, String token, String org) {
        this.api = api;
        this.token = token;
        this.org = org;
    }

    public Database database(String name) {
        JsonNode db = call("GET", "/v1/organizations/" + enc(org) + "/databases/" + enc(name), null).path("database");
        return new Database(text(db, "Name", name), text(db, "Hostname", null), text(db, "group", null));
    }

    /** {@code POST .../databases} with {@code seed.type=database} and the point in time. */
    public Database createFromPointInTime(String name, String group, String source, Instant at) {
        ObjectNode body = JSON.createObjectNode();
        body.put("name", name);
        body.put("group", group);
        ObjectNode seed = body.putObject("seed");
        seed.put("type", "database");
        seed.put("name", source);
        // The official CLI sends the source under "value" (see the reference's DISCREPANCY); send both.
        seed.put("value", source);
        seed.put("timestamp", at.toString());
        JsonNode db = call("POST", "/v1/organizations/" + enc(org) + "/databases", body).path("database");
        return new Database(text(db, "Name", name), text(db, "Hostname", null), group);
    }

    /**
     * Turns on delete protection ({@code PATCH .../databases/NAME/configuration}). A restored database of a protected
     * stack gets it before the stack adopts it: the program declares {@code deleteProtection: true}, and an import
     * only succeeds when what it declares is what the provider reads.
     */
    public void protect(String database) {
        ObjectNode body = JSON.createObjectNode();
        body.put("delete_protection", true);
        call("PATCH", "/v1/organizations/" + enc(org) + "/databases/" + enc(database) + "/configuration", body);
    }

    public String readOnlyToken(String database) {
        return call("POST", "/v1/organizations/" + enc(org) + "/databases/" + enc(database)
                + "/auth/tokens?expiration=1h&authorization=read-only", null).path("jwt").asText();
    }

    /** Runs read-only statements over Hrana HTTP on {@code hostname}; each result as rows of strings. */
    public List<List<List<String>>> query(String hostname, String jwt, List<String> statements) {
        ArrayNode requests = JSON.createArrayNode();
        for (String sql : statements) {
            requests.addObject().put("type", "execute").putObject("stmt").put("sql", sql);
        }
        requests.addObject().put("type", "close");
        ObjectNode body = JSON.createObjectNode();
        body.set("requests", requests);
        URI url = URI.create(api.getScheme() + "://" + hostname + "/v2/pipeline");
        JsonNode response = send(HttpRequest.newBuilder(url).header("Authorization", "Bearer " + jwt), "POST", body, url);
        List<List<List<String>>> out = new ArrayList<>();
        JsonNode results = response.path("results");
        for (int i = 0; i < statements.size(); i++) {
            JsonNode r = results.path(i);
            if (!"ok".equals(r.path("type").asText())) {
                throw new HowlerException(ExitCode.FAILURE, "Query on " + hostname + " failed (" + statements.get(i) + "): "
                        + r.path("error").path("message").asText(r.toString()));
            }
            List<List<String>> rows = new ArrayList<>();
            for (JsonNode row : r.path("response").path("result").path("rows")) {
                List<String> values = new ArrayList<>();
                row.forEach(v -> values.add(v.path("type").asText().equals("null") ? null : v.path("value").asText()));
                rows.add(values);
            }
            out.add(rows);
        }
        return out;
    }

    /** Schema version (max of schema_migrations.version, or null) and row count of every table. */
    public Map<String, Long> tableCounts(String hostname, String jwt, List<String> tables) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (tables.isEmpty()) {
            return counts;
        }
        List<String> sql = tables.stream().map(t -> "SELECT COUNT(*) FROM \"" + t.replace("\"", "\"\"") + "\"").toList();
        List<List<List<String>>> results = query(hostname, jwt, sql);
        for (int i = 0; i < tables.size(); i++) {
            counts.put(tables.get(i), Long.parseLong(results.get(i).get(0).get(0)));
        }
        return counts;
    }

    public List<String> tables(String hostname, String jwt) {
        return query(hostname, jwt, List.of("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                + "AND name NOT LIKE '_litestream%' AND name NOT LIKE 'libsql_%' ORDER BY name"))
                .get(0).stream().map(r -> r.get(0)).toList();
    }

    public Long schemaVersion(String hostname, String jwt, List<String> tables) {
        if (!tables.contains("schema_migrations")) {
            return null;
        }
        String v = query(hostname, jwt, List.of("SELECT MAX(version) FROM schema_migrations")).get(0).get(0).get(0);
        return v == null ? null : Long.parseLong(v);
    }

    private JsonNode call(String method, String path, JsonNode body) {
        URI url = api.resolve(path);
        return send(HttpRequest.newBuilder(url).header("Authorization", "Bearer " + token), method, body, url);
    }

    private JsonNode send(HttpRequest.Builder builder, String method, JsonNode body, URI url) {
        try {
            HttpRequest request = builder.timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2) {
                throw new ApiException(r.statusCode(), method + " " + url.getPath() + " → " + r.statusCode() + " " + error(r.body()));
            }
            return r.body() == null || r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
        } catch (IOException e) {
            throw new HowlerException(ExitCode.FAILURE, "Turso could not be reached: " + Unreachable.describe(url, e)
                    + ". Check the network (and HOWLER_TURSO_API_URL, if set) and retry.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HowlerException(ExitCode.FAILURE, "Interrupted while calling Turso.", e);
        }
    }

    private static String error(String body) {
        try {
            JsonNode e = JSON.readTree(body).path("error");
            return e.isMissingNode() ? body : e.isTextual() ? e.asText() : e.toString();
        } catch (IOException ex) {
            return body;
        }
    }

    private static String text(JsonNode node, String key, String fallback) {
        JsonNode v = node.get(key);
        if (v == null) {
            var it = node.fieldNames();
            while (it.hasNext()) {
                String f = it.next();
                if (f.equalsIgnoreCase(key)) {
                    v = node.get(f);
                }
            }
        }
        return v == null || v.isNull() ? fallback : v.asText();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The API answered with an error status. */
    public static final class ApiException extends HowlerException {
        final int status;

        ApiException(int status, String message) {
            super(ExitCode.FAILURE, "Turso API: " + message + hint(status));
            this.status = status;
        }

        private static String hint(int status) {
            return switch (status) {
                case 401 -> ". The token is invalid or expired: mint one with `turso auth api-tokens mint howler` and set TURSO_API_TOKEN.";
                case 403 -> ". The token may not act on this organization: use an organization-level token (not a group token).";
                case 404 -> ". Check turso:organization and howler:tursoDatabaseName in the stack file.";
                case 409 -> ". A database of that name already exists: delete it or pick another restore time.";
                case 400 -> ". Point-in-time recovery reaches back 24 hours (30 days on the scaler plan): pick a later --at.";
                default -> ". Retry; if it persists, check https://status.turso.tech.";
            };
        }
    }
}
