package app.sqlstudio.howler.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pipeline of docs/architecture.md ("Delivery") as the workflows wire it: triggers, order, guards. */
class PipelineTest {

    static JsonNode wf(String name) {
        return Repo.yaml(Repo.workflow(name));
    }

    /** The steps of one job, in order. */
    static List<JsonNode> steps(JsonNode workflow, String job) {
        List<JsonNode> out = new ArrayList<>();
        workflow.path("jobs").path(job).path("steps").forEach(out::add);
        assertThat(out).as("job %s has steps", job).isNotEmpty();
        return out;
    }

    static int indexOf(List<JsonNode> steps, String text) {
        for (int i = 0; i < steps.size(); i++) {
            JsonNode s = steps.get(i);
            if (s.toString().contains(text) || s.path("run").asText().contains(text)) return i;
        }
        throw new AssertionError("no step contains " + text);
    }

    static JsonNode step(List<JsonNode> steps, String text) {
        return steps.get(indexOf(steps, text));
    }

    @Test
    void ci_runs_the_readme_test_command_with_caches_and_keeps_reports_even_on_failure() {
        JsonNode ci = wf("ci.yml");
        assertThat(ci.path("on").has("push")).isTrue();
        assertThat(ci.path("on").has("pull_request")).isTrue();
        assertThat(Repo.read(Repo.root().resolve("README.md"))).contains("./mvnw -B verify");
        List<JsonNode> steps = steps(ci, "verify");
        assertThat(step(steps, "actions/setup-java@").path("with").path("cache").asText()).isEqualTo("maven");
        assertThat(step(steps, "actions/setup-node@").path("with").path("cache").asText()).isEqualTo("npm");
        assertThat(step(steps, "actions/setup-node@").path("with").path("cache-dependency-path").asText())
                .contains("frontend/package-lock.json");
        int test = indexOf(steps, "./mvnw -B verify");
        JsonNode reports = step(steps, "surefire-reports");
        JsonNode screenshots = step(steps, "frontend/test-results/**");
        for (JsonNode upload : List.of(reports, screenshots)) {
            assertThat(upload.path("uses").asText()).startsWith("actions/upload-artifact@");
            assertThat(upload.path("if").asText()).as("uploaded also when the tests fail").contains("!cancelled()");
            assertThat(steps.indexOf(upload)).isGreaterThan(test);
        }
    }

    @Test
    void preview_comments_the_offline_plan_and_runs_pulumi_preview_only_with_credentials() {
        JsonNode preview = wf("preview.yml");
        assertThat(preview.path("on").has("pull_request")).isTrue();
        List<JsonNode> plan = steps(preview, "plan");
        assertThat(indexOf(plan, "plan-comment.mjs")).isGreaterThan(indexOf(plan, "./howler plan prod --format json"));
        assertThat(step(plan, "plan-comment.mjs").path("run").asText()).contains("pr-comment.sh");
        // the job fails after commenting when a mandatory policy is violated
        assertThat(indexOf(plan, "exit 1")).isGreaterThan(indexOf(plan, "plan-comment.mjs"));

        JsonNode pulumi = preview.path("jobs").path("pulumi-preview");
        assertThat(pulumi.path("if").asText()).contains("vars.GCP_WORKLOAD_IDENTITY_PROVIDER != ''");
        JsonNode action = step(steps(preview, "pulumi-preview"), "\"command\":\"preview\"");
        assertThat(action.path("uses").asText()).startsWith("pulumi/actions@");
        assertThat(action.path("with").path("stack-name").asText()).isEqualTo("prod");
        assertThat(action.path("with").path("comment-on-pr").asBoolean()).isTrue();
    }

