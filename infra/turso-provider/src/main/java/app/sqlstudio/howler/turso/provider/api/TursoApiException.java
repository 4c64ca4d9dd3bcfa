package app.sqlstudio.howler.turso.provider.api;

/**
 * A failed call to the Turso Platform API: the HTTP status (0 for a network failure or a malformed reply), the
 * {@code error} text Turso returned, and what the provider was doing.
 */
public class TursoApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the call failed, in the terms the provider reacts to. */
    public enum Kind { UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, INVALID, RATE_LIMITED, SERVER, NETWORK, MALFORMED, OTHER }

    private final Kind kind;
    private final int status;
    private final String operation;
    private final String apiError;

    public TursoApiException(Kind kind, int status, String operation, String apiError, Throwable cause) {
        super(describe(kind, status, operation, apiError), cause);
        this.kind = kind;
        this.status = status;
        this.operation = operation;
        this.apiError = apiError;
    }

    public static TursoApiException malformed(String operation, String problem) {
        return new TursoApiException(Kind.MALFORMED, 0, operation, problem, null);
    }

    public static Kind kindOf(int status) {
        return switch (status) {
            case 401 -> Kind.UNAUTHORIZED;
            case 402, 403 -> Kind.FORBIDDEN;
            case 404 -> Kind.NOT_FOUND;
            case 409 -> Kind.CONFLICT;
            case 400, 422 -> Kind.INVALID;
            case 408, 429 -> Kind.RATE_LIMITED;
            default -> status >= 500 ? Kind.SERVER : Kind.OTHER;
        };
    }

    public Kind kind() {
        return kind;
    }

    public int status() {
        return status;
    }

    public String operation() {
        return operation;
    }

    public String apiError() {
        return apiError;
    }

    private static String describe(Kind kind, int status, String operation, String apiError) {
        return switch (kind) {
            case UNAUTHORIZED -> operation + ": Turso rejected the API token (HTTP 401: " + apiError + "). "
                    + TOKEN_HELP;
            case FORBIDDEN -> operation + ": the Turso API token may not do this (HTTP " + status + ": " + apiError
                    + "). Use an organization-level platform API token for this organization. " + TOKEN_HELP;
            case NETWORK -> operation + ": could not reach the Turso Platform API: " + apiError;
            case MALFORMED -> operation + ": Turso replied with a malformed body: " + apiError;
            default -> operation + ": Turso answered HTTP " + status + ": " + apiError;
        };
    }

    static final String TOKEN_HELP = "Set the API token with `pulumi config set turso:apiToken <token> --secret` "
            + "or the TURSO_API_TOKEN environment variable; mint one with `turso auth api-tokens mint <name>`.";
}
