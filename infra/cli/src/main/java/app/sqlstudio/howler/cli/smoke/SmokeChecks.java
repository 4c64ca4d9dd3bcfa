package app.sqlstudio.howler.cli.smoke;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import app.sqlstudio.howler.cli.support.Unreachable;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * The post-deploy checks of {@code howler smoke} against a live API: health, readiness, TLS ≥ 1.2, HSTS and the
 * security headers, a throwaway user's signup → login → me → logout (and the token dead afterwards), and CORS
 * refusing a foreign origin. Each check is independent: one failing does not hide the others.
 */
public final class SmokeChecks {

    /** A check's name, outcome ({@code pass}, {@code fail}, {@code skip}) and what was seen. */
    public record Result(String check, String outcome, String detail) {
        public boolean failed() {
            return outcome.equals("fail");
        }
    }

    static final String FOREIGN_ORIGIN = "https://smoke-test.invalid";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI api;
    private final HttpClient http;
    private final Duration timeout;

    public SmokeChecks(URI api, Duration timeout) {
        this.api = api;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public List<Result> run() {
        List<Result> results = new ArrayList<>();
        results.add(status("health", "/health"));
        results.add(status("readiness", "/health/ready"));
        results.add(tls());
        results.add(hsts());
        results.add(securityHeaders());
        results.add(authRoundTrip());
        results.add(cors());
        return results;
    }

    private Result status(String name, String path) {
        try {
            HttpResponse<String> r = send(get(path).build());
            return r.statusCode() == 200 ? pass(name, "GET " + path + " → 200")
                    : fail(name, "GET " + path + " → " + r.statusCode() + " " + abbreviate(r.body()));
        } catch (IOException e) {
            return failed(name, "GET " + path, e);
        }
    }

    private Result tls() {
        if (!"https".equals(api.getScheme())) {
            return new Result("tls", "skip", "plain http target: no TLS to check");
        }
        int port = api.getPort() < 0 ? 443 : api.getPort();
        try {
            SSLSocketFactory factory = SSLContext.getDefault().getSocketFactory();
            try (SSLSocket socket = (SSLSocket) factory.createSocket()) {
                try {
                    socket.connect(new java.net.InetSocketAddress(api.getHost(), port), (int) timeout.toMillis());
                } catch (IOException e) {
                    return fail("tls", "cannot reach " + api.getHost() + ":" + port + ": "
                            + Unreachable.cause(e).orElse(Unreachable.message(e)) + "; " + FIX);
                }
                socket.setSoTimeout((int) timeout.toMillis());
                socket.setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
                socket.startHandshake();
                String protocol = socket.getSession().getProtocol();
                return protocol.equals("TLSv1.2") || protocol.equals("TLSv1.3")
                        ? pass("tls", "negotiated " + protocol + " with " + api.getHost() + ":" + port)
                        : fail("tls", "negotiated " + protocol + ", below TLS 1.2");
            }
        } catch (Exception e) {
            return fail("tls", "no TLS 1.2/1.3 handshake with " + api.getHost() + ":" + port + ": "
                    + Unreachable.cause(e).orElse(Unreachable.message(e)));
        }
    }

    private Result hsts() {
        if (!"https".equals(api.getScheme())) {
            return new Result("hsts", "skip", "plain http target: browsers ignore HSTS over http");
        }
        try {
            Optional<String> hsts = send(get("/health").build()).headers().firstValue("Strict-Transport-Security");
            if (hsts.isEmpty()) {
                return fail("hsts", "no Strict-Transport-Security header");
            }
            long maxAge = hsts.get().replaceAll("(?i).*max-age=([0-9]+).*", "$1").matches("[0-9]+")
                    ? Long.parseLong(hsts.get().replaceAll("(?i).*max-age=([0-9]+).*", "$1")) : 0;
            return maxAge >= 15_552_000 ? pass("hsts", hsts.get()) : fail("hsts", "max-age below 180 days: " + hsts.get());
        } catch (IOException e) {
            return failed("hsts", "GET /health", e);
        }
    }

    private Result securityHeaders() {
        try {
            var headers = send(get("/health").build()).headers();
            List<String> missing = new ArrayList<>();
            if (!headers.firstValue("X-Content-Type-Options").orElse("").equalsIgnoreCase("nosniff")) {
                missing.add("X-Content-Type-Options: nosniff");
            }
            String frame = headers.firstValue("X-Frame-Options").orElse("");
            String csp = headers.firstValue("Content-Security-Policy").orElse("");
            if (!frame.equalsIgnoreCase("DENY") && !frame.equalsIgnoreCase("SAMEORIGIN") && !csp.contains("frame-ancestors")) {
                missing.add("X-Frame-Options or CSP frame-ancestors");
            }
            if (headers.firstValue("Referrer-Policy").isEmpty()) {
                missing.add("Referrer-Policy");
            }
            return missing.isEmpty() ? pass("security-headers", "nosniff, framing refused, Referrer-Policy")
                    : fail("security-headers", "missing " + String.join(", ", missing));
        } catch (IOException e) {
            return failed("security-headers", "GET /health", e);
        }
    }

    private Result authRoundTrip() {
        String id = HexFormat.of().formatHex(new SecureRandom().generateSeed(6));
        String username = "smoke_" + id;
        String password = "Smoke-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        try {
            HttpResponse<String> signup = send(post("/api/auth/signup", Map.of("username", username,
                    "email", username + "@smoke.sql-studio.app", "password", password)));
            if (signup.statusCode() != 201) {
                return fail("auth", "signup → " + signup.statusCode() + " " + abbreviate(signup.body()));
            }
            HttpResponse<String> login = send(post("/api/auth/login", Map.of("username", username, "password", password)));
            if (login.statusCode() != 200) {
                return fail("auth", "signup ok; login → " + login.statusCode() + " " + abbreviate(login.body()));
            }
            String token = JSON.readTree(login.body()).path("token").asText("");
            if (token.isEmpty()) {
                return fail("auth", "login answered 200 without a token");
            }
            HttpResponse<String> me = send(get("/api/auth/me").header("Authorization", "Bearer " + token).build());
            JsonNode user = me.statusCode() == 200 ? JSON.readTree(me.body()) : null;
            String seen = user == null ? "" : user.has("user") ? user.path("user").path("username").asText() : user.path("username").asText();
            if (me.statusCode() != 200 || !username.equals(seen)) {
                return fail("auth", "login ok; me → " + me.statusCode() + " " + abbreviate(me.body()));
            }
            HttpResponse<String> logout = send(post("/api/auth/logout", Map.of()).headers("Authorization", "Bearer " + token).build());
            if (logout.statusCode() != 200) {
                return fail("auth", "me ok; logout → " + logout.statusCode());
            }
            HttpResponse<String> after = send(get("/api/auth/me").header("Authorization", "Bearer " + token).build());
            if (after.statusCode() != 401) {
                return fail("auth", "after logout the token still works (me → " + after.statusCode() + ")");
            }
            return pass("auth", "signup → login → me → logout as " + username + "; the token is refused afterwards");
        } catch (IOException e) {
            return failed("auth", "signup → login → me → logout", e);
        }
    }

