package app.sqlstudio.howler.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.sqlstudio.howler.cli.support.Env;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.Context;
import com.pulumi.core.Output;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An ephemeral stack's whole life through the Automation API: init, up, outputs, drift, destroy, rm. It runs
 * against the stand-in pulumi (replaying what a real engine sends for a one-output program) and, when the machine
 * has a real {@code pulumi} on PATH, against it with a local file backend and the same assertions.
 */
class StackLifecycleTest {

    /** What the real engine runs: no cloud resource, one output, so no cloud account is needed. */
    static final Consumer<Context> PROGRAM = ctx -> ctx.export("appUrl", Output.of("https://pr-7.dev.sql-studio.app"));

    @TempDir
    Path tmp;

    static Stream<Arguments> engines() {
        return Stream.of(Arguments.of("stand-in"), Arguments.of("real"));
    }

    @ParameterizedTest(name = "{0} pulumi")
    @MethodSource("engines")
    void an_ephemeral_stack_is_created_deployed_read_checked_destroyed_and_removed(String engine) throws Exception {
        Path project = CliRun.project(Files.createDirectories(tmp.resolve("project")));
        Map<String, String> env = new HashMap<>();
        if (engine.equals("real")) {
            assumeTrue(StandInPulumi.real().isPresent(), "no pulumi on PATH");
            // The real engine checks every plugin path of Pulumi.yaml (infra/turso-provider/bin) before it runs.
            Files.createSymbolicLink(project.resolve("infra"), CliRun.repoRoot().resolve("infra"));
            env.putAll(System.getenv());
            env.put("PULUMI_BACKEND_URL", "file://" + Files.createDirectories(tmp.resolve("state")));
            env.put("PULUMI_CONFIG_PASSPHRASE", "howler-test");
            env.put("PULUMI_SKIP_UPDATE_CHECK", "true");
            env.remove("CI");
        } else {
            StandInPulumi pulumi = StandInPulumi.create(tmp);
            String stackUrn = "urn:pulumi:pr-7::howlerops::pulumi:pulumi:Stack::howlerops-pr-7";
            pulumi.events("preview", new StandInPulumi.Events("pr-7").pre("create", "pulumi:pulumi:Stack", "howlerops-pr-7", true)
                            .summary(1, UpCommandTest.changes("create", 1)).lines())
                    .events("up", new StandInPulumi.Events("pr-7").step("create", "pulumi:pulumi:Stack", "howlerops-pr-7")
                            .summary(2, UpCommandTest.changes("create", 1)).lines())
                    .events("refresh", new StandInPulumi.Events("pr-7").step("refresh", "pulumi:pulumi:Stack", "howlerops-pr-7")
                            .summary(1, UpCommandTest.changes("same", 1)).lines())
                    .events("destroy", new StandInPulumi.Events("pr-7").step("delete", "pulumi:pulumi:Stack", "howlerops-pr-7")
                            .summary(1, UpCommandTest.changes("delete", 1)).lines())
                    .stdout("stack-output", "{\"appUrl\":\"https://pr-7.dev.sql-studio.app\"}");
            assertThat(stackUrn).contains("pr-7");
            env.putAll(pulumi.env());
        }
        env.put("CLOUDFLARE_API_TOKEN", "cf-test-token");
        env.put("TURSO_API_TOKEN", "turso-test-token");
        Env howler = new Env(env, new BufferedReader(new StringReader("")), PROGRAM);
        String cwd = project.toString();

        CliRun init = CliRun.with(howler, CliRun.CLOCK, "stack", "init", "pr-7", "--ephemeral", "--ttl", "8h", "--cwd", cwd);
        assertThat(init.exitCode()).as(init.out() + init.err()).isZero();
        assertThat(project.resolve("Pulumi.pr-7.yaml")).exists();

        CliRun up = CliRun.with(howler, CliRun.CLOCK, "up", "pr-7", "--yes", "--cwd", cwd);
        assertThat(up.exitCode()).as(up.out() + up.err()).isZero();
        assertThat(up.out()).contains("Preview: 1 to create", "Stack pr-7 updated in", "1 created", "appUrl: https://pr-7.dev.sql-studio.app");

        CliRun outputs = CliRun.with(howler, CliRun.CLOCK, "outputs", "pr-7", "--json", "--cwd", cwd);
        assertThat(outputs.exitCode()).as(outputs.err()).isZero();
        assertThat(new ObjectMapper().readTree(outputs.out()).get("appUrl").asText()).isEqualTo("https://pr-7.dev.sql-studio.app");

        CliRun drift = CliRun.with(howler, CliRun.CLOCK, "drift", "pr-7", "--cwd", cwd);
        assertThat(drift.exitCode()).as(drift.out() + drift.err()).isZero();
        assertThat(drift.out()).contains("No drift");

        CliRun destroy = CliRun.with(howler, CliRun.CLOCK, "destroy", "pr-7", "--yes", "--cwd", cwd);
        assertThat(destroy.exitCode()).as(destroy.out() + destroy.err()).isZero();
        assertThat(destroy.out()).contains("Stack pr-7 destroyed", "1 deleted");

        CliRun rm = CliRun.with(howler, CliRun.CLOCK, "stack", "rm", "pr-7", "--yes", "--cwd", cwd);
        assertThat(rm.exitCode()).as(rm.out() + rm.err()).isZero();
        assertThat(project.resolve("Pulumi.pr-7.yaml")).doesNotExist();
    }
}
