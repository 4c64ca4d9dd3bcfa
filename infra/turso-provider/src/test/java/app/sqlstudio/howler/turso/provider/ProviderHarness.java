package app.sqlstudio.howler.turso.provider;

import app.sqlstudio.howler.turso.provider.api.RetryPolicy;
import app.sqlstudio.howler.turso.provider.api.TursoHttp;
import app.sqlstudio.howler.turso.provider.api.TursoPlatformClient;
import com.google.protobuf.Struct;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import pulumirpc.Provider.CheckRequest;
import pulumirpc.Provider.CheckResponse;
import pulumirpc.Provider.ConfigureRequest;
import pulumirpc.Provider.CreateRequest;
import pulumirpc.Provider.CreateResponse;
import pulumirpc.Provider.DeleteRequest;
import pulumirpc.Provider.DiffRequest;
import pulumirpc.Provider.DiffResponse;
import pulumirpc.Provider.ReadRequest;
import pulumirpc.Provider.ReadResponse;
import pulumirpc.Provider.UpdateRequest;
import pulumirpc.Provider.UpdateResponse;
import pulumirpc.ResourceProviderGrpc;

/**
 * The provider served over real gRPC on a loopback port, talking to a {@link FakeTursoApi}; calls made the way the
 * engine makes them. Retries sleep on a recording clock, so they cost no time.
 */
final class ProviderHarness implements AutoCloseable {
    static final String GROUP = "turso:index:Group";
    static final String DATABASE = "turso:index:Database";
    static final String TOKEN = "turso:index:DatabaseToken";

    final FakeTursoApi api;
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    final ResourceProviderGrpc.ResourceProviderBlockingStub stub;
    private final TursoProviderServer server;
    private final ManagedChannel channel;

    ProviderHarness() throws Exception {
        this(Map.of());
    }

    ProviderHarness(Map<String, String> env) throws Exception {
        api = new FakeTursoApi();
        var retry = new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(8), sleeps::add, () -> 0.0);
        var http = HttpClient.newHttpClient();
        var provider = new TursoResourceProvider(env::get, config -> new TursoPlatformClient(
                new TursoHttp(config.baseUrl(), config.apiToken(), http, retry, "test"), config.organization()));
        server = TursoProviderServer.start(provider);
        channel = NettyChannelBuilder.forAddress("127.0.0.1", server.port()).usePlaintext().build();
        stub = ResourceProviderGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS);
    }

    /** Configure as the engine does: args with the token as a secret, all four accept flags set. */
    ProviderHarness configure() {
        return configure(Structs.of("organization", FakeTursoApi.ORG, "apiToken", Structs.secret(FakeTursoApi.TOKEN),
                "baseUrl", api.baseUrl().toString(), "version", "0.1.0"));
    }

    ProviderHarness configure(Struct args) {
        stub.configure(ConfigureRequest.newBuilder().setArgs(args)
                .setAcceptSecrets(true).setAcceptResources(true).setSendsOldInputs(true).setSendsOldInputsToDelete(true)
                .build());
        return this;
    }

    static String urn(String type, String name) {
        return "urn:pulumi:test::howler::" + type + "::" + name;
    }

    CheckResponse check(String type, Struct olds, Struct news) {
        return stub.check(CheckRequest.newBuilder().setUrn(urn(type, "r")).setType(type).setName("r")
                .setOlds(olds).setNews(news).build());
    }

    /** Check that must pass; returns the checked inputs. */
    Struct checked(String type, Struct news) {
        var response = check(type, Struct.getDefaultInstance(), news);
        if (response.getFailuresCount() > 0) {
            throw new AssertionError("check failed: " + response.getFailuresList());
        }
        return response.getInputs();
    }

    DiffResponse diff(String type, String id, Struct olds, Struct oldInputs, Struct news) {
        return stub.diff(DiffRequest.newBuilder().setUrn(urn(type, "r")).setType(type).setName("r").setId(id)
                .setOlds(olds).setOldInputs(oldInputs).setNews(news).build());
    }

    CreateResponse create(String type, Struct inputs, boolean preview) {
        return stub.create(CreateRequest.newBuilder().setUrn(urn(type, "r")).setType(type).setName("r")
                .setProperties(inputs).setPreview(preview).build());
    }

    ReadResponse read(String type, String id, Struct state, Struct inputs) {
        return stub.read(ReadRequest.newBuilder().setUrn(urn(type, "r")).setType(type).setName("r").setId(id)
                .setProperties(state).setInputs(inputs).build());
    }

    UpdateResponse update(String type, String id, Struct olds, Struct oldInputs, Struct news, boolean preview) {
        return stub.update(UpdateRequest.newBuilder().setUrn(urn(type, "r")).setType(type).setName("r").setId(id)
                .setOlds(olds).setOldInputs(oldInputs).setNews(news).setPreview(preview).build());
    }

    void delete(String type, String id, Struct state) {
        stub.delete(DeleteRequest.newBuilder().setUrn(urn(type, "r")).setType(type).setName("r").setId(id)
                .setProperties(state).build());
    }

    @Override
    public void close() {
        channel.shutdownNow();
        server.close();
        api.close();
    }
}
