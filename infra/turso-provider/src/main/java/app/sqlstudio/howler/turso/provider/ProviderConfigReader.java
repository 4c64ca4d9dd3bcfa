package app.sqlstudio.howler.turso.provider;

import app.sqlstudio.howler.turso.provider.wire.Properties;
import app.sqlstudio.howler.turso.provider.wire.PropertyWire;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import pulumirpc.Provider.ConfigureRequest;

/**
 * Turns a {@code Configure} request into a {@link ProviderConfig}.
 *
 * <p>Reads {@code args} (where secrets arrive wrapped), then the legacy {@code variables} map, then the environment
 * ({@code TURSO_API_TOKEN}, {@code TURSO_ORGANIZATION}), so a token never has to sit in stack config.
 */
public final class ProviderConfigReader {
    static final String ORGANIZATION = "organization";
    static final String API_TOKEN = "apiToken";
    static final String BASE_URL = "baseUrl";

    private final Function<String, String> env;

    public ProviderConfigReader(Function<String, String> env) {
        this.env = env;
    }

    /** Empty when some value is still unknown (a preview with computed provider inputs). */
    public Optional<ProviderConfig> read(ConfigureRequest request) {
        var args = Properties.of(request.getArgs());
        if (args.keys().stream().anyMatch(args::isUnknown)) {
            return Optional.empty();
        }
        var organization = value(args, request, ORGANIZATION).or(() -> envValue("TURSO_ORGANIZATION"));
        var token = value(args, request, API_TOKEN).or(() -> envValue("TURSO_API_TOKEN"));
        var baseUrl = value(args, request, BASE_URL);

        Map<String, String> missing = new LinkedHashMap<>();
        if (organization.isEmpty()) {
            missing.put("turso:" + ORGANIZATION, "the Turso organization slug (see `turso org list`); "
                    + "or set TURSO_ORGANIZATION");
        }
        if (token.isEmpty()) {
            missing.put("turso:" + API_TOKEN, "a Turso platform API token (`turso auth api-tokens mint <name>`); "
                    + "set it with --secret, or set TURSO_API_TOKEN");
        }
        if (!missing.isEmpty()) {
            throw new MissingConfigException(missing);
        }
        var url = baseUrl.map(URI::create).orElse(ProviderConfig.DEFAULT_BASE_URL);
        return Optional.of(new ProviderConfig(organization.get(), token.get(), url));
    }

    @SuppressWarnings("deprecation") // variables is how older engines send config; still read as a fallback
    private Optional<String> value(Properties args, ConfigureRequest request, String key) {
        var fromArgs = args.raw(key).map(PropertyWire::reveal).filter(v -> v.hasStringValue())
                .map(v -> v.getStringValue());
        var fromVariables = Optional.ofNullable(request.getVariablesMap().get("turso:config:" + key));
        return fromArgs.or(() -> fromVariables).map(String::trim).filter(s -> !s.isEmpty());
    }

    private Optional<String> envValue(String name) {
        return Optional.ofNullable(env.apply(name)).map(String::trim).filter(s -> !s.isEmpty());
    }
}
