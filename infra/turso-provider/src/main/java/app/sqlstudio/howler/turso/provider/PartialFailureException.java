package app.sqlstudio.howler.turso.provider;

import com.google.protobuf.Struct;

/**
 * The object exists in Turso but a later step failed (e.g. adding a location after creating the group). The engine
 * records {@code id} and {@code properties} in state, so the next {@code up} finishes the job instead of failing
 * with 409.
 */
public final class PartialFailureException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String id;
    private final transient Struct properties;

    public PartialFailureException(String id, Struct properties, String reason, Throwable cause) {
        super(reason, cause);
        this.id = id;
        this.properties = properties;
    }

    public String id() {
        return id;
    }

    public Struct properties() {
        return properties;
    }
}
