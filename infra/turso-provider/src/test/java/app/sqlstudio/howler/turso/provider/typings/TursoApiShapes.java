package app.sqlstudio.howler.turso.provider.typings;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Turso Platform API v1 endpoints Howler uses, each with the request and response shapes the official client
 * {@code @tursodatabase/api} declares for it: written as TypeScript type expressions over the package's own
 * declarations, and checked against the client's sources ({@link #verifyAgainstClient}) so the table cannot drift
 * from the pinned version.
 *
 * <p>The package is the client's view: its {@code .d.ts} publishes the shapes it hands to callers ({@code Database}
 * with {@code name}/{@code id}), while the wire shapes it reads ({@code ApiDatabaseResponse} with
 * {@code Name}/{@code DbId}/{@code Hostname}), its error body and its request bodies are in the TypeScript sources
 * the package ships in its source map. What the API has and the package does not declare at all is listed in
 * {@link #SUPPLEMENTS}, each with its reason; the check fails when one of them is no longer used.
 */
public final class TursoApiShapes {

    /** One endpoint: how the official client calls it, and the shapes. {@code bodyKeys} are the keys of its JSON.stringify. */
    public record Endpoint(String method, Pattern path, String clientUrl, String request, String query, String response,
                           List<String> bodyKeys) {
        String key() {
            return method + " " + path.pattern();
        }
    }

    /** A field the API has that the package does not declare: added to {@code type}, with the reason. */
    public record Supplement(String type, String field, String fieldType, String reason) {
    }

    private static final String ORG = "organizations/[^/]+";

    public static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", Pattern.compile(ORG + "/groups"), "organizations/${this.org}/groups",
                    "{ name: GroupClient.create.name; location: GroupClient.create.location } & GroupClient.create.options", null,
                    "{ group: Group }", List.of("name", "location", "...options")),
            new Endpoint("GET", Pattern.compile(ORG + "/groups/[^/]+"), "organizations/${this.org}/groups/${name}",
                    null, null, "{ group: Group }", List.of()),
            new Endpoint("DELETE", Pattern.compile(ORG + "/groups/[^/]+"), "organizations/${this.org}/groups/${name}",
                    null, null, "{ group: Group }", List.of()),
            new Endpoint("POST", Pattern.compile(ORG + "/groups/[^/]+/locations/[^/]+"),
                    "organizations/${this.org}/groups/${groupName}/locations/${location}", null, null, "{ group: Group }", List.of()),
            new Endpoint("DELETE", Pattern.compile(ORG + "/groups/[^/]+/locations/[^/]+"),
                    "organizations/${this.org}/groups/${groupName}/locations/${location}", null, null, "{ group: Group }", List.of()),
            // const { groupId, useTursoDb, ...rest } = options; body { name: dbName, ...rest, group_id, use_tursodb }
            new Endpoint("POST", Pattern.compile(ORG + "/databases"), "organizations/${this.org}/databases",
                    "{ name: DatabaseClient.create.dbName; group_id?: DatabaseClient.create.options[\"groupId\"];"
                            + " use_tursodb?: DatabaseClient.create.options[\"useTursoDb\"] }"
                            + " & Omit<DatabaseClient.create.options, \"groupId\" | \"useTursoDb\">", null,
                    "{ database: ApiCreateDatabaseResponse; }", List.of("name", "...rest", "group_id", "use_tursodb")),
            new Endpoint("GET", Pattern.compile(ORG + "/databases/[^/]+"), "organizations/${this.org}/databases/${dbName}",
                    null, null, "{ database: ApiDatabaseResponse; }", List.of()),
            new Endpoint("DELETE", Pattern.compile(ORG + "/databases/[^/]+"), "organizations/${this.org}/databases/${dbName}",
                    null, null, "DeletedDatabase", List.of()),
            new Endpoint("POST", Pattern.compile(ORG + "/databases/[^/]+/auth/tokens"),
                    "organizations/${this.org}/databases/${dbName}/auth/tokens?${queryParams}",
                    "{ permissions?: DatabaseClient.createToken.options[\"permissions\"] }",
                    "{ expiration?: DatabaseClient.createToken.options[\"expiration\"];"
                            + " authorization?: DatabaseClient.createToken.options[\"authorization\"] }",
                    "DatabaseToken", List.of("permissions")),
            // Not in the package at all (no configuration method in 2.0.5): the shape of Turso's Platform API reference.
            new Endpoint("PATCH", Pattern.compile(ORG + "/databases/[^/]+/configuration"), null,
                    "DatabaseConfiguration", null, "DatabaseConfiguration", List.of()));

    /** The error body of every status >= 400 ({@code interface ApiErrorResponse} of the client's sources). */
    public static final String ERROR = "ApiErrorResponse";

    public static final List<Supplement> SUPPLEMENTS = List.of(
            new Supplement("Group", "uuid", "string",
                    "the API's group object has it (the provider keeps it as an output); the package's Group declares only name, primary, locations"),
            new Supplement("Group", "archived", "boolean",
                    "the API's group object has it (free-plan groups are archived after inactivity); not in the package's Group"),
            new Supplement("ApiDatabaseResponse", "delete_protection", "boolean",
                    "the API's database object has it (protected databases refuse deletion); not in the package's Database"),
            new Supplement("DatabaseSeed", "value", "string",
                    "the official Turso CLI sends a seed's source database under \"value\" where the package sends \"name\"; the clients send both"),
            new Supplement("DatabaseConfiguration", "delete_protection", "boolean",
                    "PATCH .../databases/{db}/configuration is in the API reference but the package has no method for it"),
            new Supplement("DatabaseConfiguration", "size_limit", "string",
                    "PATCH .../databases/{db}/configuration is in the API reference but the package has no method for it"));

    private TursoApiShapes() {
    }

    /**
     * The package's declarations with the supplements added: {@code DatabaseSeed} names the inline seed type of
     * {@code DatabaseClient.create}'s options, {@code DatabaseConfiguration} the configuration endpoint's shape.
     */
    public static TsDeclarations declarations(TursoApiPackage pkg) {
        var d = pkg.parse();
        var byType = new LinkedHashMap<String, Map<String, TsType.Field>>();
        for (var s : SUPPLEMENTS) {
            byType.computeIfAbsent(s.type(), k -> new LinkedHashMap<>())
                    .put(s.field(), new TsType.Field(TsDeclarations.type(s.fieldType()), true));
        }
        byType.forEach((type, fields) -> {
            var extra = new TsType.Obj(fields, null);
            if (type.equals("DatabaseSeed")) {
                var create = d.classMethods("DatabaseClient").get("create");
                var options = new ShapeCheck(d).objectView(create.parameters().get("options"));
                var seed = options.fields().get("seed");
                var withSeed = new LinkedHashMap<>(options.fields());
                withSeed.put("seed", new TsType.Field(new TsType.Intersection(List.of(seed.type(), extra)), true));
                create.parameters().put("options", new TsType.Obj(withSeed, options.index()));
            } else if (d.declares(type)) {
                d.types.put(type, new TsType.Intersection(List.of(d.types.get(type), extra)));
            } else {
                d.types.put(type, extra);
            }
        });
        return d;
    }

    /** One request and its reply as seen on the wire. */
    public record Exchange(String method, String path, String query, String requestBody, int status, String responseBody) {
        @Override
        public String toString() {
            return method + " " + path + (query == null ? "" : "?" + query);
        }
    }

    /** Every way {@code exchanges} differ from the declared shapes; empty when all conform. */
    public static List<String> problems(TsDeclarations declarations, List<Exchange> exchanges) {
        var check = new ShapeCheck(declarations);
        var problems = new ArrayList<String>();
        for (var x : exchanges) {
            var path = x.path().replaceFirst("^/v1/", "");
            var endpoint = ENDPOINTS.stream().filter(e -> e.method().equals(x.method()) && e.path().matcher(path).matches()).findFirst();
            if (endpoint.isEmpty()) {
                problems.add(x + ": no such endpoint in the table of the API the package declares");
                continue;
            }
            var e = endpoint.get();
            if (!x.requestBody().isBlank()) {
                if (e.request() == null) {
                    problems.add(x + ": the package sends no body here, the request had " + x.requestBody());
                } else {
                    check.check(parse(x.requestBody()), TsDeclarations.type(e.request()), "request").forEach(p -> problems.add(x + " " + p));
                }
            }
            if (x.query() != null && !x.query().isBlank()) {
                var q = new JsonObject();
                for (var pair : x.query().split("&")) {
                    var kv = pair.split("=", 2);
                    q.addProperty(java.net.URLDecoder.decode(kv[0], java.nio.charset.StandardCharsets.UTF_8),
                            kv.length > 1 ? java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8) : "");
                }
                if (e.query() == null) {
                    problems.add(x + ": the package sends no query here");
                } else {
                    check.check(q, TsDeclarations.type(e.query()), "query").forEach(p -> problems.add(x + " " + p));
                }
            }
            if (!x.responseBody().isBlank()) {
                var type = x.status() >= 400 ? ERROR : e.response();
                check.check(parse(x.responseBody()), TsDeclarations.type(type), "response").forEach(p -> problems.add(x + " " + p));
            }
        }
        return problems;
    }

    /**
     * Keys a client reads from replies (found in its source) that no reply of the table declares: a misspelt read
     * that would only ever see "absent".
     */
    public static List<String> undeclaredReads(TsDeclarations declarations, java.util.Collection<String> keys) {
        var check = new ShapeCheck(declarations);
        var declared = new java.util.HashSet<String>();
        for (var e : ENDPOINTS) {
            collectFields(check, TsDeclarations.type(e.response()), declared, 0);
        }
        return keys.stream().filter(k -> !declared.contains(k)).distinct().toList();
    }

    private static void collectFields(ShapeCheck check, TsType type, java.util.Set<String> into, int depth) {
        var t = check.resolve(type);
        if (depth > 3 || !(t instanceof TsType.Obj || t instanceof TsType.Intersection || t instanceof TsType.Union)) {
            return;
        }
        try {
            check.objectView(t).fields().forEach((k, f) -> {
                into.add(k);
                collectFields(check, f.type(), into, depth + 1);
            });
        } catch (IllegalArgumentException notAnObject) {
            // a union of scalars: no fields
        }
    }

    /** Endpoints of the table no exchange called. */
    public static List<String> uncovered(List<Exchange> exchanges) {
        return ENDPOINTS.stream()
                .filter(e -> exchanges.stream().noneMatch(x -> x.method().equals(e.method())
                        && e.path().matcher(x.path().replaceFirst("^/v1/", "")).matches()))
                .map(Endpoint::key).toList();
    }

    /** Supplements no exchange used: the list must shrink with the code. */
    public static List<String> unusedSupplements(List<Exchange> exchanges) {
        var unused = new ArrayList<String>();
        for (var s : SUPPLEMENTS) {
            var key = Pattern.compile("\"" + Pattern.quote(s.field()) + "\"\\s*:");
            if (exchanges.stream().noneMatch(x -> key.matcher(x.requestBody()).find() || key.matcher(x.responseBody()).find())) {
                unused.add(s.type() + "." + s.field());
            }
        }
        return unused;
    }

    private static JsonElement parse(String body) {
        return JsonParser.parseString(body);
    }

    /**
     * Each endpoint the package covers against the client's own request code: the same URL template, HTTP method and
     * reply type argument of {@code TursoClient.request<...>}, and the body keys its {@code JSON.stringify} writes.
     */
    public static List<String> verifyAgainstClient(TursoApiPackage pkg) {
        var calls = OfficialCalls.scan(pkg.sources);
        var problems = new ArrayList<String>();
        for (var e : ENDPOINTS) {
            if (e.clientUrl() == null) {
                continue;
            }
            var match = calls.stream().filter(c -> c.url().equals(e.clientUrl()) && c.method().equals(e.method())).findFirst();
            if (match.isEmpty()) {
                problems.add(e.key() + ": the client has no " + e.method() + " `" + e.clientUrl() + "` (its calls: " + calls + ")");
                continue;
            }
            var c = match.get();
            if (!TsDeclarations.type(c.replyType()).equals(TsDeclarations.type(e.response()))) {
                problems.add(e.key() + ": the client reads " + c.replyType() + ", the table says " + e.response());
            }
            for (var key : e.bodyKeys()) {
                var k = Pattern.compile((key.startsWith("...") ? Pattern.quote(key) : "(?<![\\w.])" + Pattern.quote(key) + "\\s*[:,}]"));
                if (c.body() == null || !k.matcher(c.body()).find()) {
                    problems.add(e.key() + ": the client's body " + c.body() + " has no " + key);
                }
            }
            if (c.body() != null && e.bodyKeys().isEmpty()) {
                problems.add(e.key() + ": the client sends a body " + c.body() + " the table does not describe");
            }
        }
        var database = pkg.sources.getOrDefault("src/database.ts", "").replaceAll("\\s+", " ");
        for (var needle : List.of("const { groupId, useTursoDb, ...rest } = options ?? {};", "queryParams.set(\"expiration\"",
                "queryParams.set(\"authorization\"")) {
            if (!database.contains(needle)) {
                problems.add("src/database.ts no longer has `" + needle + "`, which the table's create/token shapes follow");
            }
        }
        return problems;
    }
}
