package app.sqlstudio.howler.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small scripts the workflows call instead of inline YAML logic, run as the workflows run them. */
class HelperScriptsTest {

    static Path scripts() {
        return Repo.root().resolve(".github/scripts");
    }

    // ---- release-version.mjs -------------------------------------------------------------------------------------

    static Proc version(Map<String, String> env) {
        Map<String, String> all = new HashMap<>(Map.of("GITHUB_EVENT_NAME", "", "RELEASE_TAG", "", "GITHUB_REF_TYPE", "",
                "GITHUB_REF_NAME", "", "GITHUB_SHA", ""));
        all.putAll(env);
        return NodeTools.script(all, null, ".github/scripts/release-version.mjs");
    }

    @Test
    void a_release_deploys_its_tag_without_the_v() {
        assertThat(version(Map.of("GITHUB_EVENT_NAME", "release", "RELEASE_TAG", "v1.4.2")).stdout()).isEqualTo("version=1.4.2\n");
        assertThat(version(Map.of("GITHUB_EVENT_NAME", "release", "RELEASE_TAG", "2026.11.25")).stdout())
                .isEqualTo("version=2026.11.25\n");
        assertThat(version(Map.of("GITHUB_EVENT_NAME", "workflow_dispatch", "GITHUB_REF_TYPE", "tag",
                "GITHUB_REF_NAME", "v1.5.0-rc.1")).stdout()).isEqualTo("version=1.5.0-rc.1\n");
        assertThat(version(Map.of("GITHUB_EVENT_NAME", "workflow_dispatch", "GITHUB_REF_TYPE", "branch",
                "GITHUB_REF_NAME", "main", "GITHUB_SHA", "0123456789abcdef0123456789abcdef01234567")).stdout())
                .isEqualTo("version=sha-0123456789ab\n");
    }

    @Test
    void a_tag_that_is_no_image_tag_stops_the_deploy() {
        Proc latest = version(Map.of("GITHUB_EVENT_NAME", "release", "RELEASE_TAG", "latest"));
        assertThat(latest.exit()).isEqualTo(2);
        assertThat(latest.stderr()).contains("::error::", "never \"latest\"");
        assertThat(version(Map.of("GITHUB_EVENT_NAME", "release", "RELEASE_TAG", "release/1.0")).exit()).isEqualTo(2);
        assertThat(version(Map.of()).exit()).isEqualTo(2);
    }

    // ---- stack-output.mjs ----------------------------------------------------------------------------------------

