package app.sqlstudio.howler.turso.provider;

import app.sqlstudio.howler.turso.provider.api.TursoApiException;
import com.google.protobuf.Any;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.logging.Level;
import java.util.logging.Logger;
import pulumirpc.Provider.ConfigureErrorMissingKeys;
import pulumirpc.Provider.ErrorResourceInitFailed;

/**
 * Maps every failure to the gRPC status the engine understands.
 *
 * <p>The engine reads INTERNAL, UNKNOWN and DATA_LOSS as "state unknown, maybe corrupt", so those are kept for
 * failures where that is true; a clean refusal gets a specific code and Turso's own error text.
 */
public final class GrpcErrors {
    private static final Logger LOG = Logger.getLogger(GrpcErrors.class.getName());

    private GrpcErrors() {
    }

    public static StatusRuntimeException toStatus(Throwable t) {
        if (t instanceof StatusRuntimeException s) {
            return s;
        }
        if (t instanceof ProviderException p) {
            return Status.fromCode(p.code()).withDescription(p.getMessage()).asRuntimeException();
        }
        if (t instanceof PartialFailureException p) {
            var detail = ErrorResourceInitFailed.newBuilder()
                    .setId(p.id())
                    .setProperties(p.properties())
                    .addReasons(p.getMessage())
                    .build();
            return StatusProto.toStatusRuntimeException(com.google.rpc.Status.newBuilder()
                    .setCode(Status.Code.UNKNOWN.value())
                    .setMessage(p.getMessage())
                    .addDetails(Any.pack(detail))
                    .build());
        }
        if (t instanceof MissingConfigException m) {
            var detail = ConfigureErrorMissingKeys.newBuilder();
            m.missing().forEach((name, description) -> detail.addMissingKeys(
                    ConfigureErrorMissingKeys.MissingKey.newBuilder().setName(name).setDescription(description)));
            return StatusProto.toStatusRuntimeException(com.google.rpc.Status.newBuilder()
                    .setCode(Status.Code.INVALID_ARGUMENT.value())
                    .setMessage(m.getMessage())
                    .addDetails(Any.pack(detail.build()))
                    .build());
        }
        if (t instanceof TursoApiException e) {
            return Status.fromCode(code(e.kind())).withDescription(e.getMessage()).asRuntimeException();
        }
        if (t instanceof IllegalArgumentException) {
            return Status.INVALID_ARGUMENT.withDescription(t.getMessage()).asRuntimeException();
        }
        LOG.log(Level.SEVERE, "unexpected provider failure", t);
        return Status.INTERNAL.withDescription(t.getClass().getSimpleName() + ": " + t.getMessage()).asRuntimeException();
    }

    private static Status.Code code(TursoApiException.Kind kind) {
        return switch (kind) {
            case UNAUTHORIZED -> Status.Code.UNAUTHENTICATED;
            case FORBIDDEN -> Status.Code.PERMISSION_DENIED;
            case NOT_FOUND -> Status.Code.NOT_FOUND;
            case CONFLICT -> Status.Code.ALREADY_EXISTS;
            case INVALID -> Status.Code.INVALID_ARGUMENT;
            case RATE_LIMITED -> Status.Code.RESOURCE_EXHAUSTED;
            case SERVER, NETWORK -> Status.Code.UNAVAILABLE;
            // 200 with a body we cannot read: we do not know what Turso did.
            case MALFORMED -> Status.Code.INTERNAL;
            case OTHER -> Status.Code.FAILED_PRECONDITION;
        };
    }
}
