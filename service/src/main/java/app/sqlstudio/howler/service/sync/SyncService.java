package app.sqlstudio.howler.service.sync;

import app.sqlstudio.howler.service.auth.Principal;
import app.sqlstudio.howler.service.http.ApiException;
import app.sqlstudio.howler.service.organizations.OrganizationRepository;
import app.sqlstudio.howler.service.storage.ConstraintViolationException;
import app.sqlstudio.howler.service.storage.Database;
import app.sqlstudio.howler.service.storage.Sql;
import app.sqlstudio.howler.service.util.Ids;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Sync of connections, saved queries and query history between a user's devices (and organizations they share with).
 * Every accepted write bumps the item's {@code sync_version} by one and takes the next server-wide change sequence
 * (the download cursor). A change based on an older version than the stored one is a conflict: the newer client
 * {@code updated_at} wins and the losing version is stored as a conflict to list and resolve. Deletes are tombstones
 * and are downloaded. A change carrying a credential is rejected on its own; the rest of the batch applies.
 *
 * <p>A download page is rendered once and kept per replica ({@link DownloadPageCache}) while the user's sync epoch,
 * which the database's triggers move on every change the page could show, stays the same. On Turso that makes a
 * repeated download one round trip for the epoch and a new page two (epoch, then page).
 */
public final class SyncService {
    public static final Set<String> TYPES = Set.of("connection", "saved_query", "query_history");
    static final List<String> CREDENTIAL_FIELDS = List.of("password", "ssh_password", "ssh_key", "ssh_private_key", "private_key", "ssh_passphrase");
    static final int MAX_CHANGES = 1000;
    static final int MAX_ITEM_BYTES = 1024 * 1024;

    private record Change(int index, String changeId, String itemType, String itemId, String action, ObjectNode data,
                          long updatedAt, long baseVersion) {
    }

    private static final class Rejected extends RuntimeException {
        Rejected(String reason) {
            super(reason, null, false, false);
        }
    }

    private final Database db;
    private final SyncRepository repo;
    private final OrganizationRepository orgs;
    private final ObjectMapper json;
    private final LongSupplier clock;
    private final MeterRegistry registry;
    private final DownloadPageCache pages;
    private final DownloadBody body;

    public SyncService(Database db, SyncRepository repo, OrganizationRepository orgs, ObjectMapper json, LongSupplier clock, MeterRegistry registry,
                       DownloadPageCache pages) {
        this.db = db;
        this.pages = pages;
        this.body = new DownloadBody(json.getFactory());
        this.repo = repo;
        this.orgs = orgs;
        this.json = json;
        this.clock = clock;
        this.registry = registry;
    }

    // ---- upload ---------------------------------------------------------------------------------------------------

    public Map<String, Object> upload(Principal p, ObjectNode body, String clientVersion) {
        String deviceId = text(body, "device_id");
        if (deviceId == null || deviceId.isBlank()) throw ApiException.badRequest("device_id is required");
        if (deviceId.length() > 128) throw ApiException.badRequest("device_id must be at most 128 characters");
        JsonNode changesNode = body.get("changes");
        if (changesNode != null && !changesNode.isNull() && !changesNode.isArray()) throw ApiException.badRequest("changes must be an array");
        if (changesNode == null || changesNode.isNull() || changesNode.isEmpty()) throw ApiException.badRequest("no changes provided");
        if (changesNode.size() > MAX_CHANGES) throw ApiException.badRequest("too many changes in one upload (at most " + MAX_CHANGES + ")");

        long now = clock.getAsLong();
        List<Map<String, Object>> rejected = new ArrayList<>();
        List<Change> valid = new ArrayList<>();
        int i = 0;
        for (JsonNode n : changesNode) {
            try {
                valid.add(parse(i, n, now));
            } catch (Rejected r) {
                rejected.add(rejection(n, r.getMessage()));
                count(n.path("item_type").asText("unknown"), "rejected");
            }
            i++;
        }
        List<Map<String, Object>> applied = new ArrayList<>();
        List<Map<String, Object>> conflicts = new ArrayList<>();
        db.write(sql -> {
            for (Change c : valid) {
                sql.update("SAVEPOINT change");
                try {
                    apply(sql, p, c, deviceId, now, applied, conflicts);
                    sql.update("RELEASE change");
                } catch (Rejected | ConstraintViolationException e) {
                    sql.update("ROLLBACK TO change");
                    sql.update("RELEASE change");
                    String reason = e instanceof Rejected ? e.getMessage() : "the change conflicts with stored data";
                    rejected.add(rejection(changesNode.get(c.index()), reason));
                    count(c.itemType(), "rejected");
                }
            }
            repo.touchDevice(sql, p.userId(), deviceId, clientVersion, now);
            return null;
        });
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("success", rejected.isEmpty());
        out.put("synced_at", Ids.time(now));
        out.put("applied", applied);
        out.put("conflicts", conflicts);
        out.put("rejected", rejected);
        out.put("message", "Synced " + applied.size() + " items, " + conflicts.size() + " conflicts, " + rejected.size() + " rejected");
        return out;
    }