    static String output(Path file, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(file.toString()));
        all.addAll(List.of(args));
        Proc p = NodeTools.script(Map.of(), null, ".github/scripts/stack-output.mjs", all.toArray(String[]::new));
        assertThat(p.exit()).as(p.stderr()).isZero();
        return p.stdout().strip();
    }

    @Test
    void stack_outputs_come_from_outputs_json_or_from_a_plan(@TempDir Path dir) throws Exception {
        Path outputs = Files.writeString(dir.resolve("outputs.json"), """
                {"appUrl":"https://pr-12.dev.sql-studio.app",
                 "backendImage":{"value":"us-central1-docker.pkg.dev/p/sql-studio/sql-studio-backend:1.4.2","secret":false},
                 "kubeconfig":"[secret]"}""");
        assertThat(output(outputs, "appUrl")).isEqualTo("https://pr-12.dev.sql-studio.app");
        assertThat(output(outputs, "backendImage", "--tag")).isEqualTo("1.4.2");
        assertThat(output(outputs, "kubeconfig")).isEmpty();
        assertThat(output(outputs, "absent")).isEmpty();
        assertThat(output(dir.resolve("nothing-deployed.json"), "backendImage", "--tag")).isEmpty();

        Path plan = Files.writeString(dir.resolve("plan.json"), """
                {"project":"howlerops","stack":"prod","resources":[],
                 "outputs":{"registryUrl":"us-central1-docker.pkg.dev/howlerops-prod/sql-studio",
                            "backendImage":"us-central1-docker.pkg.dev/howlerops-prod/sql-studio/sql-studio-backend:0.1.0"}}""");
        assertThat(output(plan, "registryUrl")).isEqualTo("us-central1-docker.pkg.dev/howlerops-prod/sql-studio");
        assertThat(output(plan, "registryUrl", "--host")).isEqualTo("us-central1-docker.pkg.dev");
        assertThat(output(plan, "backendImage", "--tag")).isEqualTo("0.1.0");
    }

    @Test
    void a_value_the_plan_knows_only_after_up_is_an_error_never_a_name(@TempDir Path dir) throws Exception {
        // a stack in a shared cluster: its registry is the owner's, read from the owner's state only by up
        Path plan = Files.writeString(dir.resolve("plan.json"), """
                {"project":"howlerops","stack":"dev-bob","resources":[],
                 "outputs":{"registryUrl":"[unknown]","appUrl":"https://dev-bob.dev.sql-studio.app"}}""");
        for (String mode : List.of("", "--host", "--tag")) {
            List<String> args = new java.util.ArrayList<>(List.of(plan.toString(), "registryUrl"));
            if (!mode.isEmpty()) {
                args.add(mode);
            }
            Proc p = NodeTools.script(Map.of(), null, ".github/scripts/stack-output.mjs", args.toArray(String[]::new));
            assertThat(p.exit()).as(mode).isEqualTo(1);
            assertThat(p.stdout()).isEmpty();
            assertThat(p.stderr()).contains("registryUrl is known only after `howler up`").contains("howler outputs");
        }
        assertThat(output(plan, "appUrl")).isEqualTo("https://dev-bob.dev.sql-studio.app");
        // the real prod plan: what deploy.yml reads of it is known
        Path prod = Files.writeString(dir.resolve("prod.json"), ProdPlan.json());
        assertThat(output(prod, "registryUrl")).isEqualTo("us-central1-docker.pkg.dev/howlerops-prod/sql-studio");
    }

    @Test
    void the_target_urn_comes_from_the_plan_and_a_missing_one_is_an_error(@TempDir Path dir) throws Exception {
        Path plan = Files.writeString(dir.resolve("plan.json"), ProdPlan.json());
        String type = "gcp:artifactregistry/repository:Repository";
        Proc p = NodeTools.script(Map.of(), null, ".github/scripts/plan-urn.mjs", plan.toString(), type);
        assertThat(p.exit()).as(p.stderr()).isZero();
        assertThat(p.stdout().strip()).startsWith("urn:pulumi:prod::howlerops::").endsWith("$" + type + "::gke-images");
        Proc none = NodeTools.script(Map.of(), null, ".github/scripts/plan-urn.mjs", plan.toString(), "gcp:sql/databaseInstance:DatabaseInstance");
        assertThat(none.exit()).isEqualTo(1);
    }

    // ---- deploy-summary.mjs --------------------------------------------------------------------------------------

    static String summary(Map<String, String> env) {
        Map<String, String> all = new HashMap<>(Map.of("STACK", "prod", "VERSION", "1.5.0", "PREVIOUS", "1.4.2",
                "UP", "", "SMOKE", "", "ROLLBACK", "", "APP_URL", "", "SKIP_MIGRATIONS", "false"));
        all.putAll(env);
        Proc p = NodeTools.script(all, null, ".github/scripts/deploy-summary.mjs");
        assertThat(p.exit()).as(p.stderr()).isZero();
        return p.stdout();
    }

    @Test
    void the_summary_says_what_is_live_and_whether_the_previous_version_came_back() {
        assertThat(summary(Map.of("UP", "success", "SMOKE", "success", "APP_URL", "https://sql-studio.app")))
                .contains("✅ `1.5.0` is live on `prod` (https://sql-studio.app)", "It replaced `1.4.2`.");
        assertThat(summary(Map.of("UP", "success", "SMOKE", "failure", "ROLLBACK", "success")))
                .contains("❌ the smoke test failed for `1.5.0`.",
                        "**Rolled back**: `howler up prod --yes --image-tag 1.4.2` redeployed the previous version `1.4.2`");
        assertThat(summary(Map.of("UP", "failure", "SMOKE", "skipped", "ROLLBACK", "failure")))
                .contains("`howler up` (migration or rollout) failed", "🚨 **Rollback failed**");
        assertThat(summary(Map.of("UP", "failure", "PREVIOUS", "")))
                .contains("No rollback: `prod` had no version deployed before this one.");
        assertThat(summary(Map.of("UP", "skipped"))).contains("Nothing was deployed", "`1.4.2` is still running.");
        assertThat(summary(Map.of("UP", "success", "SMOKE", "success", "SKIP_MIGRATIONS", "true")))
                .contains("`skip_migrations` was requested: this run set `howler:runMigrations` to false");
    }

    // ---- require-env.sh ------------------------------------------------------------------------------------------

    @Test
    void missing_secrets_are_all_named_before_anything_runs() {
        Path script = scripts().resolve("require-env.sh");
        Proc ok = Proc.run(Repo.root(), Map.of("A_SET", "x", "B_SET", "y"), null,
                List.of("bash", script.toString(), "A_SET", "NOT_SET|B_SET"));
        assertThat(ok.exit()).as(ok.all()).isZero();
        Proc missing = Proc.run(Repo.root(), Map.of("A_SET", "x"), null,
                List.of("bash", script.toString(), "A_SET", "MISSING_ONE", "MISSING_TWO|MISSING_THREE"));
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.stdout()).contains("::error::MISSING_ONE is not set", "::error::MISSING_TWO or MISSING_THREE is not set")
                .contains("README");
    }

    // ---- pr-comment.sh (GitHub CLI replaced by a recording stand-in) ---------------------------------------------

    static Path stub(Path dir, String name, String body) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path file = bin.resolve(name);
        Files.writeString(file, "#!/usr/bin/env bash\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    static Map<String, String> pathWith(Path bin, Map<String, String> more) {
        Map<String, String> env = new HashMap<>(more);
        env.put("PATH", bin + java.io.File.pathSeparator + System.getenv("PATH"));
        return env;
    }

    @Test
    void the_plan_comment_is_updated_in_place_not_repeated(@TempDir Path dir) throws Exception {
        Path comment = Files.writeString(dir.resolve("comment.md"), "<!-- howler-plan-comment -->\n### plan\n");
        Path log = dir.resolve("gh.log");
        // the pull request already has a human comment, another bot comment, and our earlier one (id 303)
        Path bin = stub(dir, "gh", """
                echo "$*" >> "%s"
                if [[ "$*" == *--paginate* ]]; then
                  printf '101\\t<!-- howler-ephemeral-stack -->\\n303\\t<!-- howler-plan-comment -->\\n'
                fi
                """.formatted(log));
        Proc p = Proc.run(Repo.root(), pathWith(bin, Map.of("GITHUB_REPOSITORY", "sqlstudio/howler")), null,
                List.of("bash", scripts().resolve("pr-comment.sh").toString(), "42", comment.toString()));
        assertThat(p.exit()).as(p.all()).isZero();
        List<String> calls = Files.readAllLines(log);
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0)).startsWith("api --paginate repos/sqlstudio/howler/issues/42/comments --jq ");
        assertThat(calls.get(1)).isEqualTo("api --method PATCH repos/sqlstudio/howler/issues/comments/303 -F body=@" + comment);

        Files.delete(log);
        Path fresh = stub(dir, "gh", "echo \"$*\" >> \"%s\"\n".formatted(log));
        Proc first = Proc.run(Repo.root(), pathWith(fresh, Map.of("GITHUB_REPOSITORY", "sqlstudio/howler")), null,
                List.of("bash", scripts().resolve("pr-comment.sh").toString(), "42", comment.toString()));
        assertThat(first.exit()).as(first.all()).isZero();
        assertThat(Files.readAllLines(log).get(1)).isEqualTo("api --method POST repos/sqlstudio/howler/issues/42/comments -F body=@" + comment);
    }

    @Test
    void a_comment_without_a_marker_is_refused(@TempDir Path dir) throws Exception {
        Path comment = Files.writeString(dir.resolve("comment.md"), "### no marker\n");
        Path bin = stub(dir, "gh", "exit 0\n");
        Proc p = Proc.run(Repo.root(), pathWith(bin, Map.of("GITHUB_REPOSITORY", "sqlstudio/howler")), null,
                List.of("bash", scripts().resolve("pr-comment.sh").toString(), "42", comment.toString()));
        assertThat(p.exit()).isEqualTo(2);
        assertThat(p.stderr()).contains("marker");
    }

    // ---- stack-secrets.sh (pulumi replaced by a recording stand-in) ---------------------------------------------

    static Path pulumiStub(Path dir, Path log, boolean jwtAlreadySet) throws Exception {
        return stub(dir, "pulumi", """
                stdin=""
                if [ "$1" = config ] && [ "$2" = set ]; then stdin="$(cat)"; fi
                echo "$* <<< ${stdin}" >> "%s"
                if [ "$1" = config ] && [ "$2" = get ]; then exit %d; fi
                exit 0
                """.formatted(log, jwtAlreadySet ? 0 : 1));
    }

    @Test
    void stack_secrets_go_through_stdin_into_the_stack_config(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("pulumi.log");
        Path bin = pulumiStub(dir, log, false);
        Proc p = Proc.run(Repo.root(), pathWith(bin, Map.of("CLOUDFLARE_API_TOKEN", "cf-token", "TURSO_API_TOKEN",
                "turso-token", "JWT_SECRET", "jwt-value")), null,
                List.of("bash", scripts().resolve("stack-secrets.sh").toString(), "prod"));
        assertThat(p.exit()).as(p.all()).isZero();
        assertThat(Files.readAllLines(log)).containsExactly(
                "stack select --create prod --non-interactive <<< ",
                "config set --secret --stack prod --non-interactive cloudflare:apiToken <<< cf-token",
                "config set --secret --stack prod --non-interactive turso:apiToken <<< turso-token",
                "config set --secret --stack prod --non-interactive howler:jwtSecret <<< jwt-value");
        assertThat(p.stdout()).doesNotContain("cf-token", "turso-token", "jwt-value");
    }

    @Test
    void an_ephemeral_stack_keeps_its_own_signing_key_or_gets_a_random_one(@TempDir Path dir) throws Exception {
        Map<String, String> tokens = Map.of("CLOUDFLARE_API_TOKEN", "cf", "TURSO_API_TOKEN", "tt", "JWT_SECRET", "");
        Path log = dir.resolve("a.log");
        Proc kept = Proc.run(Repo.root(), pathWith(pulumiStub(dir.resolve("a"), log, true), tokens), null,
                List.of("bash", scripts().resolve("stack-secrets.sh").toString(), "pr-7"));
        assertThat(kept.exit()).as(kept.all()).isZero();
        assertThat(Files.readString(log)).doesNotContain("howler:jwtSecret <<<");

        Path log2 = dir.resolve("b.log");
        Proc fresh = Proc.run(Repo.root(), pathWith(pulumiStub(dir.resolve("b"), log2, false), tokens), null,
                List.of("bash", scripts().resolve("stack-secrets.sh").toString(), "pr-7"));
        assertThat(fresh.exit()).as(fresh.all()).isZero();
        assertThat(Files.readString(log2)).containsPattern("howler:jwtSecret <<< [A-Za-z0-9+/=]{64}\n");
    }

    @Test
    void stack_secrets_refuse_to_run_without_the_provider_tokens(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("pulumi.log");
        Proc p = Proc.run(Repo.root(), pathWith(pulumiStub(dir, log, false), Map.of("CLOUDFLARE_API_TOKEN", "",
                "TURSO_API_TOKEN", "x")), null, List.of("bash", scripts().resolve("stack-secrets.sh").toString(), "prod"));
        assertThat(p.exit()).isEqualTo(1);
        assertThat(p.stderr()).contains("::error::CLOUDFLARE_API_TOKEN is empty");
        assertThat(log).doesNotExist();
    }

    // ---- ephemeral-stack.sh (pulumi and ./howler replaced by recording stand-ins) -------------------------------

    static Proc ephemeral(Path dir, boolean stackExists, boolean fileRestored) throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Path log = dir.resolve("calls.log");
        Path bin = stub(dir, "pulumi", "echo \"pulumi $*\" >> \"%s\"\nexit %d\n".formatted(log, stackExists ? 0 : 1));
        Path howler = work.resolve("howler");
        Files.writeString(howler, "#!/usr/bin/env bash\necho \"howler $*\" >> \"%s\"\n".formatted(log));
        Files.setPosixFilePermissions(howler, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (fileRestored) Files.writeString(work.resolve("Pulumi.pr-9.yaml"), "config: {}\n");
        return Proc.run(work, pathWith(bin, Map.of()), null,
                List.of("bash", scripts().resolve("ephemeral-stack.sh").toString(), "pr-9", "48h"));
    }

    @Test
    void an_ephemeral_stack_is_reused_while_its_config_survives_and_made_afresh_otherwise(@TempDir Path dir) throws Exception {
        Proc reuse = ephemeral(dir.resolve("reuse"), true, true);
        assertThat(reuse.exit()).as(reuse.all()).isZero();
        assertThat(reuse.stdout()).isEqualTo("created=true\n".replace("true", "false"));
        assertThat(Files.readAllLines(dir.resolve("reuse/calls.log"))).containsExactly("pulumi stack select pr-9 --non-interactive");

        Proc fresh = ephemeral(dir.resolve("fresh"), false, true);
        assertThat(fresh.exit()).as(fresh.all()).isZero();
        assertThat(fresh.stdout()).isEqualTo("created=true\n");
        assertThat(dir.resolve("fresh/work/Pulumi.pr-9.yaml")).as("the stale file is dropped before init").doesNotExist();
        assertThat(Files.readAllLines(dir.resolve("fresh/calls.log"))).containsExactly(
                "pulumi stack select pr-9 --non-interactive",
                "howler stack init pr-9 --ephemeral --ttl 48h --from prod");

        Proc lost = ephemeral(dir.resolve("lost"), true, false);
        assertThat(lost.exit()).as(lost.all()).isZero();
        assertThat(lost.stdout()).isEqualTo("created=true\n");
        assertThat(Files.readAllLines(dir.resolve("lost/calls.log"))).containsExactly(
                "pulumi stack select pr-9 --non-interactive",
                "howler destroy pr-9 --yes",
                "howler stack rm pr-9 --yes",
                "howler stack init pr-9 --ephemeral --ttl 48h --from prod");
    }
}
