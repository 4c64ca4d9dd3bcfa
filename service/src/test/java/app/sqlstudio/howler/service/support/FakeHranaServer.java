package app.sqlstudio.howler.service.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-test server speaking Hrana over HTTP v2 as docs/turso.md documents it, backed by a real
 * SQLite file: Bearer auth (401 JSON), strict value decoding (an integer sent as a JSON number is a 400 text/plain),
 * one SQLite connection per stream, a fresh baton per reply, null after close, 400 for a reused baton, SQL errors
 * reported inside the results with SQLITE_* codes, and {@code GET /v2} answering without auth.
 */
public final class FakeHranaServer implements AutoCloseable {
    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper();
    private final String token;
    private final String jdbcUrl;
    private final Map<String, Connection> streams = new ConcurrentHashMap<>();
    private final Set<String> spent = ConcurrentHashMap.newKeySet();
    private final SecureRandom random = new SecureRandom();
    /** Requests served, for assertions. */
    public final AtomicInteger pipelines = new AtomicInteger();
    /** When > 0, the next replies are HTTP errors with this status. */
    public volatile int failWithStatus;

    public FakeHranaServer(Path dbFile, String token) throws IOException {
        this.token = token;
        this.jdbcUrl = "jdbc:sqlite:" + dbFile.toAbsolutePath();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            if (ex.getRequestMethod().equals("GET") && (path.equals("/v2") || path.equals("/v3"))) {
                send(ex, 200, "text/plain", "Hello, this is HTTP API v2 (Hrana over HTTP)");
                return;
            }
            if (!ex.getRequestMethod().equals("POST") || !path.equals("/v2/pipeline")) {
                send(ex, 404, "text/plain", "");
                return;
            }
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            if (auth == null) {
                send(ex, 401, "application/json", "{\"error\":\"Unauthorized: `Expected authorization header but none given`\"}");
                return;
            }
            if (!auth.regionMatches(true, 0, "Bearer ", 0, 7) || !auth.substring(7).equals(token)) {
                send(ex, 401, "application/json", "{\"error\":\"Unauthorized: `The JWT is invalid`\"}");
                return;
            }
            if (failWithStatus > 0) {
                send(ex, failWithStatus, "text/plain", "upstream failure");
                return;
            }
            pipelines.incrementAndGet();
            JsonNode body;
            try {
                body = json.readTree(ex.getRequestBody().readAllBytes());
            } catch (IOException e) {
                send(ex, 400, "text/plain", "invalid JSON body");
                return;
            }
            try {
                send(ex, 200, "application/json", json.writeValueAsString(pipeline(body)));
            } catch (ProtocolError e) {
                send(ex, 400, "text/plain", e.getMessage());
            }
        }
    }

    private static final class ProtocolError extends RuntimeException {
        ProtocolError(String m) {
            super(m);
        }
    }

    private ObjectNode pipeline(JsonNode body) {
        JsonNode batonNode = body.get("baton");
        Connection conn;
        String baton = batonNode == null || batonNode.isNull() ? null : batonNode.asText();
        if (baton == null) {
            try {
                conn = DriverManager.getConnection(jdbcUrl);
                try (Statement s = conn.createStatement()) {
                    s.execute("PRAGMA busy_timeout = 5000");
                    s.execute("PRAGMA foreign_keys = ON");
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        } else {
            if (!spent.add(baton)) throw new ProtocolError("Received a baton that has already been used");
            conn = streams.remove(baton);
            if (conn == null) throw new ProtocolError("Received an invalid baton");
        }
        ObjectNode out = json.createObjectNode();
        ArrayNode results = out.putArray("results");
        boolean closed = false;
        for (JsonNode req : body.path("requests")) {
            if (closed) throw new ProtocolError("Stream for this baton was closed");
            String type = req.path("type").asText();
            switch (type) {
                case "execute" -> results.add(execute(conn, req.get("stmt")));
                case "close" -> {
                    closed = true;
                    ObjectNode ok = results.addObject();
                    ok.put("type", "ok");
                    ok.putObject("response").put("type", "close");
                }
                default -> throw new ProtocolError("unknown request type " + type);
            }
        }
        if (closed) {
            try {
                conn.close();
            } catch (SQLException ignored) {
                // closing
            }
            out.putNull("baton");
        } else {
            byte[] b = new byte[16];
            random.nextBytes(b);
            String next = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
            streams.put(next, conn);
            out.put("baton", next);
        }
        out.putNull("base_url");
        return out;
    }

    private ObjectNode execute(Connection conn, JsonNode stmt) {
        if (stmt == null || !stmt.path("sql").isTextual()) throw new ProtocolError("stmt.sql is required");
        String sql = stmt.get("sql").asText();
        ObjectNode res = json.createObjectNode();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            int i = 1;
            for (JsonNode v : stmt.path("args")) bind(ps, i++, v);
            ObjectNode result = json.createObjectNode();
            ArrayNode cols = result.putArray("cols");
            ArrayNode rows = result.putArray("rows");
            boolean hasRows = ps.execute();
            int affected = 0;
            if (hasRows) {
                try (ResultSet rs = ps.getResultSet()) {
                    ResultSetMetaData md = rs.getMetaData();
                    for (int c = 1; c <= md.getColumnCount(); c++) {
                        ObjectNode col = cols.addObject();
                        col.put("name", md.getColumnLabel(c));
                        col.putNull("decltype");
                    }
                    while (rs.next()) {
                        ArrayNode row = rows.addArray();
                        for (int c = 1; c <= md.getColumnCount(); c++) row.add(value(rs.getObject(c)));
                    }
                }
            } else {
                affected = Math.max(0, ps.getUpdateCount());
            }
            result.put("affected_row_count", affected);
            result.putNull("last_insert_rowid");
            result.put("replication_index", "1");
            result.put("rows_read", 0);
            result.put("query_duration_ms", 0.01);
            res.put("type", "ok");
            ObjectNode response = res.putObject("response");
            response.put("type", "execute");
            response.set("result", result);
        } catch (SQLException e) {
            res.put("type", "error");
            ObjectNode err = res.putObject("error");
            err.put("message", "SQLite error: " + e.getMessage());
            String code = "SQLITE_UNKNOWN";
            if (e instanceof SQLiteException se && se.getResultCode() != null) {
                SQLiteErrorCode rc = se.getResultCode();
                String name = rc.name();
                int us = name.indexOf('_', "SQLITE_".length());
                code = us > 0 ? name.substring(0, us) : name; // primary codes only, as sqld sends
                if (code.equals("SQLITE_ERROR")) code = "SQL_INPUT_ERROR";
            }
            err.put("code", code);
        }
        return res;
    }

    private void bind(PreparedStatement ps, int i, JsonNode v) throws SQLException {
        String type = v.path("type").asText();
        switch (type) {
            case "null" -> ps.setNull(i, Types.NULL);
            case "integer" -> {
                if (!v.get("value").isTextual()) throw new ProtocolError("integer value must be a string");
                ps.setLong(i, Long.parseLong(v.get("value").asText()));
            }
            case "float" -> ps.setDouble(i, v.get("value").asDouble());
            case "text" -> ps.setString(i, v.get("value").asText());
            case "blob" -> ps.setBytes(i, Base64.getDecoder().decode(v.get("base64").asText()));
            default -> throw new ProtocolError("unknown value type " + type);
        }
    }

    private ObjectNode value(Object o) {
        ObjectNode n = json.createObjectNode();
        if (o == null) n.put("type", "null");
        else if (o instanceof Integer || o instanceof Long) n.put("type", "integer").put("value", o.toString());
        else if (o instanceof Double || o instanceof Float) n.put("type", "float").put("value", ((Number) o).doubleValue());
        else if (o instanceof byte[] b) n.put("type", "blob").put("base64", Base64.getEncoder().withoutPadding().encodeToString(b));
        else n.put("type", "text").put("value", o.toString());
        return n;
    }

    private static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    public int openStreams() {
        return streams.size();
    }

    @Override
    public void close() {
        server.stop(0);
        for (Connection c : new HashSet<>(streams.values())) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // shutting down
            }
        }
    }
}