    private Change parse(int index, JsonNode n, long now) {
        if (!n.isObject()) throw new Rejected("a change must be a JSON object");
        String type = n.path("item_type").asText("");
        if (!TYPES.contains(type)) throw new Rejected("item_type must be connection, saved_query or query_history");
        String action = n.path("action").asText("");
        if (!Set.of("create", "update", "delete").contains(action)) throw new Rejected("action must be create, update or delete");
        JsonNode data = n.get("data");
        if (data != null && !data.isNull() && !data.isObject()) throw new Rejected("data must be a JSON object");
        if ((data == null || data.isNull()) && !action.equals("delete")) throw new Rejected("data is required for " + action);
        ObjectNode obj = data == null || data.isNull() ? json.createObjectNode() : ((ObjectNode) data).deepCopy();
        String itemId = n.path("item_id").isTextual() ? n.get("item_id").asText() : obj.path("id").isTextual() ? obj.get("id").asText() : null;
        if (itemId == null || itemId.isBlank()) throw new Rejected("item_id is required");
        if (itemId.length() > 128) throw new Rejected("item_id must be at most 128 characters");
        for (String f : CREDENTIAL_FIELDS) {
            JsonNode v = obj.get(f);
            if (v != null && !v.isNull() && !(v.isTextual() && v.asText().isEmpty())) {
                throw new Rejected("credentials are never synced: remove the '" + f + "' field (passwords and SSH keys stay on the device)");
            }
            obj.remove(f);
        }
        JsonNode vis = obj.get("visibility");
        if (vis != null && !vis.isNull() && !Set.of("personal", "shared", "").contains(vis.asText())) {
            throw new Rejected("visibility must be personal or shared");
        }
        long updatedAt = now;
        String ts = n.path("updated_at").isTextual() ? n.get("updated_at").asText() : obj.path("updated_at").isTextual() ? obj.get("updated_at").asText() : null;
        if (ts != null && !ts.isEmpty()) {
            try {
                updatedAt = OffsetDateTime.parse(ts).toInstant().toEpochMilli();
            } catch (DateTimeParseException e) {
                throw new Rejected("updated_at must be an RFC 3339 time");
            }
        }
        JsonNode sv = n.get("sync_version");
        long base = 0;
        if (sv != null && !sv.isNull()) {
            if (!sv.canConvertToLong() || !sv.isIntegralNumber() || sv.asLong() < 0) throw new Rejected("sync_version must be a non-negative integer");
            base = sv.asLong();
        }
        try {
            if (json.writeValueAsBytes(obj).length > MAX_ITEM_BYTES) throw new Rejected("data is larger than 1 MiB");
        } catch (IOException e) {
            throw new Rejected("data cannot be stored");
        }
        return new Change(index, n.path("id").asText(null), type, itemId.strip(), action, obj, updatedAt, base);
    }

