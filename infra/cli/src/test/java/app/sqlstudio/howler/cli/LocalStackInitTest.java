package app.sqlstudio.howler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.sqlstudio.howler.stack.plan.StackFile;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code howler stack init NAME --kubeconfig PATH}: a stack on an existing cluster, against the stand-in engine. */
class LocalStackInitTest {

    static final String KUBECONFIG = """
            apiVersion: v1
            kind: Config
            clusters:
            - cluster: {server: "https://127.0.0.1:6443", certificate-authority-data: Q0E=}
              name: kind-howler
            - cluster: {server: "https://127.0.0.1:7443"}
              name: k3d-other
            contexts:
            - context: {cluster: kind-howler, user: kind-howler}
              name: kind-howler
            - context: {cluster: k3d-other, user: k3d-other}
              name: k3d-other
            current-context: kind-howler
            users:
            - name: kind-howler
              user: {client-key-data: U0VDUkVULUtFWS1NQVRFUklBTA==}
            - name: k3d-other
              user: {token: a-bearer-token-that-must-stay-in-the-file}
            """;

    @TempDir
    Path tmp;
    Path project;
    Path kubeconfig;
    StandInPulumi pulumi;

    @BeforeEach
    void setUp() throws Exception {
        project = CliRun.project(Files.createDirectories(tmp.resolve("project")));
        pulumi = StandInPulumi.create(tmp);
        kubeconfig = Files.writeString(tmp.resolve("kubeconfig.yaml"), KUBECONFIG);
    }

    private CliRun init(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "stack";
        all[1] = "init";
        System.arraycopy(args, 0, all, 2, args.length);
        all[args.length + 2] = "--cwd";
        all[args.length + 3] = project.toString();
        return CliRun.in(pulumi.env(), all);
    }

