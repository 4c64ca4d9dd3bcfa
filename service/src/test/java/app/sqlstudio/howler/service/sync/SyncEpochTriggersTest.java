package app.sqlstudio.howler.service.sync;

import app.sqlstudio.howler.service.storage.Migrations;
import app.sqlstudio.howler.service.storage.SqliteDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database triggers behind the download page cache: every change a user's download could show moves that user's
 * sync epoch, whoever makes it (plain SQL here, FK cascades included), and changes the user cannot see leave it alone.
 */
class SyncEpochTriggersTest {
    @TempDir
    Path dir;
    SqliteDatabase db;
    final SyncRepository repo = SyncRepository.sql();
    final AtomicLong seq = new AtomicLong();

    @BeforeEach
    void open() {
        db = new SqliteDatabase(dir.resolve("epochs.db"), 2, null);
        new Migrations(db).apply();
        for (String u : List.of("alice", "bob", "carol", "dave")) {
            sql("INSERT INTO users(id, username, email, password_hash, created_at, updated_at) VALUES (?,?,?,?,0,0)", u, u, u + "@example.com", "x");
        }
        sql("INSERT INTO organizations(id, name, owner_id, created_at, updated_at) VALUES ('team', 'Team', 'alice', 0, 0)");
        member("alice", "owner");
        member("bob", "member");
    }

    @AfterEach
    void close() {
        db.close();
    }

    void sql(String statement, Object... params) {
        db.write(s -> s.update(statement, params));
    }

    void member(String user, String role) {
        sql("INSERT INTO organization_members(id, organization_id, user_id, role, joined_at) VALUES (?, 'team', ?, ?, 0)", "m-" + user, user, role);
    }

    void item(String owner, String id, String org, String visibility) {
        sql("INSERT INTO sync_items(owner_id, item_type, item_id, data, organization_id, visibility, sync_version, change_seq, "
                + "client_updated_at, created_by, created_at, updated_at) VALUES (?, 'connection', ?, '{}', ?, ?, 1, ?, 0, ?, 0, 0)",
                owner, id, org, visibility, seq.incrementAndGet(), owner);
    }

    Map<String, Long> epochs() {
        Map<String, Long> m = new HashMap<>();
        for (String u : List.of("alice", "bob", "carol", "dave")) db.read(s -> repo.epoch(s, u)).ifPresent(e -> m.put(u, e));
        return m;
    }

    /** Who moved between two snapshots of the epochs (users deleted in between are left out). */
    static List<String> moved(Map<String, Long> before, Map<String, Long> after) {
        return before.keySet().stream().filter(after::containsKey).filter(u -> !before.get(u).equals(after.get(u))).sorted().toList();
    }

    @Test
    void an_own_item_moves_only_its_owner() {
        var before = epochs();
        item("carol", "c1", null, "personal");
        assertThat(moved(before, epochs())).containsExactly("carol");
        before = epochs();
        sql("UPDATE sync_items SET data = '{\"a\":1}', change_seq = ? WHERE owner_id = 'carol'", seq.incrementAndGet());
        assertThat(moved(before, epochs())).containsExactly("carol");
        before = epochs();
        sql("DELETE FROM sync_items WHERE owner_id = 'carol'");
        assertThat(moved(before, epochs())).containsExactly("carol");
    }

    @Test
    void an_item_in_an_organization_moves_every_member_and_no_one_else() {
        var before = epochs();
        item("alice", "shared1", "team", "shared");
        assertThat(moved(before, epochs())).containsExactly("alice", "bob");
        before = epochs();
        // moved out of the organization: its former members must stop seeing it
        sql("UPDATE sync_items SET organization_id = NULL, visibility = 'personal' WHERE item_id = 'shared1'");
        assertThat(moved(before, epochs())).containsExactly("alice", "bob");
    }

    @Test
    void joining_leaving_and_the_deletion_of_an_organization_move_its_members() {
        item("alice", "shared1", "team", "shared");
        var before = epochs();
        member("carol", "member");
        assertThat(moved(before, epochs())).containsExactly("carol");
        before = epochs();
        sql("DELETE FROM organization_members WHERE user_id = 'bob'");
        assertThat(moved(before, epochs())).containsExactly("bob");
        before = epochs();
        sql("UPDATE organizations SET deleted_at = 1 WHERE id = 'team'");
        assertThat(moved(before, epochs())).containsExactly("alice", "carol");
        before = epochs();
        sql("UPDATE organizations SET name = 'Renamed' WHERE id = 'team'");
        assertThat(moved(before, epochs())).as("a rename changes nothing a download shows").isEmpty();
    }

    @Test
    void cascades_from_deleting_a_user_or_an_organization_move_those_who_saw_the_rows() {
        member("dave", "member");
        item("dave", "daves-shared", "team", "shared");
        var before = epochs();
        sql("DELETE FROM users WHERE id = 'dave'"); // cascades: dave's items and membership go
        assertThat(epochs()).doesNotContainKey("dave");
        assertThat(moved(before, epochs())).containsExactly("alice", "bob");
        item("alice", "shared2", "team", "shared");
        before = epochs();
        sql("DELETE FROM organizations WHERE id = 'team'"); // members cascade away, items fall back to no organization
        assertThat(moved(before, epochs())).containsExactly("alice", "bob");
    }
}