    private void apply(Sql sql, Principal p, Change c, String deviceId, long now, List<Map<String, Object>> applied,
                       List<Map<String, Object>> conflicts) {
        String visibility = "personal";
        String orgId = null;
        if (!c.itemType().equals("query_history")) {
            visibility = "shared".equals(c.data().path("visibility").asText()) ? "shared" : "personal";
            orgId = c.data().path("organization_id").isTextual() && !c.data().get("organization_id").asText().isBlank()
                    ? c.data().get("organization_id").asText() : null;
            if (visibility.equals("shared") && orgId == null) throw new Rejected("a shared item needs an organization_id");
            if (orgId != null && orgs.memberRole(sql, orgId, p.userId()).isEmpty()) {
                throw new Rejected("not a member of organization " + orgId);
            }
        }
        SyncItem target = repo.findOwn(sql, p.userId(), c.itemType(), c.itemId()).orElse(null);
        if (target == null && !c.itemType().equals("query_history")) {
            Optional<SyncRepository.SharedItem> shared = repo.findShared(sql, p.userId(), c.itemType(), c.itemId());
            if (shared.isPresent()) {
                SyncItem s = shared.get().item();
                String role = shared.get().callerRole();
                if (!s.createdBy().equals(p.userId()) && !role.equals("owner") && !role.equals("admin")) {
                    throw new Rejected("insufficient permissions: only the creator or an organization owner/admin may change a shared item");
                }
                target = s;
            }
        }
        boolean delete = c.action().equals("delete");
        if (target == null) {
            if (delete) throw new Rejected("item not found");
            write(sql, c, p.userId(), p.userId(), now, now, 1, c.data(), deviceId, orgId, visibility, false);
            applied.add(appliedEntry(c, 1));
            count(c.itemType(), "applied");
            return;
        }
        if (c.itemType().equals("query_history") && !delete && !target.deleted()) {
            // history entries are immutable: re-uploading an id is a no-op
            applied.add(appliedEntry(c, target.syncVersion()));
            count(c.itemType(), "unchanged");
            return;
        }
        if (delete && target.deleted()) {
            applied.add(appliedEntry(c, target.syncVersion()));
            count(c.itemType(), "unchanged");
            return;
        }
        if (c.baseVersion() < target.syncVersion()) {
            boolean clientWins = c.updatedAt() > target.clientUpdatedAt();
            String conflictId = Ids.uuid();
            String local = version(c.data(), c.updatedAt(), c.baseVersion(), deviceId, delete);
            String remote = version(parseObject(target.data()), target.clientUpdatedAt(), target.syncVersion(), target.deviceId(), target.deleted());
            SyncRepository.Conflict conflict = new SyncRepository.Conflict(conflictId, p.userId(), target.ownerId(), c.itemType(), c.itemId(),
                    local, remote, clientWins ? "local" : "remote", now, null, null);
            repo.insertConflict(sql, conflict);
            conflicts.add(conflictJson(conflict));
            Counter.builder("howler.sync.conflicts").description("Conflicting sync changes detected, by winning side")
                    .tag("winner", conflict.winner()).register(registry).increment();
            if (!clientWins) {
                count(c.itemType(), "conflict");
                return;
            }
        }
        long version = target.syncVersion() + 1;
        ObjectNode data = delete ? parseObject(target.data()) : c.data();
        String vis = target.ownerId().equals(p.userId()) || delete ? (delete ? target.visibility() : visibility) : target.visibility();
        String org = target.ownerId().equals(p.userId()) && !delete ? orgId : target.organizationId();
        write(sql, c, target.ownerId(), target.createdBy(), target.createdAt(), now, version, data, deviceId, org, vis, delete);
        applied.add(appliedEntry(c, version));
        count(c.itemType(), "applied");
    }

    private void write(Sql sql, Change c, String ownerId, String createdBy, long createdAt, long now, long version, ObjectNode data,
                       String deviceId, String orgId, String visibility, boolean delete) {
        ObjectNode out = data.deepCopy();
        out.put("id", c.itemId());
        out.put("sync_version", version);
        out.put("updated_at", Ids.time(now));
        out.put("client_updated_at", Ids.time(c.updatedAt()));
        out.put("created_at", Ids.time(createdAt));
        out.put("user_id", ownerId);
        if (!c.itemType().equals("query_history")) {
            out.put("visibility", visibility);
            if (orgId != null) out.put("organization_id", orgId);
            else out.remove("organization_id");
        }
        long seq = repo.nextChangeSeq(sql);
        repo.upsert(sql, new SyncItem(ownerId, c.itemType(), c.itemId(), out.toString(), orgId, visibility, version, seq,
                c.updatedAt(), deviceId, createdBy, createdAt, now, delete ? Long.valueOf(now) : null));
    }

    // ---- download -------------------------------------------------------------------------------------------------