    @Test
    void deploy_runs_on_release_and_by_hand_and_never_overlaps_itself() {
        JsonNode deploy = wf("deploy.yml");
        assertThat(deploy.at("/on/release/types")).extracting(JsonNode::asText).containsExactly("published");
        JsonNode inputs = deploy.at("/on/workflow_dispatch/inputs");
        assertThat(inputs.at("/stack/default").asText()).isEqualTo("prod");
        assertThat(inputs.at("/skip_migrations/type").asText()).isEqualTo("boolean");
        assertThat(deploy.at("/concurrency/group").asText()).isEqualTo("deploy-${{ inputs.stack || 'prod' }}");
        assertThat(deploy.at("/concurrency/cancel-in-progress").asBoolean(true)).isFalse();
        assertThat(deploy.at("/jobs/test/uses").asText()).isEqualTo("./.github/workflows/ci.yml");
        assertThat(wf("ci.yml").path("on").has("workflow_call")).isTrue();
        assertThat(deploy.at("/jobs/images/needs")).extracting(JsonNode::asText).contains("test", "validate");
        assertThat(deploy.at("/jobs/deploy/needs")).extracting(JsonNode::asText).contains("validate", "images");
    }

    @Test
    void images_are_built_for_both_dockerfiles_scanned_and_pushed_only_after_the_scan() {
        JsonNode deploy = wf("deploy.yml");
        assertThat(deploy.at("/jobs/images/strategy/matrix/include")).extracting(m -> m.path("file").asText())
                .containsExactlyInAnyOrder("service/Dockerfile", "frontend/Dockerfile");
        List<JsonNode> steps = steps(deploy, "images");
        JsonNode build = step(steps, "docker/build-push-action@");
        assertThat(build.path("with").path("push").asBoolean(true)).isFalse();
        assertThat(build.path("with").path("tags").asText()).isEqualTo("${{ env.IMAGE }}");
        assertThat(deploy.at("/jobs/images/env/IMAGE").asText()).endsWith(":${{ needs.validate.outputs.version }}");
        JsonNode scan = step(steps, "aquasecurity/trivy-action@");
        assertThat(scan.path("with").path("severity").asText()).isEqualTo("CRITICAL");
        assertThat(scan.path("with").path("exit-code").asText()).isEqualTo("1");
        assertThat(scan.path("with").path("image-ref").asText()).isEqualTo("${{ env.IMAGE }}");
        assertThat(indexOf(steps, "docker push")).isGreaterThan(steps.indexOf(scan));
        assertThat(steps.indexOf(scan)).isGreaterThan(steps.indexOf(build));
        assertThat(step(steps, "google-github-actions/auth@").path("with").path("token_format").asText())
                .isEqualTo("access_token");
    }

    @Test
    void images_are_pushed_under_the_names_and_registry_the_stack_deploys() {
        JsonNode outputs = ProdPlan.tree().path("outputs");
        String registry = outputs.path("registryUrl").asText();
        assertThat(registry).isNotEmpty();
        JsonNode deploy = wf("deploy.yml");
        for (JsonNode entry : deploy.at("/jobs/images/strategy/matrix/include")) {
            String image = entry.path("image").asText();
            String key = image.endsWith("backend") ? "backendImage" : "frontendImage";
            assertThat(outputs.path(key).asText()).as("the stack's %s", key)
                    .isEqualTo(registry + "/" + image + ":" + outputs.path(key).asText().replaceAll(".*:", ""));
        }
        // the registry the workflow pushes to is the plan's registryUrl output, read by stack-output.mjs
        assertThat(step(steps(deploy, "validate"), "registryUrl").path("run").asText())
                .contains("stack-output.mjs plan.json registryUrl");
    }

