package app.sqlstudio.howler.service.storage;

/** A storage failure. {@link #unavailable()} is true when the database could not be reached at all. */
public class DatabaseException extends RuntimeException {
    private final boolean unavailable;

    public DatabaseException(String message, Throwable cause, boolean unavailable) {
        super(message, cause);
        this.unavailable = unavailable;
    }

    public boolean unavailable() {
        return unavailable;
    }
}
