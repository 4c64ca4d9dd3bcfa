package app.sqlstudio.howler.turso.provider;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import app.sqlstudio.howler.turso.provider.typings.TursoApiShapes;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-memory Turso Platform API v1 for one organization, as documented (docs/turso.md): same paths, bodies, casing
 * ({@code Name}, {@code DbId}, {@code Hostname}) and error shapes. Scripted replies ({@link #script}) jump the queue to
 * simulate 429s, 5xx and malformed bodies. Every request and its reply are kept ({@link #exchanges}) so the shapes can
 * be checked against the official client's typings ({@code TursoApiTypingsConformanceTest}); public for the CLI's
 * tests, which check their Turso client against the same stand-in.
 */
public final class FakeTursoApi implements AutoCloseable {
    public static final String ORG = "acme";
    public static final String TOKEN = "platform-token";

    /** One request as received. */
    record Call(String method, String path, String query, String body) {
        @Override
        public String toString() {
            return method + " " + path + (query == null ? "" : "?" + query) + (body.isEmpty() ? "" : " " + body);
        }
    }

    private record Scripted(String method, Pattern path, int status, String body, Map<String, String> headers) {
    }

    final Map<String, JsonObject> groups = new LinkedHashMap<>();
    final Map<String, JsonObject> databases = new LinkedHashMap<>();
    /** A database's configuration beyond what its object shows ({@code size_limit}). */
    final Map<String, JsonObject> configurations = new LinkedHashMap<>();
    final List<Call> calls = new CopyOnWriteArrayList<>();
    final List<TursoApiShapes.Exchange> exchanges = new CopyOnWriteArrayList<>();
    private final Deque<Scripted> scripted = new ArrayDeque<>();
    private final AtomicInteger tokens = new AtomicInteger();
    private final HttpServer server;

    public FakeTursoApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The next request matching method and path regex gets this reply instead of the normal one. */
    synchronized FakeTursoApi script(String method, String pathRegex, int status, String body, Map<String, String> headers) {
        scripted.add(new Scripted(method, Pattern.compile(pathRegex), status, body, headers));
        return this;
    }

    FakeTursoApi script(String method, String pathRegex, int status, String body) {
        return script(method, pathRegex, status, body, Map.of());
    }

    /** Every request with the reply it got, in order. */
    public List<TursoApiShapes.Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    /** A group as if created earlier, outside the test. */
    public void addGroup(String name, String primary, String... replicas) {
        var g = new JsonObject();
        g.addProperty("name", name);
        g.addProperty("uuid", "uuid-" + name);
        g.addProperty("primary", primary);
        var locations = new JsonArray();
        locations.add(primary);
        for (var r : replicas) {
            locations.add(r);
        }
        g.add("locations", locations);
        g.addProperty("archived", false);
        groups.put(name, g);
    }

    public void addDatabase(String name, String group) {
        var d = new JsonObject();
        d.addProperty("Name", name);
        d.addProperty("DbId", "dbid-" + name);
        d.addProperty("Hostname", name + "-" + ORG + ".turso.io");
        d.addProperty("group", group);
        d.addProperty("delete_protection", false);
        d.addProperty("primaryRegion", groups.containsKey(group) ? groups.get(group).get("primary").getAsString() : "ord");
        databases.put(name, d);
    }

    List<String> callLines() {
        return calls.stream().map(Call::toString).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        var body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        var path = ex.getRequestURI().getPath();
        var call = new Call(ex.getRequestMethod(), path, ex.getRequestURI().getRawQuery(), body);
        calls.add(call);
        var scriptedReply = takeScripted(call);
        if (scriptedReply != null) {
            scriptedReply.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
            reply(ex, call, scriptedReply.status(), scriptedReply.body());
            return;
        }
        if (!("Bearer " + TOKEN).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
            reply(ex, call, 401, "{\"error\":\"token is invalid or expired\"}");
            return;
        }
        var prefix = "/v1/organizations/" + ORG;
        if (!path.startsWith(prefix + "/")) {
            reply(ex, call, 403, "{\"error\":\"you are not a member of this organization\"}");
            return;
        }
        synchronized (this) {
            route(ex, call, path.substring(prefix.length()), body, call.query());
        }
    }

    private synchronized Scripted takeScripted(Call call) {
        for (var it = scripted.iterator(); it.hasNext(); ) {
            var s = it.next();
            if (s.method().equals(call.method()) && s.path().matcher(call.path()).matches()) {
                it.remove();
                return s;
            }
        }
        return null;
    }

    private void route(HttpExchange ex, Call call, String path, String body, String query) throws IOException {
        var method = call.method();
        Matcher m;
        if (method.equals("POST") && path.equals("/groups")) {
            var in = JsonParser.parseString(body).getAsJsonObject();
            var name = in.get("name").getAsString();
            if (groups.containsKey(name)) {
                reply(ex, call, 409, "{\"error\":\"group already exists\"}");
                return;
            }
            addGroup(name, in.get("location").getAsString());
            reply(ex, call, 200, wrap("group", groups.get(name)));
        } else if ((m = match("/groups/([^/]+)", path)) != null) {
            var g = groups.get(m.group(1));
            if (g == null) {
                reply(ex, call, 404, "{\"error\":\"group not found\"}");
            } else if (method.equals("GET")) {
                reply(ex, call, 200, wrap("group", g));
            } else if (method.equals("DELETE")) {
                var name = m.group(1);
                groups.remove(name);
                databases.values().removeIf(d -> d.get("group").getAsString().equals(name));
                reply(ex, call, 200, wrap("group", g));
            }
        } else if ((m = match("/groups/([^/]+)/locations/([^/]+)", path)) != null) {
            var g = groups.get(m.group(1));
            if (g == null) {
                reply(ex, call, 404, "{\"error\":\"group not found\"}");
                return;
            }
            var locations = g.getAsJsonArray("locations");
            var location = new com.google.gson.JsonPrimitive(m.group(2));
            if (method.equals("POST") && !locations.contains(location)) {
                locations.add(location);
            } else if (method.equals("DELETE")) {
                locations.remove(location);
            }
            reply(ex, call, 200, wrap("group", g));
        } else if (method.equals("POST") && path.equals("/databases")) {
            var in = JsonParser.parseString(body).getAsJsonObject();
            var name = in.get("name").getAsString();
            var group = in.get("group").getAsString();
            if (!groups.containsKey(group)) {
                reply(ex, call, 400, "{\"error\":\"group not found\"}");
                return;
            }
            if (databases.containsKey(name)) {
                reply(ex, call, 409, "{\"error\":\"database with name " + name + " already exists\"}");
                return;
            }
            addDatabase(name, group);
            var created = new JsonObject();
            for (var key : List.of("DbId", "Hostname", "Name")) {
                created.add(key, databases.get(name).get(key));
            }
            reply(ex, call, 200, wrap("database", created));
        } else if ((m = match("/databases/([^/]+)", path)) != null) {
            var d = databases.get(m.group(1));
            if (d == null) {
                reply(ex, call, 404, "{\"error\":\"could not find database with name " + m.group(1) + ": record not found\"}");
            } else if (method.equals("GET")) {
                reply(ex, call, 200, wrap("database", d));
            } else if (method.equals("DELETE")) {
                if (d.get("delete_protection").getAsBoolean()) {
                    reply(ex, call, 400, "{\"error\":\"database is protected from deletion\"}");
                    return;
                }
                databases.remove(m.group(1));
                reply(ex, call, 200, "{\"database\":\"" + m.group(1) + "\"}");
            }
        } else if ((m = match("/databases/([^/]+)/configuration", path)) != null && method.equals("PATCH")) {
            var d = databases.get(m.group(1));
            if (d == null) {
                reply(ex, call, 404, "{\"error\":\"could not find database\"}");
                return;
            }
            var in = JsonParser.parseString(body).getAsJsonObject();
            if (in.has("delete_protection")) {
                d.add("delete_protection", in.get("delete_protection"));
            }
            if (in.has("size_limit")) { // part of the configuration, not of the database object
                configurations.computeIfAbsent(m.group(1), k -> new JsonObject()).add("size_limit", in.get("size_limit"));
            }
            reply(ex, call, 200, in.toString());
        } else if ((m = match("/databases/([^/]+)/auth/tokens", path)) != null && method.equals("POST")) {
            if (!databases.containsKey(m.group(1))) {
                reply(ex, call, 404, "{\"error\":\"could not find database\"}");
                return;
            }
            reply(ex, call, 200, "{\"jwt\":\"eyJhbGciOiJFZERTQSJ9.jwt-" + tokens.incrementAndGet() + "." + query.hashCode() + "\"}");
        } else {
            reply(ex, call, 404, "{\"error\":\"no route " + method + " " + path + "\"}");
        }
    }

    private static Matcher match(String regex, String path) {
        var m = Pattern.compile(regex).matcher(path);
        return m.matches() ? m : null;
    }

    private static String wrap(String key, JsonObject value) {
        var o = new JsonObject();
        o.add(key, value);
        return o.toString();
    }

    private void reply(HttpExchange ex, Call call, int status, String body) throws IOException {
        exchanges.add(new TursoApiShapes.Exchange(call.method(), call.path(), call.query(), call.body(), status, body));
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (var out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
        ex.close();
    }
}
