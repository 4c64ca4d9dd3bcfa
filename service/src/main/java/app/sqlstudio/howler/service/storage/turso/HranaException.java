package app.sqlstudio.howler.service.storage.turso;

/**
 * A failure reported by a Hrana server. {@link #httpStatus()} is 200 for an SQL error reported inside the pipeline
 * results, or the HTTP status of a protocol/auth failure; {@link #code()} is the Hrana error code when one was given
 * (for example {@code SQLITE_CONSTRAINT}, {@code STREAM_EXPIRED}), else null. Status 0 means the server was not reached.
 */
public class HranaException extends RuntimeException {
    private final int httpStatus;
    private final String code;

    public HranaException(int httpStatus, String code, String message, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.code = code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String code() {
        return code;
    }

    /** True when the statement failed in SQL (the stream is still open), false for transport or protocol failures. */
    public boolean isSqlError() {
        return httpStatus == 200;
    }
}
