package app.sqlstudio.howler.turso.provider;

import app.sqlstudio.howler.turso.provider.api.TursoPlatformClient;
import app.sqlstudio.howler.turso.provider.resources.ChangeKind;
import app.sqlstudio.howler.turso.provider.resources.DatabaseResource;
import app.sqlstudio.howler.turso.provider.resources.DatabaseTokenResource;
import app.sqlstudio.howler.turso.provider.resources.DiffCalculator;
import app.sqlstudio.howler.turso.provider.resources.DiffRules;
import app.sqlstudio.howler.turso.provider.resources.GroupResource;
import app.sqlstudio.howler.turso.provider.resources.ResourceHandler;
import app.sqlstudio.howler.turso.provider.wire.OutputsBuilder;
import app.sqlstudio.howler.turso.provider.wire.Properties;
import com.google.protobuf.Empty;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import pulumirpc.Plugin.PluginInfo;
import pulumirpc.Provider.CheckFailure;
import pulumirpc.Provider.CheckRequest;
import pulumirpc.Provider.CheckResponse;
import pulumirpc.Provider.ConfigureRequest;
import pulumirpc.Provider.ConfigureResponse;
import pulumirpc.Provider.CreateRequest;
import pulumirpc.Provider.CreateResponse;
import pulumirpc.Provider.DeleteRequest;
import pulumirpc.Provider.DiffRequest;
import pulumirpc.Provider.DiffResponse;
import pulumirpc.Provider.GetSchemaRequest;
import pulumirpc.Provider.GetSchemaResponse;
import pulumirpc.Provider.ProviderHandshakeRequest;
import pulumirpc.Provider.ProviderHandshakeResponse;
import pulumirpc.Provider.ReadRequest;
import pulumirpc.Provider.ReadResponse;
import pulumirpc.Provider.UpdateRequest;
import pulumirpc.Provider.UpdateResponse;
import pulumirpc.ResourceProviderGrpc;

/**
 * The {@code turso} resource provider: the gRPC service the Pulumi engine talks to.
 *
 * <p>Routes each call to the {@link ResourceHandler} of its type, does the work every resource shares (preview
 * projection, secret propagation, error mapping), and never calls Turso during a preview.
 */
public final class TursoResourceProvider extends ResourceProviderGrpc.ResourceProviderImplBase {
    private static final DiffRules CONFIG_RULES = new DiffRules(
            // Another organization holds other objects, so every resource would have to be recreated; a new token
            // or URL reaches the same ones.
            Map.of(ProviderConfigReader.ORGANIZATION, ChangeKind.REPLACE,
                    ProviderConfigReader.API_TOKEN, ChangeKind.UPDATE,
                    ProviderConfigReader.BASE_URL, ChangeKind.UPDATE),
            Set.of(), Optional.empty());

    private final ProviderConfigReader configReader;
    private final Function<ProviderConfig, TursoPlatformClient> clientFactory;
    private final Map<String, ResourceHandler> handlers;
    private volatile TursoPlatformClient client;

