package app.sqlstudio.howler.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.sqlstudio.howler.cli.stacks.EphemeralConfig;
import app.sqlstudio.howler.cli.stacks.Expiry;
import app.sqlstudio.howler.cli.stacks.Ttl;
import app.sqlstudio.howler.stack.plan.StackFile;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** stack init (ephemeral config generation), ls, rm and gc (selection with a fixed clock). */
class StackCommandsTest {

    static final Instant NOW = CliRun.CLOCK.instant();

    @TempDir
    Path tmp;
    Path project;
    StandInPulumi pulumi;

    @BeforeEach
    void setUp() throws Exception {
        project = CliRun.project(Files.createDirectories(tmp.resolve("project")));
        pulumi = StandInPulumi.create(tmp);
    }

    @Test
    void ttl_accepts_minutes_hours_days_and_weeks_between_1h_and_30d() {
        assertThat(Ttl.parse("8h")).isEqualTo(Duration.ofHours(8));
        assertThat(Ttl.parse("48h")).isEqualTo(Duration.ofHours(48));
        assertThat(Ttl.parse("1d12h")).isEqualTo(Duration.ofHours(36));
        assertThat(Ttl.parse("90m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Ttl.parse("2w")).isEqualTo(Duration.ofDays(14));
        for (String bad : new String[] {"", "8", "h", "8 h", "-1h", "30m", "31d", "5y"}) {
            assertThatThrownBy(() -> Ttl.parse(bad)).isInstanceOf(HowlerException.class)
                    .satisfies(e -> assertThat(((HowlerException) e).exitCode()).isEqualTo(ExitCode.USAGE));
        }
    }

    @Test
    void ttl_bounds_in_help_and_readme_are_the_ones_the_code_enforces() throws Exception {
        assertThat(Ttl.RANGE).isEqualTo(Ttl.human(Ttl.MIN) + ".." + Ttl.human(Ttl.MAX));
        CliRun help = CliRun.of("stack", "init", "--help");
        assertThat(help.out().replaceAll("\\s+", " ")).contains("from " + Ttl.RANGE, "90m");
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme.replaceAll("\\s+", " ")).contains("TTL from `" + Ttl.human(Ttl.MIN) + "` to `" + Ttl.human(Ttl.MAX) + "`")
                .doesNotContain("`30m`…");
    }

    @Test
    void ephemeral_overrides_follow_the_architecture() {
        Map<String, Object> prod = EphemeralConfig.plainValues(project.resolve("Pulumi.prod.yaml"));
        Map<String, Object> o = EphemeralConfig.ephemeralOverrides(prod, "pr-142", Duration.ofHours(48), NOW);
        assertThat(o).containsEntry("howler:domain", "pr-142.dev.sql-studio.app")
                .containsEntry("howler:protect", false)
                .containsEntry("howler:expiresAt", "2026-11-27T12:00:00Z")
                .containsEntry("howler:clusterLocation", "us-central1-a")
                .containsEntry("howler:nodeMinCount", 1).containsEntry("howler:nodeMaxCount", 1)
                .containsEntry("howler:backendReplicasMin", 1).containsEntry("howler:backendReplicasMax", 2)
                .containsEntry("howler:clusterName", "sql-studio-cluster-pr-142")
                .containsEntry("howler:tursoSharedGroup", "dev")
                .containsEntry("howler:tursoDatabaseName", "sql-studio-pr-142")
                .containsEntry("howler:environment", "development");

        prod.put("howler:tursoDatabaseName", "sql-studio-production-r20261125-0930"); // prod during a restore
        assertThat(EphemeralConfig.ephemeralOverrides(prod, "pr-142", Duration.ofHours(48), NOW))
                .containsEntry("howler:tursoDatabaseName", "sql-studio-pr-142");
    }

    @Test
    void stack_init_copies_run_migrations_but_never_the_source_s_pending_restore() throws Exception {
        Path prod = project.resolve("Pulumi.prod.yaml");
        Files.writeString(prod, Files.readString(prod).replace("howler:tursoDatabaseName: sql-studio-production",
                "howler:tursoDatabaseName: sql-studio-production-r20261125-0930\n  howler:tursoRestoredFrom: sql-studio-production"));
        CliRun run = CliRun.in(pulumi.env(), "stack", "init", "pr-7", "--ephemeral", "--ttl", "8h", "--set", "runMigrations=false",
                "--cwd", project.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        StackFile stack = StackFile.load(project, "pr-7");
        assertThat(stack.values()).containsEntry("howler:runMigrations", "false")
                .containsEntry("howler:tursoDatabaseName", "sql-studio-pr-7")
                .doesNotContainKeys("howler:tursoRestoredFrom", "howler:tursoFinalizeRestore");
        CliRun plain = CliRun.in(pulumi.env(), "stack", "init", "pr-8", "--ephemeral", "--ttl", "8h", "--cwd", project.toString());
        assertThat(plain.exitCode()).as(plain.err()).isZero();
        assertThat(StackFile.load(project, "pr-8").values()).containsEntry("howler:runMigrations", "true");
    }

    @Test
    void stack_init_in_a_shared_cluster_gets_a_namespace_of_its_own_and_plans_no_cluster() throws Exception {
        CliRun run = CliRun.in(pulumi.env(), "stack", "init", "dev-bob", "--ephemeral", "--ttl", "48h", "--shared-cluster", "dev",
                "--cwd", project.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(StackFile.load(project, "dev-bob").values()).containsEntry("howler:sharedCluster", "dev")
                .containsEntry("howler:namespace", "sql-studio-dev-bob").containsEntry("howler:monitoring", "false")
                .containsEntry("howler:domain", "dev-bob.dev.sql-studio.app");

        CliRun plan = CliRun.in(pulumi.env(), "plan", "dev-bob", "--cwd", project.toString());
        assertThat(plan.exitCode()).as(plan.err() + plan.out()).isZero();
        assertThat(plan.out()).contains("sql-studio-dev-bob").doesNotContain("gcp:container/cluster:Cluster");
        // the owner's registry and address are in its state, which only up reads: the images cannot be checked
        // offline, and that is said, not passed and not failed (the plan exits 0)
        assertThat(plan.out()).contains("Policies: none violated; ")
                .contains("? unchecked (mandatory) container-image-pinned: cannot be checked until up: ")
                .contains("  ingressIp: (known after up)")
                .containsPattern(", \\d+ values known after up \\(\\d+ policy checks with them\\), ");
        CliRun json = CliRun.in(pulumi.env(), "plan", "dev-bob", "--format", "json", "--cwd", project.toString());
        var doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
        assertThat(doc.get("policies")).allSatisfy(p -> assertThat(p.get("severity").asText()).isNotEqualTo("mandatory"));
        assertThat(doc.get("uncheckedPolicies")).isNotEmpty().allSatisfy(p -> assertThat(p.get("message").asText())
                .startsWith("cannot be checked until up: "));
        assertThat(doc.at("/summary/uncheckedPolicies").asInt()).isEqualTo(doc.get("uncheckedPolicies").size());
        assertThat(doc.at("/summary/violations/mandatory").asInt()).isZero();

        CliRun notEphemeral = CliRun.in(pulumi.env(), "stack", "init", "dev-carol", "--shared-cluster", "dev", "--cwd", project.toString());
        assertThat(notEphemeral.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(notEphemeral.err()).contains("--shared-cluster is for ephemeral stacks");
        CliRun itself = CliRun.in(pulumi.env(), "stack", "init", "dev-dan", "--ephemeral", "--ttl", "8h", "--shared-cluster", "dev-dan",
                "--cwd", project.toString());
        assertThat(itself.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(itself.err()).contains("name the stack that owns the shared dev cluster");
    }

    @Test
    void stack_init_reports_a_misspelt_set_key_with_the_key_it_meant() {
        CliRun run = CliRun.in(pulumi.env(), "stack", "init", "pr-9", "--ephemeral", "--ttl", "8h", "--set", "nodeMaxCout=2",
                "--cwd", project.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("howler:nodeMaxCout: unknown key: did you mean howler:nodeMaxCount?");
        assertThat(pulumi.calls("stack init")).isEmpty();
    }

    @Test
    void stack_init_ephemeral_writes_the_file_creates_the_stack_and_sets_fresh_and_copied_secrets() throws Exception {
        Map<String, String> env = new HashMap<>(pulumi.env());
        env.put("CLOUDFLARE_API_TOKEN", "cf-token-from-env");
        pulumi.stdout("config", "{\"turso:apiToken\":{\"value\":\"turso-token-of-prod\",\"secret\":true},"
                + "\"howler:jwtSecret\":{\"value\":\"prod-jwt-secret-never-copied\",\"secret\":true}}");
        CliRun run = CliRun.in(env, "stack", "init", "pr-142", "--ephemeral", "--ttl", "48h", "--cwd", project.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Created stack pr-142", "pr-142.dev.sql-studio.app", "2026-11-27T12:00:00Z");

        Path file = project.resolve("Pulumi.pr-142.yaml");
        StackFile stack = StackFile.load(project, "pr-142");
        assertThat(stack.values()).containsEntry("howler:domain", "pr-142.dev.sql-studio.app")
                .containsEntry("howler:expiresAt", "2026-11-27T12:00:00Z").containsEntry("howler:protect", "false")
                .containsEntry("howler:nodeMaxCount", "1").containsEntry("gcp:project", "howlerops-prod")
                .containsEntry("howler:alertSlowQuerySeconds", "0.5");
        assertThat(Files.readString(file)).startsWith("# Stack pr-142, generated by `howler stack init`").doesNotContain("secure:");

        assertThat(pulumi.calls("stack init")).singleElement().asString().contains("pr-142");
        String setAll = pulumi.calls("config set-all").get(0);
        assertThat(setAll).contains("--stack pr-142", "--secret howler:jwtSecret=", "--secret cloudflare:apiToken=cf-token-from-env",
                "--secret turso:apiToken=turso-token-of-prod").doesNotContain("prod-jwt-secret-never-copied");
    }

    @Test
    void stack_init_refuses_bad_names_missing_ttl_and_existing_files_before_the_engine() throws Exception {
        Files.writeString(project.resolve("Pulumi.pr-9.yaml"), "config: {}\n");
        String[][] cases = {
                {"stack", "init", "pr-1", "--ephemeral"},
                {"stack", "init", "feature-x", "--ephemeral", "--ttl", "8h"},
                {"stack", "init", "pr-1", "--ephemeral", "--ttl", "45d"},
                {"stack", "init", "pr-9", "--ephemeral", "--ttl", "8h"},
                {"stack", "init", "pr-1", "--ephemeral", "--ttl", "8h", "--from", "nope"},
        };
        for (String[] args : cases) {
            String[] all = java.util.Arrays.copyOf(args, args.length + 2);
            all[args.length] = "--cwd";
            all[args.length + 1] = project.toString();
            CliRun run = CliRun.in(pulumi.env(), all);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCode.USAGE);
        }
        assertThat(pulumi.calls()).isEmpty();
    }

    @Test
    void gc_selects_only_expired_unprotected_stacks_with_an_expiry() {
        var stacks = List.of(
                new Expiry.Candidate("pr-1", Optional.of(NOW.minusSeconds(3600)), false),
                new Expiry.Candidate("pr-2", Optional.of(NOW.plusSeconds(60)), false),
                new Expiry.Candidate("dev-old", Optional.of(NOW.minus(Duration.ofDays(3))), false),
                new Expiry.Candidate("at-the-second", Optional.of(NOW), false),
                new Expiry.Candidate("staging", Optional.empty(), false),
                new Expiry.Candidate("prod", Optional.empty(), true),
                new Expiry.Candidate("odd", Optional.of(NOW.minusSeconds(1)), true));
        assertThat(Expiry.expired(stacks, NOW)).extracting(Expiry.Candidate::stack)
                .containsExactly("dev-old", "pr-1", "at-the-second");
        assertThat(Expiry.expiredButProtected(stacks, NOW)).extracting(Expiry.Candidate::stack).containsExactly("odd");
    }

    @Test
    void gc_destroys_and_removes_expired_stacks_from_files_and_backend_outputs_and_nothing_else() throws Exception {
        Files.writeString(project.resolve("Pulumi.pr-1.yaml"), "config:\n  howler:protect: false\n  howler:expiresAt: \"2026-11-25T11:00:00Z\"\n");
        Files.writeString(project.resolve("Pulumi.pr-2.yaml"), "config:\n  howler:protect: false\n  howler:expiresAt: \"2026-11-26T11:00:00Z\"\n");
        Files.writeString(project.resolve("Pulumi.staging.yaml"), "config:\n  howler:protect: false\n");
        pulumi.stdout("stack-ls", "[{\"name\":\"prod\",\"current\":false},{\"name\":\"pr-1\",\"current\":false},"
                        + "{\"name\":\"pr-3\",\"current\":false},{\"name\":\"pr-4\",\"current\":false}]")
                .stdout("stack-output.pr-3", "{\"expiresAt\":\"2026-11-20T00:00:00Z\"}")
                .stdout("stack-output.pr-4", "{\"appUrl\":\"https://pr-4.dev.sql-studio.app\"}")
                .events("destroy", new StandInPulumi.Events("pr").step("delete", "kubernetes:core/v1:Namespace", "sql-studio")
                        .summary(30, UpCommandTest.changes("delete", 1)).lines());

        CliRun dry = CliRun.in(pulumi.env(), "stack", "gc", "--dry-run", "--cwd", project.toString());
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("pr-3: expired 5d 12h ago; would be destroyed", "pr-1: expired 1h ago; would be destroyed");
        assertThat(pulumi.calls("destroy")).isEmpty();

        CliRun run = CliRun.in(pulumi.env(), "stack", "gc", "--cwd", project.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("pr-3: destroyed (1 deleted) and removed.", "pr-1: destroyed (1 deleted) and removed.");
        assertThat(pulumi.calls("destroy")).hasSize(2);
        assertThat(pulumi.calls("stack rm")).hasSize(2);
        assertThat(pulumi.calls("stack rm").get(0)).contains("pr-3");
        assertThat(pulumi.calls("stack rm").get(1)).contains("pr-1");
        assertThat(project.resolve("Pulumi.pr-1.yaml")).doesNotExist();
        assertThat(project.resolve("Pulumi.pr-2.yaml")).exists();
        assertThat(project.resolve("Pulumi.staging.yaml")).exists();
        assertThat(project.resolve("Pulumi.prod.yaml")).exists();
    }

    @Test
    void gc_reports_a_stack_it_could_not_remove_continues_and_exits_1() throws Exception {
        Files.writeString(project.resolve("Pulumi.pr-1.yaml"), "config:\n  howler:expiresAt: \"2026-11-25T11:00:00Z\"\n");
        Files.writeString(project.resolve("Pulumi.pr-5.yaml"), "config:\n  howler:expiresAt: \"2026-11-25T10:00:00Z\"\n");
        pulumi.exit("destroy.pr-5", 255).stderr("destroy.pr-5", "error: googleapi: Error 400: cluster is being updated");
        CliRun run = CliRun.in(pulumi.env(), "stack", "gc", "--json", "--cwd", project.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
        var doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.at("/stacks/0/stack").asText()).isEqualTo("pr-5");
        assertThat(doc.at("/stacks/0/result").asText()).isEqualTo("failed");
        assertThat(doc.at("/stacks/1/result").asText()).isEqualTo("removed");
        assertThat(run.err()).contains("could not be removed");
    }

    @Test
    void ls_shows_files_and_backend_stacks_with_expiry_and_last_update() throws Exception {
        Files.writeString(project.resolve("Pulumi.pr-1.yaml"), "config:\n  howler:expiresAt: \"2026-11-25T11:00:00Z\"\n");
        pulumi.stdout("stack-ls", "[{\"name\":\"prod\",\"current\":false,\"lastUpdate\":\"2026-11-24T08:00:00.000Z\",\"resourceCount\":61},"
                + "{\"name\":\"pr-1\",\"current\":false}]");
        CliRun run = CliRun.in(pulumi.env(), "stack", "ls", "--cwd", project.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("prod\\s+gke\\s+never\\s+2026-11-24T08:00:00Z\\s+61\\s+protected")
                .containsPattern("pr-1\\s+gke\\s+2026-11-25T11:00:00Z \\(expired 1h ago\\)");
        var doc = new ObjectMapper().readTree(CliRun.in(pulumi.env(), "stack", "ls", "--json", "--cwd", project.toString()).out());
        assertThat(doc.at("/stacks/0/stack").asText()).isEqualTo("pr-1");
        assertThat(doc.at("/stacks/0/expired").asBoolean()).isTrue();
    }

    @Test
    void rm_of_a_stack_with_resources_says_destroy_first() throws Exception {
        Files.writeString(project.resolve("Pulumi.pr-1.yaml"), "config:\n  howler:protect: false\n");
        pulumi.exit("stack-rm", 255).stderr("stack-rm", "error: 'pr-1' still has resources; removal rejected. Possible actions:");
        CliRun run = CliRun.in(pulumi.env(), "stack", "rm", "pr-1", "--yes", "--cwd", project.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(run.err()).contains("still has resources", "howler destroy pr-1");
        assertThat(project.resolve("Pulumi.pr-1.yaml")).exists();

        CliRun prod = CliRun.inCi(pulumi.env(), "stack", "rm", "prod", "--yes", "--cwd", project.toString());
        assertThat(prod.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(prod.err()).contains("--confirm prod");
    }
}
