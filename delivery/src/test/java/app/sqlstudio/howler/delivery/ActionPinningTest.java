package app.sqlstudio.howler.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every action a workflow uses is pinned to an exact release (owner/repo@v1.2.3), never a branch or a moving major
 * tag; local actions and reusable workflows of this repository are the only exception. Permissions are minimal:
 * read-only by default, and each job asks only for what its steps need.
 */
class ActionPinningTest {

    /** owner/repo[/path]@[v]MAJOR.MINOR.PATCH — an exact release tag. */
    static final Pattern EXACT = Pattern.compile("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[A-Za-z0-9_./-]+)?@v?\\d+\\.\\d+\\.\\d+$");
    static final Pattern LOCAL = Pattern.compile("^\\./[A-Za-z0-9_./-]+$");
    static final Pattern DOCKER_DIGEST = Pattern.compile("^docker://[^@\\s]+@sha256:[0-9a-f]{64}$");

    /** Every {@code uses:} of every step and job, as "file › job › step: value". */
    static List<Map.Entry<String, String>> uses() {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (Path file : Repo.workflows()) {
            Repo.forEachJob(Repo.yaml(file), (id, job) -> {
                if (job.hasNonNull("uses")) out.add(Map.entry(file.getFileName() + " › " + id, job.get("uses").asText()));
            });
            for (var step : Repo.steps(file)) {
                if (step.getValue().hasNonNull("uses")) out.add(Map.entry(step.getKey(), step.getValue().get("uses").asText()));
            }
        }
        return out;
    }

    @Test
    void every_action_is_pinned_to_an_exact_version() {
        List<Map.Entry<String, String>> uses = uses();
        assertThat(uses).hasSizeGreaterThan(20);
        assertThat(uses).allSatisfy(u -> assertThat(u.getValue())
                .as("%s uses %s: pin an exact release tag (e.g. actions/checkout@v5.0.0), never a branch or a major tag",
                        u.getKey(), u.getValue())
                .matches(v -> EXACT.matcher(v).matches() || LOCAL.matcher(v).matches() || DOCKER_DIGEST.matcher(v).matches()));
    }

    @Test
    void the_pattern_refuses_branches_and_moving_tags() {
        for (String bad : List.of("actions/checkout@main", "actions/checkout@master", "actions/checkout@v4",
                "actions/checkout@v4.2", "aquasecurity/trivy-action@latest", "actions/checkout", "docker://alpine:3.20")) {
            assertThat(EXACT.matcher(bad).matches() || LOCAL.matcher(bad).matches() || DOCKER_DIGEST.matcher(bad).matches())
                    .as(bad).isFalse();
        }
        assertThat(EXACT.matcher("aquasecurity/trivy-action@v0.35.0").matches()).isTrue();
        assertThat(EXACT.matcher("github/codeql-action/init@v3.29.5").matches()).isTrue();
    }

    @Test
    void every_workflow_defaults_to_read_only_contents() {
        for (Path file : Repo.workflows()) {
            JsonNode permissions = Repo.yaml(file).get("permissions");
            assertThat(permissions).as("%s: top-level permissions", file.getFileName()).isNotNull();
            assertThat(Repo.fields(permissions)).as("%s: top-level permissions", file.getFileName())
                    .extracting(e -> e.getKey() + ": " + e.getValue().asText())
                    .containsExactly("contents: read");
        }
    }

    @Test
    void jobs_ask_only_for_the_write_permissions_their_steps_use() {
        for (Path file : Repo.workflows()) {
            Repo.forEachJob(Repo.yaml(file), (id, job) -> {
                String where = file.getFileName() + " › " + id;
                String steps = job.path("steps").toString();
                JsonNode permissions = job.path("permissions");
                for (var p : Repo.fields(permissions)) {
                    String scope = p.getKey();
                    String level = p.getValue().asText();
                    if (!level.equals("write")) continue;
                    switch (scope) {
                        // OIDC token: only for keyless cloud auth (Workload Identity Federation)
                        case "id-token" -> assertThat(steps).as(where + " asks for id-token: write")
                                .contains("google-github-actions/auth@");
                        // comments: our pr-comment.sh or Pulumi's comment-on-pr
                        case "pull-requests" -> assertThat(steps).as(where + " asks for pull-requests: write")
                                .containsAnyOf("pr-comment.sh", "\"comment-on-pr\":true");
                        default -> throw new AssertionError(where + " asks for " + scope + ": write, which no step needs");
                    }
                }
                if (steps.contains("google-github-actions/auth@")) {
                    assertThat(permissions.path("id-token").asText()).as(where + " authenticates to GCP").isEqualTo("write");
                }
            });
        }
    }

    @Test
    void google_cloud_is_reached_with_workload_identity_federation_never_a_key_file() {
        for (Path file : Repo.workflows()) {
            for (var step : Repo.steps(file)) {
                if (!step.getValue().path("uses").asText().startsWith("google-github-actions/auth@")) continue;
                JsonNode with = step.getValue().path("with");
                assertThat(with.path("workload_identity_provider").asText()).as(step.getKey())
                        .isEqualTo("${{ vars.GCP_WORKLOAD_IDENTITY_PROVIDER }}");
                assertThat(with.has("credentials_json")).as(step.getKey() + " must not use a key file").isFalse();
            }
            assertThat(Repo.read(file)).as(file.getFileName().toString())
                    .doesNotContain("credentials_json").doesNotContain("GCP_SA_KEY");
        }
    }
}
