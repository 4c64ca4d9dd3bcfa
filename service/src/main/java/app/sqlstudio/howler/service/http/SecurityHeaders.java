package app.sqlstudio.howler.service.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/** The security headers of docs/api.md, sent on every response: by the request pipeline and by Jetty's own error replies. */
public final class SecurityHeaders {
    private static final Map<String, String> HEADERS = new LinkedHashMap<>();

    static {
        HEADERS.put("X-Content-Type-Options", "nosniff");
        HEADERS.put("X-Frame-Options", "DENY");
        HEADERS.put("Referrer-Policy", "strict-origin-when-cross-origin");
        HEADERS.put("Permissions-Policy", "geolocation=(), microphone=(), camera=()");
        HEADERS.put("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        HEADERS.put("Cache-Control", "no-store");
    }

    private SecurityHeaders() {
    }

    public static void apply(BiConsumer<String, String> setHeader) {
        HEADERS.forEach(setHeader);
    }
}
