package app.sqlstudio.howler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** doctor's checks and fixes; --help with examples on every command; parsing errors exit 2; completion. */
class DoctorAndHelpTest {

    @TempDir
    Path tmp;

    static final List<List<String>> COMMANDS = List.of(List.of("up"), List.of("preview"), List.of("destroy"), List.of("refresh"),
            List.of("drift"), List.of("outputs"), List.of("stack"), List.of("stack", "init"), List.of("stack", "ls"),
            List.of("stack", "rm"), List.of("stack", "gc"), List.of("plan"), List.of("policy"), List.of("cost"), List.of("smoke"),
            List.of("load"), List.of("db"), List.of("db", "restore"), List.of("doctor"), List.of("completion"));

    @Test
    void every_command_has_help_with_examples_and_exits_0() {
        for (List<String> command : COMMANDS) {
            String[] args = java.util.stream.Stream.concat(command.stream(), java.util.stream.Stream.of("--help")).toArray(String[]::new);
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(run.out()).as(String.join(" ", args)).contains("Usage: howler " + String.join(" ", command), "Examples:")
                    .as("help text formatted (no raw %% or %%n)").doesNotContain("%%", "%n");
        }
    }

    @Test
    void parsing_errors_exit_2_and_point_at_help() {
        for (String[] args : new String[][] {{"up"}, {"up", "prod", "--bogus"}, {"destroy"}, {"stack", "init"}, {"db", "restore"},
                {"load", "http://127.0.0.1:1", "--rps", "many"}, {"stack"}, {"nonsense"}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCode.USAGE);
        }
        assertThat(CliRun.of("up").err()).contains("STACK", "howler up --help");
    }

    @Test
    void completion_prints_a_bash_script_covering_the_commands() {
        CliRun run = CliRun.of("completion");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("complete -F", "howler", "destroy", "preview", "doctor", "--image-tag");
    }

    @Test
    void doctor_passes_with_pulumi_credentials_and_login() throws Exception {
        StandInPulumi pulumi = StandInPulumi.create(tmp);
        pulumi.stdout("whoami", "{\"user\":\"ops\",\"url\":\"gs://howlerops-pulumi-state\",\"organizations\":[]}");
        Path key = Files.writeString(tmp.resolve("sa.json"), "{}");
        Map<String, String> env = new HashMap<>(pulumi.env());
        env.putAll(Map.of("GOOGLE_APPLICATION_CREDENTIALS", key.toString(), "CLOUDFLARE_API_TOKEN", "cf", "TURSO_API_TOKEN", "t"));
        CliRun run = CliRun.in(env, "doctor", "--cwd", CliRun.repoRoot().toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).containsPattern("ok\\s+pulumi CLI\\s+3.150.0 at .*pulumi \\(Automation API needs ≥ 3.95.0\\)")
                .containsPattern("ok\\s+Java\\s+17").containsPattern("ok\\s+GCP credentials\\s+GOOGLE_APPLICATION_CREDENTIALS=")
                .containsPattern("ok\\s+Cloudflare credentials").containsPattern("ok\\s+Turso credentials")
                .containsPattern("ok\\s+Pulumi backend login\\s+logged in as ops at gs://howlerops-pulumi-state")
                .contains("Ready");
        assertThat(pulumi.calls("whoami")).hasSize(1);
    }

    @Test
    void doctor_names_the_fix_for_each_failing_check() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("project"));
        Files.writeString(empty.resolve("Pulumi.yaml"), "name: howlerops\nruntime: java\n");
        CliRun run = CliRun.in(Map.of("PATH", "/nonexistent", "HOME", tmp.toString()), "doctor", "--cwd", empty.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(run.out()).containsPattern("FAIL pulumi CLI\\s+not found").contains("get.pulumi.com")
                .contains("gcloud auth application-default login", "GOOGLE_APPLICATION_CREDENTIALS")
                .contains("CLOUDFLARE_API_TOKEN", "pulumi config set --secret cloudflare:apiToken")
                .contains("TURSO_API_TOKEN", "turso auth api-tokens mint howler")
                .containsPattern("FAIL Pulumi backend login").contains("Not ready");

        StandInPulumi old = StandInPulumi.create(tmp).version("v3.80.0");
        var json = new ObjectMapper().readTree(CliRun.in(old.env(), "doctor", "--json", "--cwd", empty.toString()).out());
        assertThat(json.get("ok").asBoolean()).isFalse();
        assertThat(json.at("/checks/0/fix").asText()).contains("older than 3.95.0", "pulumi self-update");
    }

    @Test
    void the_command_tree_registers_every_documented_verb() {
        CommandLine cli = Howler.commandLine(new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()), CliRun.CLOCK);
        assertThat(cli.getSubcommands().keySet()).contains("up", "preview", "destroy", "refresh", "drift", "outputs", "stack",
                "plan", "policy", "cost", "smoke", "load", "db", "doctor", "completion");
        assertThat(cli.getSubcommands().get("stack").getSubcommands().keySet()).containsExactlyInAnyOrder("init", "ls", "rm", "gc");
    }
}
