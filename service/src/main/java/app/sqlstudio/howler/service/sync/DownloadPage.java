package app.sqlstudio.howler.service.sync;

import java.util.List;

/**
 * One page of a download as the database assembled it: the stored JSON of the live items of each type, comma-joined
 * and in change order (each is the inside of a JSON array), the tombstones, how many items the page holds and the
 * change sequence of its last item (the next cursor), and whether more items follow it.
 */
public record DownloadPage(String connections, String savedQueries, String queryHistory, List<Tombstone> deleted, int size,
                           long lastSeq, boolean hasMore) {
    /** A deleted item: what the other devices need to drop it. */
    public record Tombstone(String itemType, String itemId, long deletedAt, long syncVersion) {
    }

    public static DownloadPage empty(long afterSeq) {
        return new DownloadPage("", "", "", List.of(), 0, afterSeq, false);
    }
}
