package app.sqlstudio.howler.turso.provider;

import app.sqlstudio.howler.turso.provider.api.RetryPolicy;
import app.sqlstudio.howler.turso.provider.api.TursoHttp;
import app.sqlstudio.howler.turso.provider.api.TursoPlatformClient;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of {@code pulumi-resource-turso}: the engine runs it with its own address as the last argument and
 * reads one line from stdout, the port to dial. Nothing else may ever reach stdout before that line, so all logging
 * goes to stderr.
 */
public final class TursoProviderMain {
    private TursoProviderMain() {
    }

    public static void main(String[] args) throws Exception {
        var stdout = System.out;
        System.setOut(System.err); // whatever a library prints must not corrupt the handshake
        if (engineAddress(args) == null) {
            System.err.println("usage: pulumi-resource-turso [--logtostderr] [-v=N] [--tracing <endpoint>] "
                    + "<engine-address>; got " + List.of(args));
            System.exit(1);
        }
        var provider = new TursoResourceProvider(System::getenv, TursoProviderMain::client);
        var server = TursoProviderServer.start(provider);
        announcePort(stdout, server.port());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        server.awaitTermination();
    }

    static void announcePort(PrintStream stdout, int port) {
        stdout.println(port);
        stdout.flush();
    }

    /** The engine address, after dropping the logging and tracing flags the engine may pass; null if not exactly one. */
    static String engineAddress(String[] args) {
        var rest = new ArrayList<String>();
        for (int i = 0; i < args.length; i++) {
            var a = args[i];
            if (a.equals("--tracing")) {
                i++; // its value
            } else if (!a.equals("--logtostderr") && !a.equals("--logflow") && !a.startsWith("-v=")
                    && !a.startsWith("--tracing=")) {
                rest.add(a);
            }
        }
        return rest.size() == 1 ? rest.get(0) : null;
    }

    static TursoPlatformClient client(ProviderConfig config) {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return new TursoPlatformClient(
                new TursoHttp(config.baseUrl(), config.apiToken(), http, RetryPolicy.standard(),
                        "pulumi-resource-turso/" + PluginResources.version()),
                config.organization());
    }
}
