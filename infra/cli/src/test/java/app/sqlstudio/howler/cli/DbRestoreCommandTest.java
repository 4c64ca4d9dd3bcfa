package app.sqlstudio.howler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code howler db restore} against an in-test Turso Platform API and Hrana endpoint. */
class DbRestoreCommandTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    Path project;
    StandInPulumi pulumi;
    HttpServer turso;
    String host;
    final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    final Map<String, JsonNode> bodies = Collections.synchronizedMap(new HashMap<>());
    /** Tables and row counts each database answers with, keyed by the token minted for it. */
    final Map<String, Map<String, Long>> tables = new HashMap<>();

    @BeforeEach
    void setUp() throws Exception {
        project = CliRun.project(Files.createDirectories(tmp.resolve("project")));
        Path prod = project.resolve("Pulumi.prod.yaml");
        String text = Files.readString(prod);
        if (!text.contains("turso:organization")) {
            text += "\n  turso:organization: howlerops\n  howler:tursoGroup: sql-studio\n  howler:tursoDatabaseName: sql-studio-production\n";
        }
        Files.writeString(prod, text);
        pulumi = StandInPulumi.create(tmp);
        turso = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        host = "127.0.0.1:" + turso.getAddress().getPort();
        tables.put("jwt-sql-studio-production", new java.util.LinkedHashMap<>(Map.of("schema_migrations", 7L, "users", 120L)));
        tables.put("jwt-sql-studio-production-r20261125-0930", new java.util.LinkedHashMap<>(Map.of("schema_migrations", 7L, "users", 118L)));
        turso.createContext("/", this::handle);
        turso.start();
    }

    @AfterEach
    void tearDown() {
        turso.stop(0);
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        String method = x.getRequestMethod();
        byte[] in = x.getRequestBody().readAllBytes();
        requests.add(method + " " + x.getRequestURI());
        String auth = String.valueOf(x.getRequestHeaders().getFirst("Authorization"));
        String response;
        int status = 200;
        if (path.equals("/v2/pipeline")) {
            JsonNode body = JSON.readTree(in);
            Map<String, Long> db = tables.get(auth.replace("Bearer ", ""));
            StringBuilder results = new StringBuilder();
            for (JsonNode r : body.get("requests")) {
                if (results.length() > 0) {
                    results.append(',');
                }
                if (r.get("type").asText().equals("close")) {
                    results.append("{\"type\":\"ok\",\"response\":{\"type\":\"close\"}}");
                    continue;
                }
                String sql = r.at("/stmt/sql").asText();
                List<String> rows = new ArrayList<>();
                if (sql.contains("sqlite_master")) {
                    db.keySet().stream().sorted().forEach(t -> rows.add("[{\"type\":\"text\",\"value\":\"" + t + "\"}]"));
                } else if (sql.contains("MAX(version)")) {
                    rows.add("[{\"type\":\"integer\",\"value\":\"" + db.get("schema_migrations") + "\"}]");
                } else {
                    String table = sql.replaceAll(".*FROM \"(.*)\"", "$1");
                    rows.add("[{\"type\":\"integer\",\"value\":\"" + db.get(table) + "\"}]");
                }
                results.append("{\"type\":\"ok\",\"response\":{\"type\":\"execute\",\"result\":{\"cols\":[],\"rows\":[")
                        .append(String.join(",", rows)).append("]}}}");
            }
            response = "{\"baton\":null,\"base_url\":null,\"results\":[" + results + "]}";
        } else if (!auth.equals("Bearer platform-token")) {
            status = 401;
            response = "{\"error\":\"invalid token\"}";
        } else if (method.equals("GET") && path.startsWith("/v1/organizations/howlerops/databases/")) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            response = "{\"database\":{\"Name\":\"" + name + "\",\"DbId\":\"id\",\"Hostname\":\"" + host + "\",\"group\":\"sql-studio\"}}";
        } else if (method.equals("POST") && path.equals("/v1/organizations/howlerops/databases")) {
            JsonNode body = JSON.readTree(in);
            bodies.put("create", body);
            response = "{\"database\":{\"DbId\":\"new\",\"Hostname\":\"" + host + "\",\"Name\":\"" + body.get("name").asText() + "\"}}";
        } else if (method.equals("POST") && path.endsWith("/auth/tokens")) {
            String db = path.replaceAll(".*/databases/([^/]+)/auth/tokens", "$1");
            response = "{\"jwt\":\"jwt-" + db + "\"}";
        } else if (method.equals("DELETE")) {
            response = "{\"database\":\"" + path.substring(path.lastIndexOf('/') + 1) + "\"}";
        } else {
            status = 404;
            response = "{\"error\":\"not found\"}";
        }
        byte[] out = response.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, out.length);
        x.getResponseBody().write(out);
        x.close();
    }

    Map<String, String> env() {
        Map<String, String> env = new HashMap<>(pulumi.env());
        env.put("TURSO_API_TOKEN", "platform-token");
        env.put("HOWLER_TURSO_API_URL", "http://" + host);
        return env;
    }

    @Test
    void restore_creates_a_seeded_database_checks_it_and_points_the_stack_at_it() throws Exception {
        CliRun run = CliRun.in(env(), "db", "restore", "prod", "--at", "2026-11-25T09:30:00Z", "--confirm", "prod", "--cwd", project.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        JsonNode create = bodies.get("create");
        assertThat(create.get("name").asText()).isEqualTo("sql-studio-production-r20261125-0930");
        assertThat(create.get("group").asText()).isEqualTo("sql-studio");
        assertThat(create.at("/seed/type").asText()).isEqualTo("database");
        assertThat(create.at("/seed/name").asText()).isEqualTo("sql-studio-production");
        assertThat(create.at("/seed/timestamp").asText()).isEqualTo("2026-11-25T09:30:00Z");
        assertThat(requests).anyMatch(r -> r.contains("/auth/tokens?expiration=1h&authorization=read-only"));
        assertThat(run.out()).containsPattern("schema version\\s+7\\s+7").containsPattern("users\\s+118\\s+120")
                .contains("Check passed", "howler up prod", "--finalize");
        assertThat(pulumi.calls("config set")).anyMatch(c -> c.contains("howler:tursoDatabaseName") && c.contains("sql-studio-production-r20261125-0930"))
                .anyMatch(c -> c.contains("howler:tursoRestoredFrom") && c.contains("sql-studio-production"));
        assertThat(requests).noneMatch(r -> r.startsWith("DELETE"));
    }

    @Test
    void a_restore_without_schema_fails_its_check_and_leaves_the_stack_alone() {
        tables.put("jwt-sql-studio-production-r20261125-0930", new java.util.LinkedHashMap<>());
        CliRun run = CliRun.in(env(), "db", "restore", "prod", "--at", "2026-11-25T09:30:00Z", "--confirm", "prod", "--cwd", project.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(run.err()).contains("failed its check", "was NOT switched", "turso db destroy sql-studio-production-r20261125-0930");
        assertThat(pulumi.calls("config set")).isEmpty();
    }

    @Test
    void restore_refuses_without_token_confirmation_or_a_past_time() {
        Map<String, String> noToken = new HashMap<>(env());
        noToken.remove("TURSO_API_TOKEN");
        assertThat(CliRun.in(noToken, "db", "restore", "prod", "--at", "2026-11-25T09:30:00Z", "--confirm", "prod", "--cwd", project.toString()).err())
                .contains("TURSO_API_TOKEN is not set", "turso auth api-tokens mint");
        CliRun unconfirmed = CliRun.in(env(), "db", "restore", "prod", "--at", "2026-11-25T09:30:00Z", "--cwd", project.toString());
        assertThat(unconfirmed.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unconfirmed.err()).contains("--confirm prod");
        assertThat(CliRun.in(env(), "db", "restore", "prod", "--at", "2027-01-01T00:00:00Z", "--confirm", "prod", "--cwd", project.toString()).err())
                .contains("not in the past");
        assertThat(CliRun.in(env(), "db", "restore", "prod", "--at", "yesterday", "--confirm", "prod", "--cwd", project.toString()).exitCode())
                .isEqualTo(ExitCode.USAGE);
        assertThat(requests).isEmpty();
    }

    @Test
    void a_bad_platform_token_names_the_fix() {
        Map<String, String> env = new HashMap<>(env());
        env.put("TURSO_API_TOKEN", "expired");
        CliRun run = CliRun.in(env, "db", "restore", "prod", "--at", "2026-11-25T09:30:00Z", "--confirm", "prod", "--cwd", project.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(run.err()).contains("401", "turso auth api-tokens mint howler");
    }

    @Test
    void finalize_deletes_the_replaced_database_once_the_stack_uses_the_new_one() throws Exception {
        Path prod = project.resolve("Pulumi.prod.yaml");
        Files.writeString(prod, Files.readString(prod).replace("howler:tursoDatabaseName: sql-studio-production",
                "howler:tursoDatabaseName: sql-studio-production-r20261125-0930\n  howler:tursoRestoredFrom: sql-studio-production"));
        CliRun run = CliRun.in(env(), "db", "restore", "prod", "--finalize", "--confirm", "prod", "--cwd", project.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(requests).contains("DELETE /v1/organizations/howlerops/databases/sql-studio-production");
        assertThat(pulumi.calls("config rm")).singleElement().asString().contains("howler:tursoRestoredFrom");
        assertThat(run.out()).contains("Deleted sql-studio-production");
    }
}