    @Test
    void init_writes_a_local_stack_pinned_to_the_context_with_only_a_fresh_jwt_secret() throws Exception {
        Map<String, String> env = new HashMap<>(pulumi.env());
        env.put("CLOUDFLARE_API_TOKEN", "cf-token-not-wanted");
        env.put("TURSO_API_TOKEN", "turso-token-not-wanted");
        CliRun run = CliRun.in(env, "stack", "init", "local", "--kubeconfig", kubeconfig.toString(), "--cwd", project.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Created stack local", "context kind-howler of " + kubeconfig,
                "namespace: sql-studio-local; database: sqlite on claim sql-studio-data", "local.localhost",
                "howler.local/sql-studio-backend:");

        var values = StackFile.load(project, "local").values();
        assertThat(values).containsEntry("howler:target", "local")
                .containsEntry("howler:kubeconfig", kubeconfig.toString())
                .containsEntry("howler:kubeContext", "kind-howler")
                .containsEntry("howler:database", "sqlite")
                .containsEntry("howler:protectData", "true")
                .containsEntry("howler:domain", "local.localhost")
                .containsEntry("howler:environment", "development")
                // prod's app settings are kept
                .containsEntry("howler:backendReplicasMin", "2").containsEntry("howler:backendReplicasMax", "10")
                .containsEntry("howler:monitoring", "false")
                .doesNotContainKeys("gcp:project", "gcp:region", "howler:clusterName", "howler:kubePrometheusStackChartVersion",
                        "howler:cloudflareZoneId", "turso:organization", "howler:tursoDatabaseName", "howler:expiresAt");
        String text = Files.readString(project.resolve("Pulumi.local.yaml"));
        assertThat(text).doesNotContain("U0VDUkVULUtFWS1NQVRFUklBTA==", "a-bearer-token", "127.0.0.1");

        String setAll = pulumi.calls("config set-all").get(0);
        assertThat(setAll).contains("--stack local", "--secret howler:jwtSecret=")
                .doesNotContain("cloudflare:apiToken", "turso:apiToken");
        assertThat(pulumi.calls("config --show-secrets")).as("no source secrets needed").isEmpty();

        CliRun plan = CliRun.in(pulumi.env(), "plan", "local", "--cwd", project.toString());
        assertThat(plan.exitCode()).as(plan.err() + plan.out()).isZero();
        assertThat(plan.out()).contains("PersistentVolumeClaim sql-studio-local/sql-studio-data", "Policies: all passed")
                .doesNotContain("gcp:", "cloudflare:", "Release");

        CliRun copy = CliRun.in(pulumi.env(), "stack", "init", "other", "--from", "local", "--cwd", project.toString());
        assertThat(copy.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(copy.err()).contains("Stack local is a local stack", "pass --kubeconfig PATH");
        CliRun second = CliRun.in(pulumi.env(), "stack", "init", "other", "--from", "local", "--kubeconfig", kubeconfig.toString(),
                "--context", "k3d-other", "--cwd", project.toString());
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(StackFile.load(project, "other").values()).containsEntry("howler:namespace", "sql-studio-other")
                .containsEntry("howler:kubeContext", "k3d-other");

        CliRun ls = CliRun.in(pulumi.env(), "stack", "ls", "--cwd", project.toString());
        assertThat(ls.out()).containsPattern("local\\s+local\\s+never").containsPattern("prod\\s+gke\\s+never");
        var doc = new ObjectMapper().readTree(CliRun.in(pulumi.env(), "stack", "ls", "--json", "--cwd", project.toString()).out());
        assertThat(doc.at("/stacks/0/stack").asText()).isEqualTo("local");
        assertThat(doc.at("/stacks/0/target").asText()).isEqualTo("local");
        assertThat(doc.at("/stacks/2/stack").asText()).isEqualTo("prod");
        assertThat(doc.at("/stacks/2/target").asText()).isEqualTo("gke");
    }

    @Test
    void a_named_context_an_ephemeral_expiry_and_sets_are_honoured() throws Exception {
        CliRun run = init("dev-alice", "--kubeconfig", kubeconfig.toString(), "--context", "k3d-other", "--ephemeral",
                "--ttl", "8h", "--set", "podCidr=10.42.0.0/16", "--set", "imageRegistry=localhost:5001",
                "--set", "ingressClass=traefik", "--set", "ingressNamespace=kube-system", "--set", "monitoring=true");
        assertThat(run.exitCode()).as(run.err()).isZero();
        var values = StackFile.load(project, "dev-alice").values();
        assertThat(values).containsEntry("howler:kubeContext", "k3d-other")
                .containsEntry("howler:expiresAt", "2026-11-25T20:00:00Z")
                .containsEntry("howler:protectData", "false")
                .containsEntry("howler:namespace", "sql-studio-dev-alice")
                .containsEntry("howler:podCidr", "10.42.0.0/16")
                .containsEntry("howler:imageRegistry", "localhost:5001")
                // asked for: prod's monitoring settings come back with it
                .containsEntry("howler:monitoring", "true")
                .containsEntry("howler:kubePrometheusStackChartVersion", "70.4.2")
                .containsEntry("howler:alertSlowQuerySeconds", "0.5");
        assertThat(run.out()).contains("expires:   2026-11-25T20:00:00Z");
        // gc sees it like any ephemeral stack: kept before its expiry, destroyed and removed after it
        var gc = CliRun.in(pulumi.env(), "stack", "gc", "--dry-run", "--cwd", project.toString());
        assertThat(gc.exitCode()).as(gc.err()).isZero();
        assertThat(gc.out()).doesNotContain("dev-alice: expired");
        var later = java.time.Clock.fixed(java.time.Instant.parse("2026-11-26T08:00:00Z"), java.time.ZoneOffset.UTC);
        var env = new app.sqlstudio.howler.cli.support.Env(pulumi.env(), new java.io.BufferedReader(new java.io.StringReader("")),
                app.sqlstudio.howler.stack.HowlerStack::define);
        var expired = CliRun.with(env, later, "stack", "gc", "--cwd", project.toString());
        assertThat(expired.exitCode()).as(expired.err()).isZero();
        assertThat(expired.out()).contains("dev-alice: destroyed");
        assertThat(pulumi.calls("destroy")).hasSize(1);
        assertThat(pulumi.calls("stack rm")).singleElement().asString().contains("dev-alice");
        assertThat(project.resolve("Pulumi.dev-alice.yaml")).doesNotExist();
    }

    @Test
    void database_turso_brings_back_the_turso_keys_and_asks_for_its_token() throws Exception {
        CliRun run = init("local", "--kubeconfig", kubeconfig.toString(), "--set", "database=turso");
        assertThat(run.exitCode()).as(run.err()).isZero();
        var values = StackFile.load(project, "local").values();
        assertThat(values).containsEntry("howler:database", "turso")
                .containsEntry("turso:organization", "howlerops")
                .containsEntry("howler:tursoDatabaseName", "sql-studio-local")
                .containsEntry("howler:tursoSharedGroup", "dev")
                .doesNotContainKeys("howler:dataVolumeSize", "howler:protectData", "gcp:project");
        assertThat(run.err()).contains("turso:apiToken is not set for local");
    }

    @Test
    void unusable_kubeconfigs_and_contexts_are_refused_with_the_fix_before_the_engine() throws Exception {
        Files.writeString(tmp.resolve("not-yaml"), "key: [unclosed\n");
        Files.writeString(tmp.resolve("not-kubeconfig.yaml"), "hello: world\n");
        Files.writeString(tmp.resolve("no-current.yaml"), KUBECONFIG.replace("current-context: kind-howler\n", ""));
        Files.writeString(tmp.resolve("no-contexts.yaml"), "apiVersion: v1\nkind: Config\ncontexts: []\n");
        Object[][] cases = {
                {new String[] {"local", "--kubeconfig", tmp.resolve("missing").toString()}, "does not exist", "kind get kubeconfig"},
                {new String[] {"local", "--kubeconfig", tmp.toString()}, "is not a readable file", "not its directory"},
                {new String[] {"local", "--kubeconfig", tmp.resolve("not-yaml").toString()}, "is not YAML", "kubectl config view --raw"},
                {new String[] {"local", "--kubeconfig", tmp.resolve("not-kubeconfig.yaml").toString()}, "is not a kubeconfig", "kubectl config view"},
                {new String[] {"local", "--kubeconfig", tmp.resolve("no-contexts.yaml").toString()}, "has no contexts", "kind, minikube and k3d"},
                {new String[] {"local", "--kubeconfig", tmp.resolve("no-current.yaml").toString()}, "has no current-context",
                        "pass --context with one of kind-howler, k3d-other"},
                {new String[] {"local", "--kubeconfig", kubeconfig.toString(), "--context", "minikube"}, "--context minikube",
                        "it has kind-howler, k3d-other"},
                {new String[] {"local", "--context", "kind-howler"}, "--context only applies with --kubeconfig", "add --kubeconfig PATH"},
                {new String[] {"dev-bob", "--kubeconfig", kubeconfig.toString(), "--ephemeral", "--ttl", "8h", "--shared-cluster", "dev"},
                        "--kubeconfig and --shared-cluster both say where the stack runs", "Pass one of them"},
                {new String[] {"local", "--kubeconfig", kubeconfig.toString(), "--ttl", "8h"}, "--ttl only applies with --ephemeral", ""},
                {new String[] {"feature-x", "--kubeconfig", kubeconfig.toString(), "--ephemeral", "--ttl", "8h"}, "is not an ephemeral stack name", ""},
        };
        for (Object[] c : cases) {
            String[] args = (String[]) c[0];
            CliRun run = init(args);
            assertThat(run.exitCode()).as(String.join(" ", args) + "\n" + run.err()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).as(String.join(" ", args)).contains((String) c[1], (String) c[2]);
        }
        assertThat(pulumi.calls()).isEmpty();
        assertThat(project.resolve("Pulumi.local.yaml")).doesNotExist();
    }

    @Test
    void a_bad_set_on_a_local_stack_fails_offline_and_leaves_no_file() {
        CliRun run = init("local", "--kubeconfig", kubeconfig.toString(), "--set", "dataVolumeSize=500Gi",
                "--set", "clusterName=mine");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("howler:dataVolumeSize: 500Gi is outside the namespace's LimitRange",
                "howler:clusterName: is read only on howler:target gke");
        assertThat(pulumi.calls("stack init")).isEmpty();
        assertThat(project.resolve("Pulumi.local.yaml")).doesNotExist();
    }

    @Test
    void doctor_checks_a_local_stacks_kubeconfig_and_context_instead_of_cloud_credentials() throws Exception {
        assertThat(init("local", "--kubeconfig", kubeconfig.toString()).exitCode()).isZero();
        pulumi.stdout("whoami", "{\"user\":\"dev\",\"url\":\"file:///home/dev/.pulumi\",\"organizations\":[]}");
        CliRun ok = CliRun.in(pulumi.env(), "doctor", "--stack", "local", "--cwd", project.toString());
        assertThat(ok.exitCode()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).containsPattern("ok\\s+kubeconfig\\s+context kind-howler of " + java.util.regex.Pattern.quote(kubeconfig.toString()))
                .doesNotContain("GCP credentials", "Cloudflare credentials", "Turso credentials");

        Files.delete(kubeconfig);
        CliRun gone = CliRun.in(pulumi.env(), "doctor", "--stack", "local", "--cwd", project.toString());
        assertThat(gone.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(gone.out()).containsPattern("FAIL kubeconfig").contains("does not exist");
    }

    @Test
    void a_relative_kubeconfig_is_stored_absolute_and_tilde_is_the_home_directory() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home/.kube"));
        Files.writeString(home.resolve("config"), KUBECONFIG);
        Map<String, String> env = new HashMap<>(pulumi.env());
        env.put("HOME", tmp.resolve("home").toString());
        CliRun run = CliRun.in(env, "stack", "init", "local", "--kubeconfig", "~/.kube/config", "--cwd", project.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(StackFile.load(project, "local").values())
                .containsEntry("howler:kubeconfig", home.resolve("config").toAbsolutePath().normalize().toString());
    }
}
