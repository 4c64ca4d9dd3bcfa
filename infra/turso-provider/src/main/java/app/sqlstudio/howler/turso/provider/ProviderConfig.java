package app.sqlstudio.howler.turso.provider;

import java.net.URI;

/**
 * How the provider reaches Turso: the organization slug, the platform API token and the API base URL
 * (default {@code https://api.turso.tech}; tests point it at a local server).
 */
public record ProviderConfig(String organization, String apiToken, URI baseUrl) {
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.turso.tech");

    @Override
    public String toString() {
        // Never print the token: this record ends up in logs and error messages.
        return "ProviderConfig[organization=" + organization + ", baseUrl=" + baseUrl + "]";
    }
}
