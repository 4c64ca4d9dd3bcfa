package app.sqlstudio.howler.turso.provider.resources;

import app.sqlstudio.howler.turso.provider.ProviderException;
import app.sqlstudio.howler.turso.provider.api.TursoApiException;
import io.grpc.Status;

/**
 * Words a 409 on create. The provider never adopts the existing object silently: that would put someone else's
 * database under this stack's control, and its destroy.
 */
final class NameConflicts {
    private NameConflicts() {
    }

    static RuntimeException explain(TursoApiException e, String what, String name) {
        if (e.kind() != TursoApiException.Kind.CONFLICT) {
            return e;
        }
        return new ProviderException(Status.Code.ALREADY_EXISTS, "a Turso " + what + " named \"" + name
                + "\" already exists in this organization (Turso: " + e.apiError() + "). Pick another name, or adopt "
                + "it with `pulumi import " + (what.equals("group") ? GroupResource.TYPE : DatabaseResource.TYPE)
                + " <resource name> " + name + "`.", e);
    }
}
