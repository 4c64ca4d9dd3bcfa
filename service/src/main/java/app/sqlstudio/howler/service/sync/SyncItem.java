package app.sqlstudio.howler.service.sync;

/**
 * One synced item (connection, saved query or history entry). {@code data} is the item's JSON exactly as it is
 * downloaded: the client's fields plus the server's ({@code id}, {@code sync_version}, {@code updated_at}, ...).
 * {@code changeSeq} orders all accepted writes server-wide and is the download cursor.
 */
public record SyncItem(String ownerId, String itemType, String itemId, String data, String organizationId,
                       String visibility, long syncVersion, long changeSeq, long clientUpdatedAt, String deviceId,
                       String createdBy, long createdAt, long updatedAt, Long deletedAt) {
    public boolean deleted() {
        return deletedAt != null;
    }
}
