package app.sqlstudio.howler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyCommandTest {

    @Test
    void prod_passes_every_mandatory_policy_and_exits_0() {
        CliRun run = CliRun.of("policy", "prod", "--cwd", CliRun.repoRoot().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("0 mandatory");
    }

    @Test
    void json_lists_the_violations_and_their_counts() throws Exception {
        CliRun run = CliRun.of("policy", "prod", "--json", "--cwd", CliRun.repoRoot().toString());
        var doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("stack").asText()).isEqualTo("prod");
        assertThat(doc.at("/violations/mandatory").asInt()).isZero();
        assertThat(doc.get("policies").isArray()).isTrue();
    }

    @Test
    void list_names_every_documented_policy_with_its_severity() {
        CliRun run = CliRun.of("policy", "--list");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("container-runs-as-non-root", "container-read-only-root-filesystem",
                "container-no-privilege-escalation", "container-drops-all-capabilities", "container-seccomp-runtime-default",
                "container-requests-and-limits", "container-probes", "container-image-pinned", "namespace-default-deny",
                "pdb-for-replicated-deployments", "namespace-limits-admit-containers", "tls-names-agree",
                "cloudflare-ssl-strict", "cloudflare-min-tls", "cloudflare-records-proxied", "prod-resources-protected",
                "prod-hpa-minimum", "labels-app-component", "monthly-budget", "secret-rotation-age");
        assertThat(run.out()).containsPattern("monthly-budget\\s+advisory");
    }

    @Test
    void an_image_tagged_latest_is_reported_by_its_mandatory_policy_not_refused_as_config(@TempDir Path tmp) throws Exception {
        Path project = withProdValue(tmp, "howler:imageTag: 0.1.0", "howler:imageTag: latest");
        for (String verb : new String[] {"policy", "plan"}) {
            CliRun run = CliRun.of(verb, "prod", "--cwd", project.toString());
            assertThat(run.exitCode()).as(verb + ": " + run.err()).isEqualTo(ExitCode.FAILURE);
            assertThat(run.out() + run.err()).as(verb).contains("container-image-pinned", ":latest uses 'latest'")
                    .doesNotContain("howler:imageTag:");
        }
    }

    @Test
    void a_minimum_tls_below_1_2_is_reported_by_its_mandatory_policy_not_refused_as_config(@TempDir Path tmp) throws Exception {
        Path project = withProdValue(tmp, "howler:cloudflareMinTlsVersion: \"1.2\"", "howler:cloudflareMinTlsVersion: \"1.0\"");
        for (String verb : new String[] {"policy", "plan"}) {
            CliRun run = CliRun.of(verb, "prod", "--cwd", project.toString());
            assertThat(run.exitCode()).as(verb + ": " + run.err()).isEqualTo(ExitCode.FAILURE);
            assertThat(run.out() + run.err()).as(verb).contains("cloudflare-min-tls", "min_tls_version is 1.0")
                    .doesNotContain("howler:cloudflareMinTlsVersion:");
        }
    }

    private static Path withProdValue(Path tmp, String line, String replacement) throws Exception {
        Path project = CliRun.project(tmp);
        Path prod = project.resolve("Pulumi.prod.yaml");
        String text = Files.readString(prod);
        assertThat(text).contains(line);
        Files.writeString(prod, text.replace(line, replacement));
        return project;
    }

    @Test
    void a_stack_is_required_unless_listing() {
        CliRun run = CliRun.of("policy");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("STACK");
    }
}
