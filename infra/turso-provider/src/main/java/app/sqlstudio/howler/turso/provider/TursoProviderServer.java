package app.sqlstudio.howler.turso.provider;

import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/** The provider served over gRPC on an ephemeral IPv4 loopback port, where the engine dials it. */
public final class TursoProviderServer implements AutoCloseable {
    /** The engine allows messages up to 400 MiB; match it so large state never fails on our side. */
    private static final int MAX_MESSAGE_BYTES = 400 * 1024 * 1024;

    private final Server server;

    private TursoProviderServer(Server server) {
        this.server = server;
    }

    public static TursoProviderServer start(TursoResourceProvider provider) throws IOException {
        var server = NettyServerBuilder
                .forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .maxInboundMessageSize(MAX_MESSAGE_BYTES)
                .addService(provider)
                .build()
                .start();
        return new TursoProviderServer(server);
    }

    public int port() {
        return server.getPort();
    }

    public void awaitTermination() throws InterruptedException {
        server.awaitTermination();
    }

    /** Lets in-flight calls finish for up to 30 s, then stops. */
    @Override
    public void close() {
        server.shutdown();
        try {
            if (!server.awaitTermination(30, TimeUnit.SECONDS)) {
                server.shutdownNow();
            }
        } catch (InterruptedException e) {
            server.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
