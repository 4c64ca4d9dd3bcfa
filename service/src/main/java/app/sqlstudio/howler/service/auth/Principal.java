package app.sqlstudio.howler.service.auth;

/** The caller of an authenticated request, from a verified access token of a live session. */
public record Principal(String userId, String username, String role, String sessionId) {
}
