package app.sqlstudio.howler.service.sync;

import app.sqlstudio.howler.service.storage.Row;
import app.sqlstudio.howler.service.storage.Sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Synced items, their change sequence, stored conflicts and device bookkeeping. */
public interface SyncRepository {
    /** A stored conflict; versions are JSON objects {@code {data, updated_at, sync_version, device_id, deleted}}. */
    record Conflict(String id, String userId, String itemOwnerId, String itemType, String itemId, String localVersion,
                    String remoteVersion, String winner, long detectedAt, Long resolvedAt, String resolution) {
    }

    Optional<SyncItem> findOwn(Sql sql, String ownerId, String itemType, String itemId);

    /** An item another user shared into one of the caller's (live) organizations, with the caller's role there. */
    Optional<SharedItem> findShared(Sql sql, String userId, String itemType, String itemId);

    record SharedItem(SyncItem item, String callerRole) {
    }

    long nextChangeSeq(Sql sql);

    void upsert(Sql sql, SyncItem item);

    /** What a download sends of one item: its JSON ({@code data}), or for a tombstone its identity and deletion. */
    record PageEntry(String itemType, String itemId, String data, long syncVersion, long changeSeq, Long deletedAt) {
        public boolean deleted() {
            return deletedAt != null;
        }
    }

    /**
     * Items visible to the user (own, or shared into their organizations) with change_seq after {@code afterSeq}, in
     * change order. Only the columns a download sends are read: each column of each row is a JNI call in sqlite-jdbc.
     */
    List<PageEntry> page(Sql sql, String userId, long afterSeq, long updatedSince, int limit);

    void insertConflict(Sql sql, Conflict c);

    Optional<Conflict> findConflict(Sql sql, String userId, String id);

    List<Conflict> openConflicts(Sql sql, String userId, int limit);

    boolean markResolved(Sql sql, String id, String resolution, long at);

    void touchDevice(Sql sql, String userId, String deviceId, String clientVersion, long at);

    static SyncRepository sql() {
        return new SqlSyncRepository();
    }
}

final class SqlSyncRepository implements SyncRepository {
    private static final String COLS = "owner_id, item_type, item_id, data, organization_id, visibility, sync_version, change_seq, "
            + "client_updated_at, device_id, created_by, created_at, updated_at, deleted_at";
    private static final String I_COLS = "i." + String.join(", i.", COLS.split(", "));
    private static final String MY_ORGS = "SELECT m.organization_id FROM organization_members m JOIN organizations o ON o.id = m.organization_id "
            + "WHERE m.user_id = ? AND o.deleted_at IS NULL";
    private static final String PAGE_COLS = "item_type, item_id, data, sync_version, change_seq, deleted_at";
    private static final String PAGE = "SELECT * FROM ("
            + "SELECT " + PAGE_COLS + " FROM sync_items WHERE owner_id = ? AND change_seq > ? AND updated_at >= ? "
            + "UNION ALL "
            + "SELECT " + PAGE_COLS + " FROM sync_items WHERE visibility = 'shared' AND owner_id <> ? AND change_seq > ? AND updated_at >= ? "
            + "AND organization_id IN (" + MY_ORGS + ")"
            + ") ORDER BY change_seq LIMIT ?";

    @Override
    public Optional<SyncItem> findOwn(Sql sql, String ownerId, String itemType, String itemId) {
        return sql.queryOne("SELECT " + COLS + " FROM sync_items WHERE owner_id = ? AND item_type = ? AND item_id = ?", ownerId, itemType, itemId)
                .map(SqlSyncRepository::map);
    }

    @Override
    public Optional<SharedItem> findShared(Sql sql, String userId, String itemType, String itemId) {
        return sql.queryOne("SELECT " + I_COLS
                        + ", m.role AS caller_role FROM sync_items i "
                        + "JOIN organization_members m ON m.organization_id = i.organization_id AND m.user_id = ? "
                        + "JOIN organizations o ON o.id = i.organization_id AND o.deleted_at IS NULL "
                        + "WHERE i.item_type = ? AND i.item_id = ? AND i.visibility = 'shared' AND i.owner_id <> ? LIMIT 1",
                userId, itemType, itemId, userId).map(r -> new SharedItem(map(r), r.str("caller_role")));
    }

