package app.sqlstudio.howler.service.organizations;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Sends invitation e-mail: through Resend when {@code RESEND_API_KEY} is set, otherwise only logs that it would have. */
public interface Mailer {
    /** Fire-and-forget: a failure is logged, never thrown to the caller. {@code link} carries the invitation token. */
    void sendInvitation(String to, String organizationName, String inviterName, String role, String link);

    static Mailer create(String resendApiKey, String from, ObjectMapper json) {
        return resendApiKey == null || resendApiKey.isBlank() ? new LogMailer() : new ResendMailer(resendApiKey, from, json);
    }
}

final class LogMailer implements Mailer {
    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);

    @Override
    public void sendInvitation(String to, String organizationName, String inviterName, String role, String link) {
        // the link holds the invitation token, a bearer secret: never logged
        LOG.info("invitation e-mail not sent (RESEND_API_KEY is not set): to={} organization={} role={}", to, organizationName, role);
    }
}

final class ResendMailer implements Mailer {
    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String apiKey;
    private final String from;
    private final ObjectMapper json;

    ResendMailer(String apiKey, String from, ObjectMapper json) {
        this.apiKey = apiKey;
        this.from = from;
        this.json = json;
    }

    @Override
    public void sendInvitation(String to, String organizationName, String inviterName, String role, String link) {
        try {
            String html = "<p>" + esc(inviterName) + " invited you to join <b>" + esc(organizationName) + "</b> on SQL Studio as "
                    + esc(role) + ".</p><p><a href=\"" + esc(link) + "\">Accept the invitation</a> (valid for 7 days).</p>";
            byte[] body = json.writeValueAsBytes(Map.of("from", from, "to", List.of(to),
                    "subject", "You are invited to " + organizationName + " on SQL Studio", "html", html));
            HttpRequest req = HttpRequest.newBuilder(URI.create("https://api.resend.com/emails"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + apiKey).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            http.sendAsync(req, HttpResponse.BodyHandlers.discarding()).whenComplete((resp, err) -> {
                if (err != null) LOG.warn("invitation e-mail to {} failed: {}", to, err.toString());
                else if (resp.statusCode() >= 300) LOG.warn("invitation e-mail to {} refused by Resend: HTTP {}", to, resp.statusCode());
                else LOG.info("invitation e-mail sent to {}", to);
            });
        } catch (Exception e) {
            LOG.warn("invitation e-mail to {} failed: {}", to, e.toString());
        }
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