    /**
     * @param env           environment lookup (for TURSO_API_TOKEN, TURSO_ORGANIZATION)
     * @param clientFactory builds the API client once Configure has run; tests inject a fast retry policy
     */
    public TursoResourceProvider(Function<String, String> env,
                                 Function<ProviderConfig, TursoPlatformClient> clientFactory) {
        this.configReader = new ProviderConfigReader(env);
        this.clientFactory = clientFactory;
        var handlerList = List.<ResourceHandler>of(
                new GroupResource(this::api), new DatabaseResource(this::api), new DatabaseTokenResource(this::api));
        this.handlers = handlerList.stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(ResourceHandler::typeToken, h -> h));
    }

    // ---- plugin and provider configuration

    @Override
    public void handshake(ProviderHandshakeRequest request, StreamObserver<ProviderHandshakeResponse> out) {
        // Must match what Configure answers.
        respond(out, () -> ProviderHandshakeResponse.newBuilder()
                .setAcceptSecrets(true)
                .setAcceptResources(false)
                .setAcceptOutputs(false)
                .setSupportsAutonamingConfiguration(false)
                .build());
    }

    @Override
    public void getPluginInfo(Empty request, StreamObserver<PluginInfo> out) {
        respond(out, () -> PluginInfo.newBuilder().setVersion(PluginResources.version()).build());
    }

    @Override
    public void getSchema(GetSchemaRequest request, StreamObserver<GetSchemaResponse> out) {
        respond(out, () -> GetSchemaResponse.newBuilder().setSchema(PluginResources.schema()).build());
    }

    @Override
    public void checkConfig(CheckRequest request, StreamObserver<CheckResponse> out) {
        respond(out, () -> {
            var news = Properties.of(request.getNews());
            var response = CheckResponse.newBuilder().setInputs(request.getNews());
            if (news.has(ProviderConfigReader.BASE_URL) && !news.isUnknown(ProviderConfigReader.BASE_URL)) {
                var url = news.string(ProviderConfigReader.BASE_URL).orElse("");
                if (!url.matches("https?://\\S+")) {
                    response.addFailures(CheckFailure.newBuilder().setProperty(ProviderConfigReader.BASE_URL)
                            .setReason("turso:baseUrl is \"" + url + "\": expected an http(s) URL such as "
                                    + ProviderConfig.DEFAULT_BASE_URL));
                }
            }
            return response.build();
        });
    }

    @Override
    public void diffConfig(DiffRequest request, StreamObserver<DiffResponse> out) {
        respond(out, () -> DiffCalculator.diff(CONFIG_RULES, oldInputs(request), Properties.of(request.getNews()),
                request.getIgnoreChangesList()));
    }

    @Override
    public void configure(ConfigureRequest request, StreamObserver<ConfigureResponse> out) {
        respond(out, () -> {
            configReader.read(request).ifPresent(config -> client = clientFactory.apply(config));
            return ConfigureResponse.newBuilder()
                    .setAcceptSecrets(true)
                    .setSupportsPreview(true)
                    .setAcceptResources(false)
                    .setAcceptOutputs(false)
                    .build();
        });
    }

    @Override
    public void cancel(Empty request, StreamObserver<Empty> out) {
        respond(out, Empty::getDefaultInstance);
    }

    // ---- resources

    @Override
    public void check(CheckRequest request, StreamObserver<CheckResponse> out) {
        respond(out, () -> {
            var outcome = handler(request.getType(), request.getUrn())
                    .check(Properties.of(request.getOlds()), Properties.of(request.getNews()));
            var response = CheckResponse.newBuilder().setInputs(outcome.inputs());
            outcome.failures().forEach(f -> response.addFailures(
                    CheckFailure.newBuilder().setProperty(f.property()).setReason(f.reason())));
            return response.build();
        });
    }

    @Override
    public void diff(DiffRequest request, StreamObserver<DiffResponse> out) {
        respond(out, () -> DiffCalculator.diff(handler(request.getType(), request.getUrn()).diffRules(),
                oldInputs(request), Properties.of(request.getNews()), request.getIgnoreChangesList()));
    }

    @Override
    public void create(CreateRequest request, StreamObserver<CreateResponse> out) {
        respond(out, () -> {
            var handler = handler(request.getType(), request.getUrn());
            var inputs = Properties.of(request.getProperties());
            if (request.getPreview()) {
                var projected = OutputsBuilder.from(inputs);
                handler.computedOutputs().forEach((key, secret) -> {
                    if (secret) {
                        projected.putUnknownSecret(key);
                    } else {
                        projected.putUnknown(key);
                    }
                });
                return CreateResponse.newBuilder().setId("").setProperties(projected.build()).build();
            }
            var created = handler.create(inputs);
            return CreateResponse.newBuilder()
                    .setId(created.id())
                    .setProperties(OutputsBuilder.from(Properties.of(created.outputs())).keepSecretsOf(inputs).build())
                    .build();
        });
    }

    @Override
    public void read(ReadRequest request, StreamObserver<ReadResponse> out) {
        respond(out, () -> {
            var state = Properties.of(request.getProperties());
            var oldInputs = Properties.of(request.getInputs());
            var outcome = handler(request.getType(), request.getUrn()).read(request.getId(), state, oldInputs);
            if (outcome.isEmpty()) {
                return ReadResponse.newBuilder().setId("").build(); // gone: the engine drops it from state
            }
            var read = outcome.get();
            return ReadResponse.newBuilder()
                    .setId(read.id())
                    .setProperties(OutputsBuilder.from(Properties.of(read.outputs()))
                            .keepSecretsOf(state).keepSecretsOf(oldInputs).build())
                    .setInputs(OutputsBuilder.from(Properties.of(read.inputs())).keepSecretsOf(oldInputs).build())
                    .build();
        });
    }

    @Override
    public void update(UpdateRequest request, StreamObserver<UpdateResponse> out) {
        respond(out, () -> {
            var handler = handler(request.getType(), request.getUrn());
            var olds = Properties.of(request.getOlds());
            var news = Properties.of(request.getNews());
            var oldInputs = Properties.of(request.getOldInputs());
            if (request.getPreview()) {
                // Computed outputs keep their current values; inputs take their new ones (unknown ones included).
                var projected = OutputsBuilder.from(news);
                handler.computedOutputs().keySet().forEach(key -> projected.copy(olds, key));
                return UpdateResponse.newBuilder().setProperties(projected.build()).build();
            }
            var outputs = handler.update(request.getId(), olds, oldInputs, news);
            return UpdateResponse.newBuilder()
                    .setProperties(OutputsBuilder.from(Properties.of(outputs)).keepSecretsOf(news).build())
                    .build();
        });
    }

    @Override
    public void delete(DeleteRequest request, StreamObserver<Empty> out) {
        respond(out, () -> {
            handler(request.getType(), request.getUrn()).delete(request.getId(), Properties.of(request.getProperties()));
            return Empty.getDefaultInstance();
        });
    }

    // ---- plumbing

    private TursoPlatformClient api() {
        var configured = client;
        if (configured == null) {
            throw new ProviderException(Status.Code.FAILED_PRECONDITION, "the turso provider is not configured: "
                    + "set turso:organization and turso:apiToken (or TURSO_API_TOKEN)");
        }
        return configured;
    }

    private ResourceHandler handler(String type, String urn) {
        var token = ResourceTypes.of(type, urn);
        var handler = handlers.get(token);
        if (handler == null) {
            throw new ProviderException(Status.Code.INVALID_ARGUMENT,
                    "unknown resource type " + token + "; this provider knows " + handlers.keySet());
        }
        return handler;
    }

    /** Old checked inputs; state written by an engine that did not send them falls back to the old outputs. */
    private static Properties oldInputs(DiffRequest request) {
        return request.hasOldInputs() ? Properties.of(request.getOldInputs()) : Properties.of(request.getOlds());
    }

    private static <T> void respond(StreamObserver<T> out, Callable<T> body) {
        T result;
        try {
            result = body.call();
        } catch (Throwable t) {
            out.onError(GrpcErrors.toStatus(t));
            return;
        }
        out.onNext(result);
        out.onCompleted();
    }
}
