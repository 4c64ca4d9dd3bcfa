package app.sqlstudio.howler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code howler up} through the Automation API against the stand-in pulumi. */
class UpCommandTest {

    static final String CLUSTER = "gcp:container/cluster:Cluster";
    static final String DEPLOYMENT = "kubernetes:apps/v1:Deployment";

    @TempDir
    Path tmp;
    Path project;
    StandInPulumi pulumi;

    @BeforeEach
    void setUp() throws Exception {
        project = CliRun.project(Files.createDirectories(tmp.resolve("project")));
        pulumi = StandInPulumi.create(tmp);
        var preview = new StandInPulumi.Events("prod").prelude()
                .pre("create", CLUSTER, "sql-studio-cluster", true)
                .pre("update", DEPLOYMENT, "backend", true, "spec")
                .pre("same", "kubernetes:core/v1:Namespace", "sql-studio", true)
                .summary(2, changes("create", 1, "update", 1, "same", 1));
        var up = new StandInPulumi.Events("prod").prelude()
                .step("create", CLUSTER, "sql-studio-cluster")
                .step("update", DEPLOYMENT, "backend", "spec")
                .step("same", "kubernetes:core/v1:Namespace", "sql-studio")
                .summary(72, changes("create", 1, "update", 1, "same", 1));
        pulumi.events("preview", preview.lines()).events("up", up.lines())
                .stdout("stack-output", "{\"appUrl\":\"https://sql-studio.app\",\"apiUrl\":\"https://api.sql-studio.app\",\"kubeconfig\":\"apiVersion: v1\"}")
                .stdout("stack-output.masked", "{\"appUrl\":\"https://sql-studio.app\",\"apiUrl\":\"https://api.sql-studio.app\",\"kubeconfig\":\"[secret]\"}");
    }

