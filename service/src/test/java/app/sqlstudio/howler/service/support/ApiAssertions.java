package app.sqlstudio.howler.service.support;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on the API's error contract. */
public final class ApiAssertions {
    private ApiAssertions() {
    }

    /** The response is {@code {"error": true, "message": message}} with {@code status}, as application/json. */
    public static void assertError(Http.Response r, int status, String message) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode body = r.json();
        assertThat(body.get("error").asBoolean()).isTrue();
        assertThat(body.get("message").asText()).isEqualTo(message);
    }
}
