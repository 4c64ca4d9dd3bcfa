package app.sqlstudio.howler.service.storage.turso;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small client of Turso/libSQL "Hrana over HTTP" (v2 JSON pipeline): {@code POST <base>/v2/pipeline} with a Bearer
 * token. Integers travel as decimal strings, floats as JSON numbers, blobs as base64 (see
 * docs/turso.md). Thread-safe; a stream (baton) must be used by one thread at a time.
 */
public final class HranaClient {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final ObjectMapper json;
    private final HttpClient http;
    private final URI pipelineUri;
    private final String authToken;
    private final Duration timeout;

    public HranaClient(URI baseUrl, String authToken, ObjectMapper json, Duration timeout) {
        this.json = json;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
        String base = baseUrl.toString();
        this.pipelineUri = URI.create((base.endsWith("/") ? base : base + "/") + "v2/pipeline");
        this.authToken = authToken;
    }

    /**
     * Turns a TURSO_URL into the HTTP base URL: {@code libsql://host} becomes {@code https://host}, or
     * {@code http://host} with {@code ?tls=0}; {@code http(s)://} stays. An {@code authToken} query parameter is
     * returned separately so it is sent as a header, never in a URL.
     */
    public static Endpoint endpoint(String tursoUrl) {
        URI u = URI.create(tursoUrl.trim());
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase();
        Map<String, String> query = new HashMap<>();
        if (u.getRawQuery() != null) {
            for (String kv : u.getRawQuery().split("&")) {
                int eq = kv.indexOf('=');
                String k = eq < 0 ? kv : kv.substring(0, eq);
                String v = eq < 0 ? "" : URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
                query.put(k, v);
            }
        }
        String httpScheme = switch (scheme) {
            case "libsql", "wss", "ws" -> "0".equals(query.get("tls")) ? "http" : "https";
            case "https", "http" -> scheme;
            default -> throw new IllegalArgumentException("TURSO_URL must start with libsql://, https:// or file: (got " + scheme + ":)");
        };
        if ("http".equals(httpScheme) && "libsql".equals(scheme) && u.getPort() < 0) {
            throw new IllegalArgumentException("TURSO_URL with ?tls=0 needs an explicit port");
        }
        String authority = u.getRawAuthority();
        String path = u.getRawPath() == null ? "" : u.getRawPath();
        return new Endpoint(URI.create(httpScheme + "://" + authority + path), query.get("authToken"));
    }

    /** The HTTP base URL and a token found in the URL's query, if any. */
    public record Endpoint(URI baseUrl, String tokenFromUrl) {
    }

    /** One pipeline reply: the next baton (null when the stream is closed) and one result per request. */
    public record PipelineResult(String baton, String baseUrl, List<JsonNode> results) {
    }

    /** Sends one pipeline; HTTP and protocol failures throw, per-request SQL errors stay in the results. */
    public PipelineResult pipeline(String baton, List<ObjectNode> requests) {
        return pipeline(pipelineUri, baton, requests);
    }