    static Map<String, Integer> changes(Object... kv) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Integer) kv[i + 1]);
        }
        return m;
    }

    @Test
    void up_with_yes_previews_applies_streams_progress_and_prints_the_summary_and_urls() throws Exception {
        String pulumiYaml = Files.readString(project.resolve("Pulumi.yaml"));
        CliRun run = CliRun.in(pulumi.env(), "up", "prod", "--yes", "--image-tag", "1.4.2", "--cwd", project.toString());

        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        assertThat(run.out()).contains("Policies: no mandatory violation", "Preview: 1 to create, 1 to update (1 unchanged).",
                "Stack prod updated in 1m 12s: 1 created, 1 updated (1 unchanged).",
                "appUrl: https://sql-studio.app", "apiUrl: https://api.sql-studio.app");
        assertThat(run.out()).containsPattern("\\[\\s+1/2 \\d\\d:\\d\\d\\] \\+\\s+create\\s+gcp:container/cluster:Cluster\\s+sql-studio-cluster")
                .containsPattern("\\[\\s+2/2 \\d\\d:\\d\\d\\] ~\\s+update\\s+kubernetes:apps/v1:Deployment\\s+backend");
        assertThat(run.out()).doesNotContain("apiVersion: v1");
        assertThat(pulumi.calls("config set")).singleElement().asString().contains("howler:imageTag", "1.4.2", "--stack prod");
        assertThat(pulumi.calls("preview")).singleElement().asString().contains("--exec-kind auto.inline", "--event-log");
        assertThat(pulumi.calls("up")).singleElement().asString().contains("--yes", "--skip-preview", "--exec-kind auto.inline");
        assertThat(pulumi.calls().indexOf(pulumi.calls("preview").get(0))).isLessThan(pulumi.calls().indexOf(pulumi.calls("up").get(0)));
        assertThat(Files.readString(project.resolve("Pulumi.yaml"))).isEqualTo(pulumiYaml);
    }

    @Test
    void every_stack_operation_names_its_stack_and_the_stack_is_selected_once() {
        // The SDK drops the --stack it builds: without it, an up would act on whatever stack another howler selected
        // in the same checkout meanwhile.
        CliRun run = CliRun.in(pulumi.env(), "up", "prod", "--yes", "--cwd", project.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(pulumi.calls("preview")).singleElement().asString().contains(" --stack prod ");
        assertThat(pulumi.calls("up")).singleElement().asString().contains(" --stack prod ");
        assertThat(pulumi.calls("stack select")).hasSize(1);
    }

    @Test
    void the_cli_version_is_probed_once_per_binary_and_again_when_the_binary_changes() throws Exception {
        assertThat(CliRun.in(pulumi.env(), "preview", "prod", "--cwd", project.toString()).exitCode()).isZero();
        assertThat(CliRun.in(pulumi.env(), "preview", "prod", "--cwd", project.toString()).exitCode()).isZero();
        assertThat(pulumi.calls("version")).hasSize(1);

        // An upgrade replaces the binary: another size, another time. A too-old one is then refused, not remembered.
        Path script = pulumi.root.resolve("bin/pulumi");
        Files.writeString(script, Files.readString(script) + "# reinstalled\n");
        Files.setLastModifiedTime(script, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        pulumi.version("3.50.0");
        CliRun old = CliRun.in(pulumi.env(), "preview", "prod", "--cwd", project.toString());
        assertThat(old.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(old.err()).contains("3.50.0", "older than");
        assertThat(pulumi.calls("version")).hasSize(2);
    }

    @Test
    void without_yes_and_with_no_answer_on_stdin_it_previews_then_cancels_and_names_the_flag() {
        CliRun run = CliRun.in(pulumi.env(), "up", "prod", "--cwd", project.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(run.err()).contains("Cancelled (no answer: end of input)", "Pass --yes");
        assertThat(pulumi.calls("preview")).hasSize(1);
        assertThat(pulumi.calls("up")).isEmpty();
    }

    @Test
    void without_yes_in_ci_it_previews_then_refuses_and_names_the_flag() {
        CliRun run = CliRun.inCi(pulumi.env(), "up", "prod", "--cwd", project.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("cannot ask", "Pass --yes");
        assertThat(pulumi.calls("preview")).hasSize(1);
        assertThat(pulumi.calls("up")).isEmpty();
    }

    @Test
    void in_ci_it_never_prompts_even_with_an_answer_on_stdin() {
        Map<String, String> env = new java.util.HashMap<>(pulumi.env());
        env.put("CI", "true");
        CliRun run = CliRun.typing(env, "yes\n", "up", "prod", "--cwd", project.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(pulumi.calls("up")).isEmpty();
    }

    @Test
    void typing_or_piping_yes_applies_and_anything_else_cancels() {
        CliRun no = CliRun.typing(pulumi.env(), "no\n", "up", "prod", "--cwd", project.toString());
        assertThat(no.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(no.err()).contains("Apply these changes to stack prod? Type 'yes'", "Cancelled: nothing was changed");
        assertThat(pulumi.calls("up")).isEmpty();

        CliRun yes = CliRun.typing(pulumi.env(), "yes\n", "up", "prod", "--cwd", project.toString());
        assertThat(yes.exitCode()).as(yes.err()).isZero();
        assertThat(pulumi.calls("up")).hasSize(1);
    }

    @Test
    void a_mandatory_policy_violation_stops_before_anything_reaches_the_engine() throws Exception {
        Path prod = project.resolve("Pulumi.prod.yaml");
        Files.writeString(prod, Files.readString(prod).replace("howler:backendReplicasMin: 2", "howler:backendReplicasMin: 1"));
        CliRun run = CliRun.in(pulumi.env(), "up", "prod", "--yes", "--cwd", project.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(run.err()).contains("prod-hpa-minimum", "mandatory policy violation", "nothing was sent to the engine");
        assertThat(pulumi.calls()).isEmpty();
    }

    @Test
    void an_invalid_image_tag_is_a_configuration_error_before_the_engine() {
        CliRun run = CliRun.in(pulumi.env(), "up", "prod", "--yes", "--image-tag", "1.4/2", "--cwd", project.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("howler:imageTag");
        assertThat(pulumi.calls()).isEmpty();
    }

    @Test
    void image_tag_latest_is_stopped_by_the_mandatory_policy_before_the_engine() {
        CliRun run = CliRun.in(pulumi.env(), "up", "prod", "--yes", "--image-tag", "latest", "--cwd", project.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(run.err()).contains("container-image-pinned", "mandatory policy violation", "nothing was sent to the engine");
        assertThat(pulumi.calls()).isEmpty();
    }

    @Test
    void a_failed_update_prints_the_failed_step_and_the_engine_error_with_exit_1() {
        var failing = new StandInPulumi.Events("prod").prelude()
                .pre("create", CLUSTER, "sql-studio-cluster", false)
                .diagnostic("error", "googleapi: Error 403: Kubernetes Engine API has not been used in project howlerops-prod")
                .failed("create", CLUSTER, "sql-studio-cluster")
                .summary(9, changes());
        pulumi.events("up", failing.lines()).exit("up", 255).stderr("up", "error: update failed");
        CliRun run = CliRun.in(pulumi.env(), "up", "prod", "--yes", "--cwd", project.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(run.out()).containsPattern("FAILED \\+\\s+create\\s+gcp:container/cluster:Cluster");
        assertThat(run.err()).contains("Up of stack prod failed", "Kubernetes Engine API has not been used", "-v shows");
        assertThat(run.err()).doesNotContain("at com.pulumi");
    }

    @Test
    void a_program_stopped_by_the_engine_is_reported_without_its_java_stack_frames() {
        var stopped = new StandInPulumi.Events("prod").prelude()
                .diagnostic("error", "Running program [PID: 7] failed with an unhandled exception:\\n"
                        + "io.grpc.StatusRuntimeException: UNAVAILABLE: resource monitor shut down\\n"
                        + "\\tat io.grpc.Status.asRuntimeException(Status.java:537)\\n"
                        + "\\tat java.base/java.lang.Thread.run(Thread.java:840)\\n\\t... 3 more")
                .summary(2, changes());
        pulumi.events("up", stopped.lines()).exit("up", 255).stderr("up", "error: update failed");
        CliRun run = CliRun.in(pulumi.env(), "up", "prod", "--yes", "--cwd", project.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(run.out() + run.err()).contains("UNAVAILABLE: resource monitor shut down")
                .doesNotContain("Status.java", "Thread.run", "... 3 more");
    }

    @Test
    void with_v_a_failure_also_prints_the_stack_trace() {
        pulumi.exit("up", 255).stderr("up", "error: update failed");
        CliRun run = CliRun.in(pulumi.env(), "up", "prod", "--yes", "-v", "--cwd", project.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(run.err()).contains("CommandException");
    }

    @Test
    void a_stack_missing_from_the_backend_says_how_to_create_it() {
        pulumi.missingStack("prod");
        CliRun run = CliRun.in(pulumi.env(), "up", "prod", "--yes", "--cwd", project.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Stack prod does not exist", "howler stack init prod", "pulumi login");
    }

    @Test
    void without_pulumi_it_says_how_to_install_it_as_a_setup_error() {
        CliRun run = CliRun.in(Map.of("PATH", "/nonexistent", "HOME", tmp.toString()), "up", "prod", "--yes", "--cwd", project.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("error: The pulumi CLI was not found").contains("get.pulumi.com", "howler doctor")
                .doesNotContain("HowlerException", "Fix the cause");
    }

    @Test
    void a_pulumi_older_than_the_automation_api_minimum_is_refused_with_the_upgrade() {
        pulumi.version("v3.90.1");
        CliRun run = CliRun.in(pulumi.env(), "up", "prod", "--yes", "--cwd", project.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("error: pulumi 3.90.1 is older than 3.95.0").contains("pulumi self-update")
                .doesNotContain("HowlerException", "Fix the cause");
    }

    @Test
    void no_changes_means_nothing_is_applied() {
        pulumi.events("preview", new StandInPulumi.Events("prod").summary(1, changes("same", 40)).lines());
        CliRun run = CliRun.in(pulumi.env(), "up", "prod", "--cwd", project.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("no changes (40 unchanged)", "up to date");
        assertThat(pulumi.calls("up")).isEmpty();
    }

    @Test
    void config_sets_a_value_for_this_deploy_like_the_image_tag_and_it_is_validated_first() {
        CliRun run = CliRun.in(pulumi.env(), "up", "prod", "--yes", "--image-tag", "1.4.2", "--config", "howler:runMigrations=false",
                "--cwd", project.toString());
        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        assertThat(run.out()).contains("howler:runMigrations: true → false", "Image tag: 0.1.0 → 1.4.2");
        assertThat(pulumi.calls("config set")).hasSize(2)
                .anyMatch(c -> c.contains("howler:runMigrations") && c.contains("false") && c.contains("--stack prod"))
                .anyMatch(c -> c.contains("howler:imageTag") && c.contains("1.4.2"));
        assertThat(pulumi.calls().indexOf(pulumi.calls("config set").get(0)))
                .isLessThan(pulumi.calls().indexOf(pulumi.calls("preview").get(0)));

        // a value equal to the file's is not written again; a key without namespace gets howler:
        CliRun same = CliRun.in(pulumi.env(), "up", "prod", "--yes", "--config", "runMigrations=true", "--cwd", project.toString());
        assertThat(same.exitCode()).as(same.err()).isZero();
        assertThat(pulumi.calls("config set")).hasSize(2);
    }

    @Test
    void config_with_a_misspelt_key_a_bad_value_or_a_secret_stops_before_the_engine() {
        CliRun typo = CliRun.in(pulumi.env(), "up", "prod", "--yes", "--config", "howler:runMigration=false", "--cwd", project.toString());
        assertThat(typo.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(typo.err()).contains("howler:runMigration: unknown key: did you mean howler:runMigrations?");
        CliRun bad = CliRun.in(pulumi.env(), "up", "prod", "--yes", "--config", "howler:runMigrations=no", "--cwd", project.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).contains("howler:runMigrations: 'no' is not true or false");
        CliRun secret = CliRun.in(pulumi.env(), "up", "prod", "--yes", "--config", "howler:jwtSecret=abc", "--cwd", project.toString());
        assertThat(secret.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(secret.err()).contains("pulumi config set --secret howler:jwtSecret");
        CliRun malformed = CliRun.in(pulumi.env(), "up", "prod", "--yes", "--config", "runMigrations", "--cwd", project.toString());
        assertThat(malformed.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(malformed.err()).contains("expected KEY=VALUE");
        assertThat(pulumi.calls()).isEmpty();
    }

    @Test
    void declining_restores_every_value_config_changed() {
        CliRun no = CliRun.typing(pulumi.env(), "no\n", "up", "prod", "--config", "howler:runMigrations=false",
                "--config", "howler:tursoRestoredFrom=sql-studio-old", "--cwd", project.toString());
        assertThat(no.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(pulumi.calls("config set")).anyMatch(c -> c.contains("howler:runMigrations") && c.contains("false"))
                .anyMatch(c -> c.contains("howler:runMigrations") && c.contains("true"));
        assertThat(pulumi.calls("config rm")).singleElement().asString().contains("howler:tursoRestoredFrom");
        assertThat(pulumi.calls("up")).isEmpty();
    }

    @Test
    void a_target_taken_from_the_offline_plan_is_passed_as_the_engine_names_it() {
        String planned = "urn:pulumi:prod::howlerops::pulumi:pulumi:Stack$howler:infra:GkeCluster$gcp:artifactregistry/repository:Repository::gke-registry";
        CliRun run = CliRun.in(pulumi.env(), "up", "prod", "--yes", "--target", planned, "--cwd", project.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(pulumi.calls("up")).singleElement().asString()
                .contains("--target urn:pulumi:prod::howlerops::howler:infra:GkeCluster$gcp:artifactregistry/repository:Repository::gke-registry");
        assertThat(pulumi.calls("preview")).singleElement().asString().doesNotContain("pulumi:pulumi:Stack$");
    }
}
