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
        } else if (method.equals("PATCH") && path.endsWith("/configuration")) {
            bodies.put("configure " + path.replaceAll(".*/databases/([^/]+)/configuration", "$1"), JSON.readTree(in));
            response = "{\"delete_protection\":true}";
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
        // prod is protected: the new database gets Turso's delete protection after the check and before the switch,
        // so the program's import (deleteProtection: true) matches what the provider reads
        assertThat(bodies.get("configure sql-studio-production-r20261125-0930").toString()).isEqualTo("{\"delete_protection\":true}");
        assertThat(requests.indexOf("PATCH /v1/organizations/howlerops/databases/sql-studio-production-r20261125-0930/configuration"))
                .isGreaterThan(requests.indexOf(requests.stream().filter(r -> r.startsWith("POST /v2/pipeline")).reduce((a, b) -> b).orElseThrow()));
        assertThat(pulumi.calls()).noneMatch(c -> c.startsWith("up") || c.startsWith("preview"));
    }

    @Test
    void the_config_restore_writes_is_valid_and_plans_the_import_of_the_restored_database() throws Exception {
        CliRun run = CliRun.in(env(), "db", "restore", "prod", "--at", "2026-11-25T09:30:00Z", "--confirm", "prod", "--cwd", project.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        // the stand-in does not write the file: apply what restore set, as the engine would
        Path prod = project.resolve("Pulumi.prod.yaml");
        Files.writeString(prod, Files.readString(prod).replace("howler:tursoDatabaseName: sql-studio-production",
                "howler:tursoDatabaseName: sql-studio-production-r20261125-0930\n  howler:tursoRestoredFrom: sql-studio-production"));
        CliRun plan = CliRun.in(env(), "plan", "prod", "--format", "json", "--cwd", project.toString());
        assertThat(plan.exitCode()).as(plan.err()).isZero();
        JsonNode databases = JSON.readTree(plan.out()).get("resources");
        List<String> names = new ArrayList<>();
        databases.forEach(r -> {
            if (r.get("type").asText().equals("turso:index:Database")) {
                names.add(r.get("name").asText() + " protect=" + r.get("protect").asBoolean());
            }
        });
        assertThat(names).containsExactlyInAnyOrder("turso-database-sql-studio-production protect=true",
                "turso-database-sql-studio-production-r20261125-0930 protect=true");
        assertThat(JSON.readTree(plan.out()).at("/summary/violations/mandatory").asInt()).isZero();
    }

    @Test
    void a_second_restore_while_one_is_pending_is_refused() throws Exception {
        Path prod = project.resolve("Pulumi.prod.yaml");
        Files.writeString(prod, Files.readString(prod).replace("howler:tursoDatabaseName: sql-studio-production",
                "howler:tursoDatabaseName: sql-studio-production-r20261125-0930\n  howler:tursoRestoredFrom: sql-studio-production"));
        CliRun run = CliRun.in(env(), "db", "restore", "prod", "--at", "2026-11-25T10:30:00Z", "--confirm", "prod", "--cwd", project.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("is pending", "--finalize");
        assertThat(requests).isEmpty();
        assertThat(pulumi.calls()).isEmpty();
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
        CliRun unconfirmed = CliRun.inCi(env(), "db", "restore", "prod", "--at", "2026-11-25T09:30:00Z", "--cwd", project.toString());
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

    static final String RESTORED = "sql-studio-production-r20261125-0930";
    static final String OLD_URN = "urn:pulumi:prod::howlerops::howler:infra:TursoDatabase$turso:index:Database::"
            + "turso-database-sql-studio-production";

    /** Prod as restore left it, after the switching `howler up`. */
    void switched() throws IOException {
        Path prod = project.resolve("Pulumi.prod.yaml");
        Files.writeString(prod, Files.readString(prod).replace("howler:tursoDatabaseName: sql-studio-production",
                "howler:tursoDatabaseName: " + RESTORED + "\n  howler:tursoRestoredFrom: sql-studio-production"));
        pulumi.stdout("stack-output", "{\"tursoDatabaseUrl\":\"libsql://" + RESTORED + "-howlerops.turso.io\"}");
        pulumi.events("up", new StandInPulumi.Events("prod").prelude()
                .step("update", "turso:index:Database", "turso-database-sql-studio-production", "deleteProtection")
                .summary(3, UpCommandTest.changes("update", 1)).lines());
    }

    @Test
    void finalize_lifts_the_protection_in_one_targeted_update_then_lets_pulumi_delete_the_replaced_database() throws Exception {
        switched();
        CliRun run = CliRun.in(env(), "db", "restore", "prod", "--finalize", "--confirm", "prod", "--cwd", project.toString());
        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        List<String> calls = pulumi.calls();
        // 1: tursoFinalizeRestore set, an update of that database alone (protect and delete protection off)
        int set = indexOf(calls, c -> c.startsWith("config set") && c.contains("howler:tursoFinalizeRestore") && c.contains("true"));
        List<String> ups = pulumi.calls("up");
        assertThat(ups).hasSize(2).allSatisfy(up -> assertThat(up).contains("--target " + OLD_URN).contains("--yes"));
        int firstUp = calls.indexOf(ups.get(0));
        // 2: both keys removed, then an update in which the program no longer declares it: the engine deletes it
        int rmFrom = indexOf(calls, c -> c.startsWith("config rm") && c.contains("howler:tursoRestoredFrom"));
        int rmFinalize = indexOf(calls, c -> c.startsWith("config rm") && c.contains("howler:tursoFinalizeRestore"));
        int secondUp = calls.lastIndexOf(ups.get(1));
        assertThat(set).isLessThan(firstUp);
        assertThat(firstUp).isLessThan(rmFrom).isLessThan(rmFinalize);
        assertThat(Math.max(rmFrom, rmFinalize)).isLessThan(secondUp);
        // never behind Pulumi's back, and no Turso token needed
        assertThat(requests).isEmpty();
        assertThat(run.out()).contains("Lifting the protection of sql-studio-production", "Deleting sql-studio-production",
                "Deleted sql-studio-production; stack prod runs on " + RESTORED);
    }

    @Test
    void finalize_needs_no_turso_token_and_an_unprotected_stack_needs_one_update() throws Exception {
        switched();
        Path prod = project.resolve("Pulumi.prod.yaml");
        Files.writeString(project.resolve("Pulumi.staging.yaml"), Files.readString(prod)
                .replace("howler:protect: true", "howler:protect: false").replace("howler:environment: production", "howler:environment: staging"));
        Map<String, String> env = new HashMap<>(env());
        env.remove("TURSO_API_TOKEN");
        CliRun run = CliRun.in(env, "db", "restore", "staging", "--finalize", "--yes", "--cwd", project.toString());
        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        assertThat(pulumi.calls("up")).singleElement().asString().contains("--target " + OLD_URN.replace(":prod::", ":staging::"));
        assertThat(pulumi.calls("config set")).isEmpty();
        assertThat(pulumi.calls("config rm")).singleElement().asString().contains("howler:tursoRestoredFrom");
    }

    @Test
    void finalize_refuses_before_the_app_was_switched_or_without_a_pending_restore() throws Exception {
        CliRun nothing = CliRun.in(env(), "db", "restore", "prod", "--finalize", "--confirm", "prod", "--cwd", project.toString());
        assertThat(nothing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(nothing.err()).contains("Nothing to finalize");

        switched();
        pulumi.stdout("stack-output", "{\"tursoDatabaseUrl\":\"libsql://sql-studio-production-howlerops.turso.io\"}");
        CliRun early = CliRun.in(env(), "db", "restore", "prod", "--finalize", "--confirm", "prod", "--cwd", project.toString());
        assertThat(early.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(early.err()).contains("has not been switched to " + RESTORED, "howler up prod");
        assertThat(pulumi.calls("up")).isEmpty();
        assertThat(pulumi.calls("config")).noneMatch(c -> c.startsWith("config set") || c.startsWith("config rm"));
    }

    @Test
    void a_failed_first_update_leaves_the_restore_pending_so_finalize_can_be_run_again() throws Exception {
        switched();
        pulumi.exit("up", 255).stderr("up", "error: update failed");
        CliRun run = CliRun.in(env(), "db", "restore", "prod", "--finalize", "--confirm", "prod", "--cwd", project.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(pulumi.calls("up")).hasSize(1); // stopped at the first update: the keys are still in place
        assertThat(pulumi.calls("config rm")).isEmpty();
    }

    static int indexOf(List<String> calls, java.util.function.Predicate<String> which) {
        for (int i = 0; i < calls.size(); i++) {
            if (which.test(calls.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such call in " + calls);
    }
}