    /** The response body of a download: the page (from this replica's page cache while it is current) and its cursor. */
    public byte[] download(Principal p, String since, String limitText, String cursor, String deviceId, String clientVersion) {
        int limit = 500;
        if (limitText != null && !limitText.isBlank()) {
            try {
                limit = Integer.parseInt(limitText.strip());
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("limit must be an integer between 1 and 1000");
            }
            if (limit < 1 || limit > 1000) throw ApiException.badRequest("limit must be an integer between 1 and 1000");
        }
        long after = 0;
        if (cursor != null && !cursor.isBlank()) after = decodeCursor(cursor.strip());
        long sinceMs = 0;
        if (since != null && !since.isBlank()) {
            try {
                sinceMs = OffsetDateTime.parse(since.strip()).toInstant().toEpochMilli();
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest("Invalid since parameter (use RFC3339 format)");
            }
        }
        if (deviceId != null && deviceId.length() > 128) throw ApiException.badRequest("device_id must be at most 128 characters");
        long now = clock.getAsLong();
        DownloadPageCache.Key key = new DownloadPageCache.Key(p.userId(), after, sinceMs, limit);
        DownloadPageCache.Entry page = db.read(sql -> {
            // the epoch is read before the page: a change committed in between moves it past the kept one, so the
            // page is rendered again on the next download rather than ever being reused when out of date
            long epoch = repo.epoch(sql, p.userId()).orElse(-1L);
            DownloadPageCache.Entry kept = pages.get(key, epoch);
            if (kept != null) return kept;
            DownloadPage fresh = repo.page(sql, p.userId(), key.afterSeq(), key.sinceMillis(), key.limit());
            DownloadPageCache.Entry rendered = new DownloadPageCache.Entry(epoch, body.page(fresh), fresh.hasMore(), fresh.lastSeq());
            if (epoch >= 0) pages.put(key, rendered);
            return rendered;
        });
        if (deviceId != null && !deviceId.isBlank()) {
            db.write(sql -> {
                repo.touchDevice(sql, p.userId(), deviceId.strip(), clientVersion, now);
                return null;
            });
        }
        return DownloadBody.complete(page.body(), Ids.time(now), page.hasMore(), encodeCursor(page.lastSeq()));
    }

