package app.sqlstudio.howler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** destroy (and its protection), refresh, drift and outputs against the stand-in pulumi. */
class EngineCommandsTest {

    @TempDir
    Path tmp;
    Path project;
    StandInPulumi pulumi;

    @BeforeEach
    void setUp() throws Exception {
        project = CliRun.project(Files.createDirectories(tmp.resolve("project")));
        Files.writeString(project.resolve("Pulumi.pr-7.yaml"), "config:\n  howler:protect: false\n  howler:expiresAt: \"2026-11-27T12:00:00Z\"\n");
        pulumi = StandInPulumi.create(tmp);
        pulumi.events("destroy", new StandInPulumi.Events("pr-7")
                .step("delete", "kubernetes:apps/v1:Deployment", "backend")
                .step("delete", "gcp:container/cluster:Cluster", "sql-studio-cluster-pr-7")
                .summary(95, UpCommandTest.changes("delete", 2)).lines());
    }

    @Test
    void destroying_prod_in_ci_without_confirmation_is_refused_and_says_how_even_with_yes() {
        for (String[] args : new String[][] {{"destroy", "prod"}, {"destroy", "prod", "--yes"}}) {
            CliRun run = CliRun.inCi(pulumi.env(), with(args));
            assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).contains("stack prod is protected", "--confirm prod");
        }
        assertThat(pulumi.calls()).isEmpty();
    }

    @Test
    void destroying_prod_needs_its_name_typed_not_yes() {
        CliRun yes = CliRun.typing(pulumi.env(), "yes\n", with("destroy", "prod"));
        assertThat(yes.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(yes.err()).contains("type its name", "you typed 'yes', not 'prod'");
        assertThat(pulumi.calls("destroy")).isEmpty();

        CliRun typed = CliRun.typing(pulumi.env(), "prod\n", with("destroy", "prod"));
        assertThat(typed.exitCode()).as(typed.err()).isZero();
        assertThat(pulumi.calls("destroy")).hasSize(1);
    }

    @Test
    void destroy_reads_the_stack_name_from_a_pipe_and_end_of_input_cancels() {
        CliRun piped = CliRun.typing(pulumi.env(), "prod\n", with("destroy", "prod"));
        assertThat(piped.exitCode()).as(piped.err()).isZero();
        assertThat(pulumi.calls("destroy")).hasSize(1);

        CliRun empty = CliRun.in(pulumi.env(), with("destroy", "prod"));
        assertThat(empty.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(empty.err()).contains("Cancelled (no answer: end of input)", "--confirm prod");
        CliRun unprotected = CliRun.in(pulumi.env(), with("destroy", "pr-7"));
        assertThat(unprotected.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(unprotected.err()).contains("Cancelled (no answer: end of input)", "--yes");
        assertThat(pulumi.calls("destroy")).hasSize(1);
    }

    @Test
    void non_interactive_refuses_even_with_an_answer_on_stdin() {
        CliRun run = CliRun.typing(pulumi.env(), "yes\n", with("destroy", "pr-7", "--non-interactive"));
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("cannot ask (CI set or --non-interactive)", "Pass --yes");
        assertThat(pulumi.calls("destroy")).isEmpty();
    }

    @Test
    void confirm_must_name_the_stack() {
        CliRun wrong = CliRun.in(pulumi.env(), with("destroy", "prod", "--confirm", "pr-7"));
        assertThat(wrong.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(wrong.err()).contains("--confirm pr-7 does not name stack prod");
        CliRun right = CliRun.in(pulumi.env(), with("destroy", "prod", "--confirm", "prod"));
        assertThat(right.exitCode()).as(right.err()).isZero();
    }

    @Test
    void the_engine_refusing_a_protected_resource_says_how_to_lift_protection() {
        pulumi.events("destroy", new StandInPulumi.Events("prod")
                .diagnostic("error", "resource urn:pulumi:prod::howlerops::gcp:container/cluster:Cluster::sql-studio-cluster cannot be deleted because it is protected")
                .summary(1, Map.of()).lines()).exit("destroy", 255).stderr("destroy", "error: update failed");
        CliRun run = CliRun.in(pulumi.env(), with("destroy", "prod", "--confirm", "prod"));
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(run.err()).contains("protected", "howler:protect: false", "howler up prod");
    }

    @Test
    void an_unprotected_stack_is_destroyed_with_yes_and_progress_and_a_summary() {
        CliRun run = CliRun.in(pulumi.env(), with("destroy", "pr-7", "--yes"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("\\[\\s+2 \\d\\d:\\d\\d\\] -\\s+delete\\s+gcp:container/cluster:Cluster")
                .contains("Stack pr-7 destroyed in 1m 35s: 2 deleted.", "howler stack rm pr-7");
        assertThat(pulumi.calls("stack select")).singleElement().asString().contains("pr-7");
        assertThat(pulumi.calls("destroy")).singleElement().asString().contains("--yes", "--event-log");
    }

    @Test
    void drift_exits_3_and_names_each_drifted_resource_and_property() throws Exception {
        pulumi.events("refresh", new StandInPulumi.Events("prod")
                .step("refresh", "gcp:container/nodePool:NodePool", "sql-studio-cluster-pool", "autoscaling")
                .step("refresh", "kubernetes:core/v1:Namespace", "sql-studio")
                .summary(20, UpCommandTest.changes("update", 1, "same", 1)).lines());
        CliRun run = CliRun.in(pulumi.env(), with("drift", "prod"));
        assertThat(run.exitCode()).isEqualTo(ExitCode.DRIFT);
        assertThat(run.out()).contains("Drift in prod", "gcp:container/nodePool:NodePool  sql-studio-cluster-pool  changed: autoscaling")
                .doesNotContain("Namespace");
        // The real CLI refuses --yes (and --skip-preview) beside --preview-only, which the SDK adds to every refresh.
        assertThat(pulumi.calls("refresh")).singleElement().asString().contains("--preview-only")
                .doesNotContain("--yes").doesNotContain("--skip-preview");

        CliRun json = CliRun.in(pulumi.env(), with("drift", "prod", "--json"));
        assertThat(json.exitCode()).isEqualTo(ExitCode.DRIFT);
        var doc = new ObjectMapper().readTree(json.out());
        assertThat(doc.get("drift").asBoolean()).isTrue();
        assertThat(doc.at("/resources/0/diffs/0").asText()).isEqualTo("autoscaling");
    }

    @Test
    void no_drift_exits_0() {
        pulumi.events("refresh", new StandInPulumi.Events("prod")
                .step("refresh", "kubernetes:core/v1:Namespace", "sql-studio")
                .summary(20, UpCommandTest.changes("same", 1)).lines());
        CliRun run = CliRun.in(pulumi.env(), with("drift", "prod"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("No drift");
    }

    @Test
    void refresh_changes_no_cloud_resource_so_it_runs_in_ci_without_asking() {
        Map<String, String> ci = new java.util.HashMap<>(pulumi.env());
        ci.put("CI", "true");
        CliRun run = CliRun.in(ci, with("refresh", "prod"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Stack prod refreshed");
        assertThat(run.err()).doesNotContain("Type 'yes'");
        assertThat(pulumi.calls("refresh")).singleElement().asString().doesNotContain("--preview-only");
        CliRun withYes = CliRun.in(pulumi.env(), with("refresh", "prod", "--yes"));
        assertThat(withYes.exitCode()).as("--yes still accepted: " + withYes.err()).isZero();
    }

    @Test
    void outputs_mask_secrets_unless_asked_and_json_is_one_document() throws Exception {
        pulumi.stdout("stack-output", "{\"appUrl\":\"https://sql-studio.app\",\"kubeconfig\":\"apiVersion: v1\"}")
                .stdout("stack-output.masked", "{\"appUrl\":\"https://sql-studio.app\",\"kubeconfig\":\"[secret]\"}");
        CliRun text = CliRun.in(pulumi.env(), with("outputs", "prod"));
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).containsPattern("appUrl\\s+https://sql-studio.app").containsPattern("kubeconfig\\s+\\[secret\\]");

        CliRun json = CliRun.in(pulumi.env(), with("outputs", "prod", "--json", "--show-secrets"));
        var doc = new ObjectMapper().readTree(json.out());
        assertThat(doc.get("kubeconfig").asText()).isEqualTo("apiVersion: v1");
        assertThat(doc.get("appUrl").asText()).isEqualTo("https://sql-studio.app");
    }

    @Test
    void preview_json_is_one_document_with_changes_steps_and_policy_counts() throws Exception {
        pulumi.events("preview", new StandInPulumi.Events("prod")
                .pre("update", "kubernetes:apps/v1:Deployment", "backend", true, "spec")
                .summary(3, UpCommandTest.changes("update", 1, "same", 39)).lines());
        CliRun run = CliRun.in(pulumi.env(), with("preview", "prod", "--json"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        var doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("stack").asText()).isEqualTo("prod");
        assertThat(doc.at("/changes/update").asInt()).isEqualTo(1);
        assertThat(doc.get("changed").asInt()).isEqualTo(1);
        assertThat(doc.at("/steps/0/name").asText()).isEqualTo("backend");
        assertThat(doc.at("/steps/0/diffs/0").asText()).isEqualTo("spec");
        assertThat(doc.at("/policies/mandatory").asInt()).isZero();
        assertThat(pulumi.calls("up")).isEmpty();
    }

    @Test
    void preview_text_lists_each_planned_step_and_with_diff_the_properties() {
        pulumi.events("preview", new StandInPulumi.Events("prod")
                .pre("update", "kubernetes:apps/v1:Deployment", "backend", true, "spec")
                .summary(3, UpCommandTest.changes("update", 1)).lines());
        CliRun run = CliRun.in(pulumi.env(), with("preview", "prod", "--diff"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("~\\s+update\\s+kubernetes:apps/v1:Deployment\\s+backend\\s+\\[spec\\]")
                .contains("Preview of prod: 1 to update.");
        assertThat(pulumi.calls("preview")).singleElement().asString().contains("--diff");
    }

    @Test
    void every_engine_command_without_pulumi_says_only_how_to_install_it_with_exit_2() {
        Map<String, String> noPulumi = Map.of("PATH", "/nonexistent", "HOME", tmp.toString());
        for (String[] args : new String[][] {{"preview", "prod"}, {"destroy", "pr-7", "--yes"}, {"refresh", "prod", "--yes"},
                {"drift", "prod"}, {"outputs", "prod"}}) {
            CliRun run = CliRun.in(noPulumi, with(args));
            assertThat(run.exitCode()).as(args[0] + ": " + run.err()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).as(args[0]).startsWith("error: The pulumi CLI was not found on PATH or in ~/.pulumi/bin")
                    .contains("get.pulumi.com", "howler doctor").doesNotContain("HowlerException", "failed:", "Fix the cause");
        }
    }

    @Test
    void every_engine_command_with_a_too_old_pulumi_says_how_to_upgrade_with_exit_2() {
        pulumi.version("v3.90.1");
        for (String[] args : new String[][] {{"preview", "prod"}, {"destroy", "pr-7", "--yes"}, {"drift", "prod"}, {"outputs", "prod"}}) {
            CliRun run = CliRun.in(pulumi.env(), with(args));
            assertThat(run.exitCode()).as(args[0] + ": " + run.err()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).as(args[0]).startsWith("error: pulumi 3.90.1 is older than 3.95.0")
                    .contains("pulumi self-update").doesNotContain("HowlerException", "Fix the cause");
        }
    }

    private String[] with(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--cwd";
        all[args.length + 1] = project.toString();
        return all;
    }
}
