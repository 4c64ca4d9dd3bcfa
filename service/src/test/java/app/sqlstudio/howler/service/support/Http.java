package app.sqlstudio.howler.service.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small JSON-over-HTTP client for tests. */
public final class Http {
    private final String base;
    private final ObjectMapper json;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();

    public Http(String base, ObjectMapper json) {
        this.base = base;
        this.json = json;
    }

    /** The server's base URL, e.g. {@code http://127.0.0.1:34567}. */
    public String base() {
        return base;
    }

    public record Response(int status, HttpHeaders headers, String body, ObjectMapper mapper) {
        public JsonNode json() {
            try {
                return mapper.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Response get(String path, String token) {
        return send("GET", path, token, null, null);
    }

    public Response delete(String path, String token) {
        return send("DELETE", path, token, null, null);
    }

    public Response post(String path, String token, Object body) {
        return send("POST", path, token, body, null);
    }

    public Response put(String path, String token, Object body) {
        return send("PUT", path, token, body, null);
    }

    public Response send(String method, String path, String token, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
            byte[] bytes = body == null ? null : body instanceof byte[] raw ? raw : body instanceof String s ? s.getBytes() : json.writeValueAsBytes(body);
            if (bytes != null && (headers == null || !headers.containsKey("Content-Type"))) b.header("Content-Type", "application/json");
            if (token != null) b.header("Authorization", "Bearer " + token);
            if (headers != null) headers.forEach(b::header);
            b.method(method, bytes == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(bytes));
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers(), r.body(), json);
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
