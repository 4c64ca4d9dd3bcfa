package app.sqlstudio.howler.stack.addons;

/**
 * The Prometheus series the {@code service} module exports (see service/README.md), in one place so the alerts and
 * the dashboard cannot drift from what the backend really emits (the original's alerts queried names nobody exported).
 */
public final class ServiceMetrics {

    /** Micrometer timer {@code http.server.requests}: tags {@code method}, {@code route}, {@code status}. */
    public static final String HTTP_REQUESTS = "http_server_requests_seconds";
    /** Timer of every SQL statement: tags {@code operation}, {@code outcome}. */
    public static final String DB_QUERIES = "howler_db_query_seconds";
    /** Counter of failed attempts to reach the database. */
    public static final String DB_CONNECTION_FAILURES = "howler_db_connection_failures_total";

    private ServiceMetrics() {
    }
}
