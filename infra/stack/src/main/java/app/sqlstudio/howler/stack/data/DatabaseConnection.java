package app.sqlstudio.howler.stack.data;

import com.pulumi.core.Output;
import java.util.Objects;

/** How the backend reaches its database: Turso over the network, or an embedded SQLite file on a volume. */
public sealed interface DatabaseConnection {

    /** A Turso database: its {@code libsql://} URL and an auth token (a secret the app's Secret carries). */
    record Turso(Output<String> url, Output<String> token) implements DatabaseConnection {
        public Turso {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(token, "token");
        }
    }

    /**
     * An SQLite file on a PersistentVolumeClaim, mounted at {@link #MOUNT_PATH} in every pod that opens it (the
     * service's own image declares {@code /data} writable for this). Several processes share the file through SQLite's
     * locks, which hold only within one node's kernel unless the volume is shared storage with working locks.
     *
     * @param claimName  the claim the pods mount
     * @param singleNode true for a ReadWriteOnce claim: every pod using it must be scheduled on one node
     */
    record Sqlite(String claimName, boolean singleNode) implements DatabaseConnection {
        public static final String MOUNT_PATH = "/data";
        public static final String FILE = MOUNT_PATH + "/howler.db";

        public Sqlite {
            Objects.requireNonNull(claimName, "claimName");
        }

        /** The service's {@code TURSO_URL} for an embedded file. */
        public String url() {
            return "file:" + FILE;
        }
    }
}
