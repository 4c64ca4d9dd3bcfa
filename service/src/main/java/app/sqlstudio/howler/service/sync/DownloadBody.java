package app.sqlstudio.howler.service.sync;

import app.sqlstudio.howler.service.util.Ids;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The body of a download response, in two parts: the page ({@code connections}, {@code saved_queries},
 * {@code query_history}, {@code deleted}), rendered once and reusable while the page is, and the fields of this one
 * response ({@code sync_timestamp}, {@code has_more}, {@code next_cursor}) appended to it.
 */
final class DownloadBody {
    private final JsonFactory factory;

    DownloadBody(JsonFactory factory) {
        this.factory = factory;
    }

    /** The page as an unclosed JSON object: {@code {"connections":[...],...,"deleted":[...]}} without its final brace. */
    byte[] page(DownloadPage page) {
        int size = page.connections().length() + page.savedQueries().length() + page.queryHistory().length() + 128 * page.deleted().size() + 128;
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.writeStartObject();
            rawArray(g, "connections", page.connections());
            rawArray(g, "saved_queries", page.savedQueries());
            rawArray(g, "query_history", page.queryHistory());
            g.writeArrayFieldStart("deleted");
            for (DownloadPage.Tombstone t : page.deleted()) {
                g.writeStartObject();
                g.writeStringField("item_type", t.itemType());
                g.writeStringField("item_id", t.itemId());
                g.writeStringField("deleted_at", Ids.time(t.deletedAt()));
                g.writeNumberField("sync_version", t.syncVersion());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] closed = out.toByteArray();
        return Arrays.copyOf(closed, closed.length - 1);
    }

    /**
     * The whole body: the page and this response's fields. Those are written as they are: an ISO-8601 instant, a
     * boolean and a base64url cursor hold no character JSON would escape.
     */
    static byte[] complete(byte[] page, String syncTimestamp, boolean hasMore, String nextCursor) {
        byte[] tail = (",\"sync_timestamp\":\"" + syncTimestamp + "\",\"has_more\":" + hasMore + ",\"next_cursor\":\"" + nextCursor + "\"}")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] body = Arrays.copyOf(page, page.length + tail.length);
        System.arraycopy(tail, 0, body, page.length, tail.length);
        return body;
    }

    /** The stored items' JSON, already comma-joined, written as an array without being parsed again. */
    private static void rawArray(JsonGenerator g, String field, String joined) throws IOException {
        g.writeArrayFieldStart(field);
        g.writeRaw(joined);
        g.writeEndArray();
    }
}
