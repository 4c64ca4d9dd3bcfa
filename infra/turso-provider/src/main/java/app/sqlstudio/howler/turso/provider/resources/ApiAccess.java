package app.sqlstudio.howler.turso.provider.resources;

import app.sqlstudio.howler.turso.provider.api.TursoPlatformClient;

/** Hands resources the configured Turso client, or fails with a clear message when Configure has not run. */
@FunctionalInterface
public interface ApiAccess {
    TursoPlatformClient client();
}