    static String encodeCursor(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("v1:" + seq).getBytes(StandardCharsets.UTF_8));
    }

    static long decodeCursor(String cursor) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!s.startsWith("v1:")) throw new IllegalArgumentException();
            long v = Long.parseLong(s.substring(3));
            if (v < 0) throw new IllegalArgumentException();
            return v;
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid cursor: pass back the next_cursor of the previous download");
        }
    }

    // ---- conflicts ------------------------------------------------------------------------------------------------

    public Map<String, Object> conflicts(Principal p) {
        List<Map<String, Object>> list = db.read(sql -> repo.openConflicts(sql, p.userId(), 500)).stream().map(this::conflictJson).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("conflicts", list);
        out.put("count", list.size());
        return out;
    }

    public Map<String, Object> resolve(Principal p, String conflictId, ObjectNode body) {
        String strategy = text(body, "strategy");
        if (strategy == null) strategy = text(body, "resolution");
        if (strategy == null || !Set.of("last_write_wins", "keep_both", "user_choice").contains(strategy)) {
            throw ApiException.badRequest("Invalid resolution strategy: use last_write_wins, keep_both or user_choice");
        }
        String chosen = text(body, "chosen_version");
        if (strategy.equals("user_choice") && (chosen == null || !Set.of("local", "remote").contains(chosen))) {
            throw ApiException.badRequest("chosen_version must be local or remote with user_choice");
        }
        String s = strategy;
        long now = clock.getAsLong();
        Map<String, Object> out = new LinkedHashMap<>();
        db.write(sql -> {
            SyncRepository.Conflict c = repo.findConflict(sql, p.userId(), conflictId)
                    .orElseThrow(() -> ApiException.notFound("conflict not found"));
            if (c.resolvedAt() != null) throw ApiException.conflict("conflict already resolved");
            SyncItem current = repo.findOwn(sql, c.itemOwnerId(), c.itemType(), c.itemId()).orElse(null);
            if (s.equals("user_choice") && !chosen.equals(c.winner()) && current != null) {
                ObjectNode v = parseObject(chosen.equals("local") ? c.localVersion() : c.remoteVersion());
                boolean deleted = v.path("deleted").asBoolean(false);
                ObjectNode data = v.get("data") instanceof ObjectNode o ? o : json.createObjectNode();
                Change ch = new Change(0, null, c.itemType(), c.itemId(), deleted ? "delete" : "update", data, now, current.syncVersion());
                long version = current.syncVersion() + 1;
                write(sql, ch, current.ownerId(), current.createdBy(), current.createdAt(), now, version, deleted ? parseObject(current.data()) : data,
                        "conflict-resolution", current.organizationId(), current.visibility(), deleted);
                out.put("item_id", c.itemId());
                out.put("sync_version", version);
            } else if (s.equals("keep_both")) {
                ObjectNode v = parseObject(c.winner().equals("local") ? c.remoteVersion() : c.localVersion());
                if (!v.path("deleted").asBoolean(false) && v.get("data") instanceof ObjectNode data) {
                    String copyId = c.itemId() + "-conflict-" + Ids.token(6);
                    ObjectNode copy = data.deepCopy();
                    for (String nameField : List.of("name", "title")) {
                        if (copy.path(nameField).isTextual()) copy.put(nameField, copy.get(nameField).asText() + " (conflict copy)");
                    }
                    copy.remove("organization_id");
                    copy.put("visibility", "personal");
                    Change ch = new Change(0, null, c.itemType(), copyId, "create", copy, now, 0);
                    write(sql, ch, p.userId(), p.userId(), now, now, 1, copy, "conflict-resolution", null, "personal", false);
                    out.put("copy_item_id", copyId);
                }
            }
            if (!repo.markResolved(sql, c.id(), s + (chosen != null && s.equals("user_choice") ? ":" + chosen : ""), now)) {
                throw ApiException.conflict("conflict already resolved");
            }
            return null;
        });
        Counter.builder("howler.sync.conflicts.resolved").description("Conflicts resolved by the client, by strategy")
                .tag("strategy", strategy).register(registry).increment();
        Map<String, Object> res = new LinkedHashMap<>();
        res.put("success", true);
        res.put("resolved_at", Ids.time(now));
        res.put("message", "Conflict resolved using " + strategy + " strategy");
        res.putAll(out);
        return res;
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private Map<String, Object> conflictJson(SyncRepository.Conflict c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("item_type", c.itemType());
        m.put("item_id", c.itemId());
        m.put("local_version", new RawValue(c.localVersion()));
        m.put("remote_version", new RawValue(c.remoteVersion()));
        m.put("winner", c.winner());
        m.put("detected_at", Ids.time(c.detectedAt()));
        if (c.resolvedAt() != null) {
            m.put("resolved_at", Ids.time(c.resolvedAt()));
            m.put("resolution", c.resolution());
        }
        return m;
    }

    private String version(ObjectNode data, long updatedAt, long syncVersion, String deviceId, boolean deleted) {
        ObjectNode v = json.createObjectNode();
        v.set("data", data);
        v.put("updated_at", Ids.time(updatedAt));
        v.put("sync_version", syncVersion);
        v.put("device_id", deviceId);
        v.put("deleted", deleted);
        return v.toString();
    }

    private ObjectNode parseObject(String text) {
        try {
            JsonNode n = json.readTree(text);
            return n instanceof ObjectNode o ? o : json.createObjectNode();
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private Map<String, Object> rejection(JsonNode change, String reason) {
        Map<String, Object> ch = new LinkedHashMap<>();
        // echo identifiers only: the data may hold the very credential being refused
        for (String f : List.of("id", "item_type", "item_id", "action")) {
            JsonNode v = change.get(f);
            if (v != null && v.isValueNode()) ch.put(f, v.asText());
        }
        if (!ch.containsKey("item_id") && change.path("data").path("id").isTextual()) ch.put("item_id", change.get("data").get("id").asText());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("change", ch);
        r.put("reason", reason);
        return r;
    }

    private static Map<String, Object> appliedEntry(Change c, long version) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("item_type", c.itemType());
        m.put("item_id", c.itemId());
        m.put("sync_version", version);
        return m;
    }

    private void count(String itemType, String outcome) {
        String type = TYPES.contains(itemType) ? itemType : "unknown";
        Counter.builder("howler.sync.changes").description("Uploaded sync changes by item type and outcome")
                .tag("item_type", type).tag("outcome", outcome).register(registry).increment();
    }

    private static String text(JsonNode obj, String field) {
        JsonNode v = obj.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw ApiException.badRequest(field + " must be a string");
        return v.asText();
    }

}