    public PipelineResult pipeline(URI uri, String baton, List<ObjectNode> requests) {
        ObjectNode body = F.objectNode();
        if (baton == null) body.putNull("baton");
        else body.put("baton", baton);
        ArrayNode reqs = body.putArray("requests");
        requests.forEach(reqs::add);
        HttpRequest.Builder rb = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(write(body)));
        if (authToken != null && !authToken.isEmpty()) rb.header("Authorization", "Bearer " + authToken);
        HttpResponse<byte[]> resp;
        try {
            resp = http.send(rb.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new HranaException(0, null, "cannot reach Turso at " + uri.getHost() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HranaException(0, null, "interrupted while calling Turso", e);
        }
        if (resp.statusCode() != 200) {
            throw httpError(resp);
        }
        try {
            JsonNode root = json.readTree(resp.body());
            JsonNode b = root.get("baton");
            JsonNode bu = root.get("base_url");
            List<JsonNode> results = new ArrayList<>();
            JsonNode rs = root.get("results");
            if (rs == null || !rs.isArray() || rs.size() != requests.size()) {
                throw new HranaException(502, null, "Turso reply has " + (rs == null ? "no" : rs.size()) + " results for " + requests.size() + " requests", null);
            }
            rs.forEach(results::add);
            return new PipelineResult(b == null || b.isNull() ? null : b.asText(), bu == null || bu.isNull() ? null : bu.asText(), results);
        } catch (IOException e) {
            throw new HranaException(502, null, "Turso reply is not valid JSON: " + e.getMessage(), e);
        }
    }

    private HranaException httpError(HttpResponse<byte[]> resp) {
        String text = new String(resp.body(), StandardCharsets.UTF_8);
        String message = text;
        String code = null;
        boolean isJson = resp.headers().firstValue("content-type").map(ct -> ct.contains("json")).orElse(false);
        if (isJson) {
            try {
                JsonNode n = json.readTree(text);
                if (n.hasNonNull("error")) message = n.get("error").asText();
                else if (n.hasNonNull("message")) message = n.get("message").asText();
                if (n.hasNonNull("code")) code = n.get("code").asText();
            } catch (IOException ignored) {
                // a proxy's JSON-labelled garbage: keep the raw text
            }
        }
        if (message.length() > 300) message = message.substring(0, 300) + "…";
        return new HranaException(resp.statusCode(), code, "Turso HTTP " + resp.statusCode() + ": " + message.strip(), null);
    }

    private byte[] write(JsonNode n) {
        try {
            return json.writeValueAsBytes(n);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- request builders -------------------------------------------------------------------------------------

    public static ObjectNode execute(String sql, Object... args) {
        ObjectNode req = F.objectNode();
        req.put("type", "execute");
        ObjectNode stmt = req.putObject("stmt");
        stmt.put("sql", sql);
        ArrayNode a = stmt.putArray("args");
        for (Object arg : args) a.add(value(arg));
        stmt.put("want_rows", true);
        return req;
    }

    public static ObjectNode close() {
        ObjectNode req = F.objectNode();
        req.put("type", "close");
        return req;
    }

    /** Encodes a Java value as a Hrana Value. */
    public static ObjectNode value(Object v) {
        ObjectNode n = F.objectNode();
        if (v == null) {
            n.put("type", "null");
        } else if (v instanceof Boolean b) {
            n.put("type", "integer").put("value", b ? "1" : "0");
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            n.put("type", "integer").put("value", v.toString());
        } else if (v instanceof Double || v instanceof Float) {
            n.put("type", "float").put("value", ((Number) v).doubleValue());
        } else if (v instanceof byte[] bytes) {
            n.put("type", "blob").put("base64", Base64.getEncoder().withoutPadding().encodeToString(bytes));
        } else {
            n.put("type", "text").put("value", v.toString());
        }
        return n;
    }

    /** Decodes a Hrana Value to Long, Double, String, byte[] or null. */
    public static Object decode(JsonNode v) {
        String type = v.path("type").asText();
        return switch (type) {
            case "null" -> null;
            case "integer" -> Long.parseLong(v.get("value").asText());
            case "float" -> v.get("value").asDouble();
            case "text" -> v.get("value").asText();
            case "blob" -> Base64.getDecoder().decode(v.get("base64").asText());
            default -> throw new HranaException(502, null, "unknown Hrana value type: " + type, null);
        };
    }

    /** Returns the {@code StmtResult} of an ok execute result, or throws the reported error. */
    public static JsonNode stmtResult(JsonNode result) {
        if ("error".equals(result.path("type").asText())) {
            JsonNode err = result.path("error");
            throw new HranaException(200, err.path("code").isMissingNode() || err.path("code").isNull() ? null : err.get("code").asText(),
                    err.path("message").asText("unknown error"), null);
        }
        return result.path("response").path("result");
    }
}
