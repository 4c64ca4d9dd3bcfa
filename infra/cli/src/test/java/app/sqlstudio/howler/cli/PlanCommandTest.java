package app.sqlstudio.howler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String root = CliRun.repoRoot().toString();

    @Test
    void plan_prod_prints_a_tree_by_component_and_a_summary_and_exits_0() {
        CliRun run = CliRun.of("plan", "prod", "--cwd", root);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Plan of stack prod").contains("GkeCluster gke").contains("BackendWorkload backend")
                .contains("  ├─ Deployment sql-studio/sql-studio-backend").contains("[protected]")
                .containsPattern("\\d+ resources \\(.*\\), 0 mandatory and \\d+ advisory policy violations, \\d+ values known after up, "
                        + "about \\$[0-9.]+–\\$[0-9.]+/month");
    }

    @Test
    void plan_json_follows_the_documented_contract() throws Exception {
        CliRun run = CliRun.of("plan", "prod", "--format", "json", "--cwd", root);
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = JSON.readTree(run.out());
        List<String> keys = new ArrayList<>();
        doc.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("project", "stack", "resources", "outputs", "policies", "uncheckedPolicies", "summary");
        assertThat(doc.get("project").asText()).isEqualTo("howlerops");
        assertThat(doc.get("stack").asText()).isEqualTo("prod");
        for (JsonNode r : doc.get("resources")) {
            List<String> fields = new ArrayList<>();
            r.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("urn", "type", "name", "parent", "protect", "inputs");
            assertThat(r.get("urn").asText()).startsWith("urn:pulumi:prod::howlerops::");
        }
        JsonNode stack = doc.get("resources").get(0);
        assertThat(stack.get("type").asText()).isEqualTo("pulumi:pulumi:Stack");
        assertThat(stack.get("parent").isNull()).isTrue();
        JsonNode deployment = find(doc, "kubernetes:apps/v1:Deployment", "backend-deployment");
        assertThat(deployment.at("/inputs/metadata/name").asText()).isEqualTo("sql-studio-backend");
        assertThat(deployment.at("/inputs/spec/template/spec/containers/0/ports/0/containerPort").asInt()).isEqualTo(8500);
        assertThat(find(doc, "gcp:container/cluster:Cluster", "gke-cluster").get("protect").asBoolean()).isTrue();

        JsonNode summary = doc.get("summary");
        assertThat(summary.get("resources").asInt()).isEqualTo(doc.get("resources").size());
        int byType = 0;
        for (JsonNode n : summary.get("byType")) {
            byType += n.asInt();
        }
        assertThat(byType).isEqualTo(doc.get("resources").size());
        assertThat(summary.at("/violations/mandatory").asInt()).isZero();
        assertThat(doc.get("policies").isArray()).isTrue();
        assertThat(doc.at("/outputs/kubeconfig").asText()).isEqualTo("[unknown]");
        assertThat(doc.get("uncheckedPolicies").isArray()).isTrue();
        assertThat(summary.get("uncheckedPolicies").asInt()).isEqualTo(doc.get("uncheckedPolicies").size());
        // the same order in every JVM (a Map.of would not keep one)
        List<String> summaryKeys = new ArrayList<>();
        summary.fieldNames().forEachRemaining(summaryKeys::add);
        assertThat(summaryKeys).containsExactly("resources", "byType", "violations", "uncheckedPolicies", "unknowns");
        List<String> violationKeys = new ArrayList<>();
        summary.get("violations").fieldNames().forEachRemaining(violationKeys::add);
        assertThat(violationKeys).containsExactly("mandatory", "advisory");
        List<String> outputKeys = new ArrayList<>();
        doc.get("outputs").fieldNames().forEachRemaining(outputKeys::add);
        assertThat(outputKeys).isSorted();
    }

    @Test
    void values_the_cloud_assigns_are_unknown_in_json_and_known_after_up_in_text_never_made_up() throws Exception {
        CliRun json = CliRun.of("plan", "prod", "--format", "json", "--cwd", root);
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode doc = JSON.readTree(json.out());
        // the apex and api records point at the address Google reserves on up: no address is invented for them
        for (String record : List.of("edge-apex", "edge-api")) {
            JsonNode inputs = find(doc, "cloudflare:index/dnsRecord:DnsRecord", record).get("inputs");
            assertThat(inputs.get("type").asText()).isEqualTo("A");
            assertThat(inputs.get("content").asText()).isEqualTo("[unknown]");
            assertThat(inputs.get("proxied").asBoolean()).isTrue();
        }
        assertThat(doc.at("/outputs/ingressIp").asText()).isEqualTo("[unknown]");
        assertThat(doc.at("/outputs/podCidr").asText()).isEqualTo("[unknown]");
        assertThat(doc.at("/outputs/clusterName").asText()).isEqualTo("sql-studio-cluster");
        assertThat(json.out()).doesNotContainPattern("\\b3[45]\\.\\d+\\.\\d+\\.\\d+\\b")
                .doesNotContain("10.4.0.0/14").doesNotContain(".turso.io").doesNotContain("04da6b54-80e4-46f7-96ec-b56ff0331ba9");
        // the count is of every [unknown] in the document, inputs and outputs alike
        int unknowns = json.out().split("\"\\[unknown\\]\"", -1).length - 1;
        assertThat(doc.at("/summary/unknowns").asInt()).isEqualTo(unknowns).isPositive();

        CliRun text = CliRun.of("plan", "prod", "--cwd", root);
        assertThat(text.out()).contains("index/dnsRecord:DnsRecord sql-studio.app\n  │    content: (known after up)")
                .contains("index/dnsRecord:DnsRecord api.sql-studio.app\n  │    content: (known after up)")
                .contains("  ingressIp: (known after up)").doesNotContain("[unknown]")
                .contains(", " + unknowns + " values known after up, ");
    }

    @Test
    void secrets_never_appear_in_the_plan_only_the_secret_marker() {
        CliRun run = CliRun.of("plan", "prod", "--format", "json", "--cwd", root);
        assertThat(run.out()).doesNotContain("offline-plan-placeholder").contains("\"jwt-secret\" : \"[secret]\"");
    }

    @Test
    void missing_secrets_are_named_on_stderr_with_the_command_that_sets_them() {
        CliRun run = CliRun.of("plan", "prod", "--format", "json", "--cwd", root);
        assertThat(run.err()).contains("pulumi config set --secret howler:jwtSecret <value> --stack prod");
    }

    @Test
    void an_unknown_stack_exits_2_and_says_how_to_create_it() {
        CliRun run = CliRun.of("plan", "staging", "--cwd", root);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("No stack file Pulumi.staging.yaml").contains("howler stack init staging");
    }

    @Test
    void invalid_stack_config_exits_2_and_lists_every_problem(@TempDir Path dir) throws Exception {
        String prod = Files.readString(CliRun.repoRoot().resolve("Pulumi.prod.yaml"))
                .replace("howler:nodeMaxCount: 10", "howler:nodeMaxCount: many")
                .replace("  howler:domain: sql-studio.app\n", "");
        Files.writeString(dir.resolve("Pulumi.prod.yaml"), prod);
        CliRun run = CliRun.of("plan", "prod", "--cwd", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("has 2 problems")
                .contains("howler:nodeMaxCount: 'many' is not a whole number")
                .contains("howler:domain: missing: expected a lower-case DNS domain, e.g. sql-studio.app (Pulumi.prod.yaml)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void malformed_yaml_exits_2_naming_the_file(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Pulumi.prod.yaml"), "config:\n  howler:domain: [unclosed\n");
        CliRun run = CliRun.of("plan", "prod", "--cwd", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Pulumi.prod.yaml is not valid YAML");
    }

    @Test
    void a_mandatory_policy_violation_exits_1(@TempDir Path dir) throws Exception {
        String prod = Files.readString(CliRun.repoRoot().resolve("Pulumi.prod.yaml"))
                .replace("howler:limitRangeMaxCpuRatio: 5", "howler:limitRangeMaxCpuRatio: 4");
        Files.writeString(dir.resolve("Pulumi.prod.yaml"), prod);
        CliRun run = CliRun.of("plan", "prod", "--cwd", dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("✗ MANDATORY namespace-limits-admit-containers");
    }

    @Test
    void usage_errors_exit_2_with_a_hint() {
        CliRun badFormat = CliRun.of("plan", "prod", "--format", "xml");
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.err()).contains("--format").contains("text, json");
        CliRun noStack = CliRun.of("plan");
        assertThat(noStack.exitCode()).isEqualTo(2);
        assertThat(noStack.err()).contains("Missing required parameter: 'STACK'").contains("howler plan --help");
        CliRun unknown = CliRun.of("plna", "prod");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("plan");
    }

    @Test
    void help_shows_examples_and_exit_codes() {
        CliRun run = CliRun.of("plan", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--render-dir").contains("Examples:").contains("howler plan prod --format json");
        assertThat(CliRun.of("--help").out()).contains("Exit codes:");
    }

    private static JsonNode find(JsonNode doc, String type, String name) {
        for (JsonNode r : doc.get("resources")) {
            if (r.get("type").asText().equals(type) && r.get("name").asText().equals(name)) {
                return r;
            }
        }
        throw new AssertionError("no " + type + " " + name);
    }
}
