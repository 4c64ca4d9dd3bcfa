package app.sqlstudio.howler.turso.provider;

import io.grpc.Status;

/** A clean failure the provider detected itself, with the gRPC code the engine should see. */
public final class ProviderException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Status.Code code;

    public ProviderException(Status.Code code, String message) {
        super(message);
        this.code = code;
    }

    public ProviderException(Status.Code code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public Status.Code code() {
        return code;
    }
}