    @Test
    void deploy_migrates_and_rolls_out_then_smoke_tests_and_rolls_back_on_failure() {
        JsonNode deploy = wf("deploy.yml");
        JsonNode job = deploy.at("/jobs/deploy");
        assertThat(job.at("/permissions/id-token").asText()).isEqualTo("write");
        List<JsonNode> steps = steps(deploy, "deploy");
        int previous = indexOf(steps, "./howler outputs");
        int up = indexOf(steps, "--image-tag \"$VERSION\"");
        int smoke = indexOf(steps, "./howler smoke");
        JsonNode rollback = step(steps, "--image-tag \"$PREVIOUS\"");
        JsonNode summary = step(steps, "GITHUB_STEP_SUMMARY");
        assertThat(previous).isLessThan(up);
        assertThat(up).isLessThan(smoke);
        assertThat(steps.indexOf(rollback)).isGreaterThan(smoke);
        assertThat(rollback.path("if").asText()).contains("failure()", "steps.previous.outputs.version != ''");
        assertThat(rollback.at("/env/PREVIOUS").asText()).isEqualTo("${{ steps.previous.outputs.version }}");
        assertThat(summary.path("if").asText()).contains("always()");
        assertThat(summary.path("run").asText()).contains("deploy-summary.mjs");
        assertThat(summary.path("env").toString()).contains("steps.rollback.outcome");
    }

    @Test
    void ephemeral_stacks_follow_the_label_and_the_pull_request() {
        JsonNode eph = wf("ephemeral.yml");
        assertThat(eph.at("/on/pull_request/types")).extracting(JsonNode::asText).contains("labeled", "closed");
        assertThat(eph.at("/jobs/up/if").asText()).contains("'preview-stack'");
        assertThat(eph.at("/jobs/down/if").asText()).contains("'closed'", "'preview-stack'");
        List<JsonNode> up = steps(eph, "up");
        assertThat(indexOf(up, "ephemeral-stack.sh \"pr-$PR\" 48h")).isLessThan(indexOf(up, "./howler up"));
        assertThat(indexOf(up, "actions/cache/restore@")).isLessThan(indexOf(up, "ephemeral-stack.sh"));
        assertThat(indexOf(up, "actions/cache/save@")).isBetween(indexOf(up, "ephemeral-stack.sh"), indexOf(up, "./howler up"));
        assertThat(step(up, "appUrl").path("run").asText()).contains("pr-comment.sh");
        // the preview runs the pull request's images, built like the deploy builds them, pushed before the full up
        var deployBuilds = new java.util.TreeMap<String, String>();
        wf("deploy.yml").at("/jobs/images/strategy/matrix/include")
                .forEach(m -> deployBuilds.put(m.path("file").asText(), m.path("context").asText()));
        var previewBuilds = new java.util.TreeMap<String, String>();
        up.stream().filter(st -> st.path("uses").asText().startsWith("docker/build-push-action@"))
                .forEach(st -> previewBuilds.put(st.at("/with/file").asText(), st.at("/with/context").asText()));
        assertThat(previewBuilds).isEqualTo(deployBuilds);
        assertThat(indexOf(up, "--target \"$repository\"")).isLessThan(indexOf(up, "docker/build-push-action@"));
        assertThat(indexOf(up, "--image-tag \"$TAG\"")).isGreaterThan(indexOf(up, "Frontend image"));
        List<JsonNode> down = steps(eph, "down");
        assertThat(indexOf(down, "./howler destroy")).isLessThan(indexOf(down, "./howler stack rm"));
        assertThat(eph.at("/concurrency/cancel-in-progress").asBoolean(true)).isFalse();
    }

    @Test
    void gc_runs_every_hour() {
        JsonNode gc = wf("gc.yml");
        assertThat(gc.at("/on/schedule/0/cron").asText()).matches("[0-5]?\\d \\* \\* \\* \\*");
    }

    @Test
    void only_the_steps_that_need_a_secret_receive_it() {
        // deploy tokens never reach the jobs that build images or run pull-request code without credentials
        JsonNode deploy = wf("deploy.yml");
        assertThat(deploy.at("/jobs/images").toString()).doesNotContain("secrets.");
        assertThat(wf("preview.yml").at("/jobs/plan").toString()).doesNotContain("secrets.");
        assertThat(wf("ci.yml").toString()).doesNotContain("secrets.");
        for (var e : Map.of("deploy.yml", deploy, "ephemeral.yml", wf("ephemeral.yml")).entrySet()) {
            assertThat(e.getValue().toString()).as(e.getKey()).doesNotContain("pull_request_target");
        }
    }
}
