package app.sqlstudio.howler.service.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Errors Jetty answers itself, before a request reaches Javalin (a malformed URI, headers too large, a bad request
 * line): docs/api.md wants JSON {@code {"error": true, "message": ...}} and the security headers for every status, where
 * Jetty's default is an HTML page without them.
 */
public final class JsonErrorHandler extends ErrorHandler {
    private final ObjectMapper json;

    public JsonErrorHandler(ObjectMapper json) {
        this.json = json;
        setShowStacks(false);
        setShowServlet(false);
    }

    /** Parser-level errors (400, 413, 414, 431): the connection answers without dispatching. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        SecurityHeaders.apply(fields::put);
        return ByteBuffer.wrap(body(status, reason));
    }

    /** Errors raised while dispatching, before Javalin's own handlers (e.g. an undecodable path). */
    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        baseRequest.setHandled(true);
        int status = response.getStatus();
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        response.setContentType("application/json");
        SecurityHeaders.apply(response::setHeader);
        response.getOutputStream().write(body(status, message == null ? null : String.valueOf(message)));
    }

    private byte[] body(int status, String reason) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", true);
        String generic = HttpStatus.getMessage(status);
        // Jetty's reasons are fixed texts ("Bad Message", "Request Header Fields Too Large"), never request content
        m.put("message", (reason == null || reason.isBlank() ? generic : reason).toLowerCase(java.util.Locale.ROOT));
        try {
            return json.writeValueAsBytes(m);
        } catch (IOException e) {
            return "{\"error\":true,\"message\":\"bad request\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