    @Override
    public long nextChangeSeq(Sql sql) {
        return sql.count("SELECT COALESCE(MAX(change_seq), 0) + 1 AS n FROM sync_items");
    }

    @Override
    public void upsert(Sql sql, SyncItem i) {
        sql.update("INSERT INTO sync_items(" + COLS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                        + "ON CONFLICT(owner_id, item_type, item_id) DO UPDATE SET data = excluded.data, organization_id = excluded.organization_id, "
                        + "visibility = excluded.visibility, sync_version = excluded.sync_version, change_seq = excluded.change_seq, "
                        + "client_updated_at = excluded.client_updated_at, device_id = excluded.device_id, updated_at = excluded.updated_at, "
                        + "deleted_at = excluded.deleted_at",
                i.ownerId(), i.itemType(), i.itemId(), i.data(), i.organizationId(), i.visibility(), i.syncVersion(), i.changeSeq(),
                i.clientUpdatedAt(), i.deviceId(), i.createdBy(), i.createdAt(), i.updatedAt(), i.deletedAt());
    }

    @Override
    public List<PageEntry> page(Sql sql, String userId, long afterSeq, long updatedSince, int limit) {
        List<Row> rows = sql.query(PAGE, userId, afterSeq, updatedSince, userId, afterSeq, updatedSince, userId, limit);
        List<PageEntry> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(new PageEntry(r.str("item_type"), r.str("item_id"), r.str("data"), r.lng("sync_version"), r.lng("change_seq"),
                    r.lngOrNull("deleted_at")));
        }
        return out;
    }

    @Override
    public void insertConflict(Sql sql, Conflict c) {
        sql.update("INSERT INTO sync_conflicts(id, user_id, item_owner_id, item_type, item_id, local_version, remote_version, winner, detected_at) "
                        + "VALUES (?,?,?,?,?,?,?,?,?)",
                c.id(), c.userId(), c.itemOwnerId(), c.itemType(), c.itemId(), c.localVersion(), c.remoteVersion(), c.winner(), c.detectedAt());
    }

    @Override
    public Optional<Conflict> findConflict(Sql sql, String userId, String id) {
        return sql.queryOne("SELECT * FROM sync_conflicts WHERE id = ? AND user_id = ?", id, userId).map(SqlSyncRepository::conflict);
    }

    @Override
    public List<Conflict> openConflicts(Sql sql, String userId, int limit) {
        return sql.query("SELECT * FROM sync_conflicts WHERE user_id = ? AND resolved_at IS NULL ORDER BY detected_at, id LIMIT ?", userId, limit)
                .stream().map(SqlSyncRepository::conflict).toList();
    }

    @Override
    public boolean markResolved(Sql sql, String id, String resolution, long at) {
        return sql.update("UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE id = ? AND resolved_at IS NULL", at, resolution, id) == 1;
    }

    @Override
    public void touchDevice(Sql sql, String userId, String deviceId, String clientVersion, long at) {
        sql.update("INSERT INTO sync_devices(user_id, device_id, last_sync_at, client_version) VALUES (?,?,?,?) "
                + "ON CONFLICT(user_id, device_id) DO UPDATE SET last_sync_at = excluded.last_sync_at, "
                + "client_version = COALESCE(excluded.client_version, sync_devices.client_version)", userId, deviceId, at, clientVersion);
    }

    private static SyncItem map(Row r) {
        return new SyncItem(r.str("owner_id"), r.str("item_type"), r.str("item_id"), r.str("data"), r.str("organization_id"),
                r.str("visibility"), r.lng("sync_version"), r.lng("change_seq"), r.lng("client_updated_at"), r.str("device_id"),
                r.str("created_by"), r.lng("created_at"), r.lng("updated_at"), r.lngOrNull("deleted_at"));
    }

    private static Conflict conflict(Row r) {
        return new Conflict(r.str("id"), r.str("user_id"), r.str("item_owner_id"), r.str("item_type"), r.str("item_id"),
                r.str("local_version"), r.str("remote_version"), r.str("winner"), r.lng("detected_at"), r.lngOrNull("resolved_at"),
                r.str("resolution"));
    }
}
