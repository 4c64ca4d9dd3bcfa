package app.sqlstudio.howler.service.sync;

import app.sqlstudio.howler.service.http.Json;
import app.sqlstudio.howler.service.http.Requests;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.ContentType;
import io.javalin.http.Context;

/** {@code /api/sync}: upload, download, conflicts, resolve. All scoped to the caller. */
public final class SyncHandler {
    private final SyncService sync;
    private final ObjectMapper json;

    public SyncHandler(SyncService sync, ObjectMapper json) {
        this.sync = sync;
        this.json = json;
    }

    public void upload(Context ctx) {
        ctx.json(sync.upload(Requests.principal(ctx), Json.object(ctx, json), ctx.header("X-Client-Version")));
    }

    public void download(Context ctx) {
        ctx.contentType(ContentType.APPLICATION_JSON).result(sync.download(Requests.principal(ctx), ctx.queryParam("since"), ctx.queryParam("limit"), ctx.queryParam("cursor"),
                ctx.queryParam("device_id"), ctx.header("X-Client-Version")));
    }

    public void conflicts(Context ctx) {
        ctx.json(sync.conflicts(Requests.principal(ctx)));
    }

    public void resolve(Context ctx) {
        ctx.json(sync.resolve(Requests.principal(ctx), ctx.pathParam("id"), Json.object(ctx, json)));
    }
}