    private Result cors() {
        try {
            HttpRequest preflight = HttpRequest.newBuilder(api.resolve("/api/auth/login")).timeout(timeout)
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", FOREIGN_ORIGIN).header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "content-type").build();
            HttpResponse<String> r = send(preflight);
            String allowed = r.headers().firstValue("Access-Control-Allow-Origin").orElse("");
            return allowed.equals("*") || allowed.equalsIgnoreCase(FOREIGN_ORIGIN)
                    ? fail("cors", "a preflight from " + FOREIGN_ORIGIN + " is allowed (Access-Control-Allow-Origin: " + allowed + ")")
                    : pass("cors", "a preflight from " + FOREIGN_ORIGIN + " gets no Access-Control-Allow-Origin (" + r.statusCode() + ")");
        } catch (IOException e) {
            return failed("cors", "OPTIONS /api/auth/login", e);
        }
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(api.resolve(path)).timeout(timeout).GET();
    }

    private HttpRequest.Builder post(String path, Map<String, String> body) throws IOException {
        return HttpRequest.newBuilder(api.resolve(path)).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static Result pass(String check, String detail) {
        return new Result(check, "pass", detail);
    }

    /** A request that got no answer: where it went, why, and what to check. */
    private Result failed(String check, String request, IOException e) {
        return fail(check, request + ": " + Unreachable.describe(api, e)
                + (Unreachable.cause(e).isPresent() ? "; " + FIX : ""));
    }

    private static final String FIX = "check the URL (--url, or the stack's howler:domain) and that the service is up";

    private static Result fail(String check, String detail) {
        return new Result(check, "fail", detail);
    }

    private static String abbreviate(String body) {
        String b = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return b.length() > 120 ? b.substring(0, 120) + "…" : b;
    }
}
