package app.sqlstudio.howler.service.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Errors Jetty answers itself, before a request reaches Javalin (a malformed request line or URI, headers too large):
 * docs/api.md wants JSON {@code {"error": true, "message": ...}} and the security headers for every status and method,
 * where Jetty's default is an HTML page (and no body at all for a PUT, or when the Accept header names no type it knows).
 * Set as the server's error handler, it also answers for the servlet context Javalin runs in, which has none.
 */
public final class JsonErrorHandler extends ErrorHandler {
    private final ObjectMapper json;

    public JsonErrorHandler(ObjectMapper json) {
        this.json = json;
        setShowStacks(false);
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback)
            throws IOException {
        SecurityHeaders.apply(response.getHeaders()::put);
        generateAcceptableResponse(request, response, callback, "application/json", List.of(StandardCharsets.UTF_8), code, message, cause);
    }

    @Override
    protected void writeErrorJson(Request request, PrintWriter writer, int code, String message, Throwable cause) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", true);
        m.put("message", message(code, message, cause));
        try {
            writer.write(json.writeValueAsString(m));
        } catch (IOException e) {
            writer.write("{\"error\":true,\"message\":\"bad request\"}");
        }
    }

    /**
     * Jetty's own reasons are fixed texts ("Bad Request", "Request Header Fields Too Large", "Invalid Content-Length
     * Value") and are kept; where Jetty has only an exception it would print the exception, which is never sent.
     */
    private static String message(int status, String reason, Throwable cause) {
        boolean fixedText = reason != null && !reason.isBlank() && (cause == null || !reason.equals(cause.toString()));
        String text = status >= 500 || !fixedText ? HttpStatus.getMessage(status) : reason;
        return text.toLowerCase(Locale.ROOT);
    }
}
