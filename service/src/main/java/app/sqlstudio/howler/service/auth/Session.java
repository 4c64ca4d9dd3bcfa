package app.sqlstudio.howler.service.auth;

/** A login session: the access and refresh tokens issued for it carry its id; revoking it ends both. */
public record Session(String id, String userId, String refreshJti, long createdAt, long expiresAt, Long revokedAt,
                      String ipAddress, String userAgent) {
    public boolean liveAt(long now) {
        return revokedAt == null && expiresAt > now;
    }
}
