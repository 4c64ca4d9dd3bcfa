package app.sqlstudio.howler.turso.provider.api;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.Optional;

/**
 * One authenticated JSON call to the Turso Platform API, with retries and error decoding; knows no endpoint.
 *
 * <p>Retries are safe only where a repeat cannot do the work twice: every call when the server said it did not
 * process the request (429, 408) or the connection was never made, and any 5xx or I/O failure for idempotent calls.
 * A create that failed ambiguously is not repeated blindly, since the repeat would answer 409 for the object the
 * first attempt made.
 */
public final class TursoHttp {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final int MAX_ERROR_TEXT = 300;

    private final URI baseUrl;
    private final String apiToken;
    private final HttpClient client;
    private final RetryPolicy retry;
    private final String userAgent;

    public TursoHttp(URI baseUrl, String apiToken, HttpClient client, RetryPolicy retry, String userAgent) {
        this.baseUrl = baseUrl;
        this.apiToken = apiToken;
        this.client = client;
        this.retry = retry;
        this.userAgent = userAgent;
    }

    /**
     * Sends the call and returns the JSON object Turso answered (empty for an empty 200 body).
     *
     * @param idempotent whether repeating the call after an ambiguous failure is harmless
     */
    public JsonObject call(String operation, String method, String pathAndQuery, JsonObject body, boolean idempotent) {
        var request = HttpRequest.newBuilder(resolve(pathAndQuery))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + apiToken)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("User-Agent", userAgent)
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt >= retry.maxAttempts();
            HttpResponse<String> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                boolean neverSent = e instanceof ConnectException || e instanceof HttpConnectTimeoutException;
                if (!last && (idempotent || neverSent)) {
                    retry.pause(attempt, Optional.empty());
                    continue;
                }
                throw new TursoApiException(TursoApiException.Kind.NETWORK, 0, operation,
                        e.getClass().getSimpleName() + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TursoApiException(TursoApiException.Kind.NETWORK, 0, operation, "interrupted", e);
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return parseReply(operation, response.body());
            }
            var kind = TursoApiException.kindOf(status);
            boolean retriable = kind == TursoApiException.Kind.RATE_LIMITED
                    || kind == TursoApiException.Kind.SERVER && (idempotent || status == 503);
            if (retriable && !last) {
                retry.pause(attempt, retryAfter(response));
                continue;
            }
            throw new TursoApiException(kind, status, operation, errorText(response), null);
        }
    }

    private URI resolve(String pathAndQuery) {
        var base = baseUrl.toString().replaceAll("/+$", "");
        return URI.create(base + pathAndQuery);
    }

    private static JsonObject parseReply(String operation, String body) {
        if (body == null || body.isBlank()) {
            return new JsonObject();
        }
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(body);
        } catch (JsonParseException e) {
            throw TursoApiException.malformed(operation, "not JSON: " + abbreviate(body));
        }
        if (!parsed.isJsonObject()) {
            throw TursoApiException.malformed(operation, "expected a JSON object, got: " + abbreviate(body));
        }
        return parsed.getAsJsonObject();
    }

    /** Turso's {@code {"error": ...}} text; the field is not always a string, so fall back to the raw body. */
    private static String errorText(HttpResponse<String> response) {
        var body = response.body() == null ? "" : response.body().trim();
        if (body.isEmpty()) {
            return "empty body";
        }
        try {
            var json = JsonParser.parseString(body);
            if (json.isJsonObject() && json.getAsJsonObject().has("error")) {
                var error = json.getAsJsonObject().get("error");
                return error.isJsonPrimitive() ? error.getAsString() : error.toString();
            }
        } catch (JsonParseException ignored) {
            // Not JSON (a proxy's HTML page, say): the raw text is the best message there is.
        }
        return abbreviate(body);
    }

    private static Optional<Duration> retryAfter(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After").flatMap(v -> {
            try {
                return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v.trim()))));
            } catch (NumberFormatException e) {
                return Optional.empty(); // an HTTP date: fall back to the exponential delay
            }
        });
    }

    private static String abbreviate(String s) {
        return s.length() <= MAX_ERROR_TEXT ? s : s.substring(0, MAX_ERROR_TEXT) + "...";
    }
}
