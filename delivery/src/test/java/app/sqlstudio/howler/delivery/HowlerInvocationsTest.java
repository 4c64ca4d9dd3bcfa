package app.sqlstudio.howler.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import app.sqlstudio.howler.cli.Howler;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Every {@code howler ...} a workflow runs is a command line the CLI accepts: parsed by the CLI's own picocli model
 * ({@link Howler#commandLine}), with {@code ${{ ... }}} expressions and shell variables replaced by sample values.
 * A renamed command or option, a missing positional or a bad enum value fails the build, not a release.
 */
class HowlerInvocationsTest {

    record Invocation(String where, List<String> args) {
        @Override
        public String toString() {
            return where + ": howler " + String.join(" ", args);
        }
    }

    static List<Invocation> invocations() {
        List<Invocation> out = new ArrayList<>();
        for (Path file : Repo.workflows()) {
            for (var step : Repo.steps(file)) {
                String run = step.getValue().path("run").asText("");
                for (List<String> args : ShellCommands.invocations(run, "howler")) {
                    out.add(new Invocation(step.getKey(), args));
                }
            }
        }
        // the helper scripts the workflows call run howler too
        try (var scripts = java.nio.file.Files.list(Repo.root().resolve(".github/scripts"))) {
            for (Path script : scripts.filter(f -> f.toString().endsWith(".sh")).sorted().toList()) {
                for (List<String> args : ShellCommands.invocations(Repo.read(script), "howler")) {
                    out.add(new Invocation(script.getFileName() + " (script)", args));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    static CommandLine cli() {
        return Howler.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Clock.systemUTC());
    }

    /** "stack init", "up", ...: the names of the (sub)commands a parse reached, space-separated. */
    static String commandPath(ParseResult result) {
        List<String> names = new ArrayList<>();
        for (ParseResult r = result.subcommand(); r != null; r = r.subcommand()) {
            names.add(r.commandSpec().name());
        }
        return String.join(" ", names);
    }

    @Test
    void every_howler_command_line_in_the_workflows_parses() {
        List<Invocation> all = invocations();
        List<String> problems = new ArrayList<>();
        for (Invocation inv : all) {
            try {
                ParseResult result = cli().parseArgs(inv.args().toArray(String[]::new));
                String path = commandPath(result);
                if (path.isEmpty() || path.startsWith("help")) problems.add(inv + " → runs no command");
            } catch (CommandLine.ParameterException e) {
                problems.add(inv + " → " + e.getMessage());
            }
        }
        assertThat(problems).as("howler command lines the CLI rejects (infra/cli/README.md is the contract; align the workflow "
                + "or the CLI)").isEmpty();
    }

    @Test
    void the_workflows_run_the_pipeline_commands() {
        Map<String, List<String>> byWorkflow = invocations().stream().collect(Collectors.groupingBy(
                inv -> inv.where().substring(0, inv.where().indexOf(' ')),
                Collectors.mapping(inv -> String.join(" ", inv.args()), Collectors.toList())));
        assertThat(byWorkflow.get("ci.yml")).contains("plan prod");
        assertThat(byWorkflow.get("preview.yml")).contains("plan prod --format json", "cost prod --json");
        assertThat(byWorkflow.get("deploy.yml")).contains(
                "plan sample --format json",
                "outputs sample --json",
                "up sample --yes --image-tag sample",
                "smoke sample");
        // the rollback is a second `up` with the previous version
        assertThat(byWorkflow.get("deploy.yml")).filteredOn(c -> c.startsWith("up ")).hasSize(2);
        assertThat(byWorkflow.get("ephemeral.yml")).contains(
                "plan pr-sample --format json",
                "up pr-sample --yes --target sample",
                "up pr-sample --yes --image-tag sample",
                "outputs pr-sample --json",
                "destroy pr-sample --yes",
                "stack rm pr-sample --yes");
        assertThat(byWorkflow.get("ephemeral-stack.sh")).contains(
                "stack init sample --ephemeral --ttl sample --from prod",
                "destroy sample --yes",
                "stack rm sample --yes");
        assertThat(byWorkflow.get("gc.yml")).containsExactly("stack gc");
    }

    @Test
    void the_extraction_reads_shell_as_bash_would() {
        String script = """
                set +e
                ./howler plan prod --format json > plan.json
                echo "exit=$?" >> "$GITHUB_OUTPUT"
                # ./howler commented out
                echo "howler up is not run here"
                ./howler up "pr-$PR" --yes \\
                  --image-tag "${{ needs.validate.outputs.version }}" 2>&1 | tee up.log
                if ! ./howler smoke "$STACK"; then echo failed; fi
                tag="$(./howler outputs prod --json)" && X=1 howler stack gc
                (cd .base && ./howler cost prod --json > ../cost.json || true)
                """;
        assertThat(ShellCommands.invocations(script, "howler")).containsExactlyInAnyOrder(
                List.of("plan", "prod", "--format", "json"),
                List.of("up", "pr-sample", "--yes", "--image-tag", "sample"),
                List.of("smoke", "sample"),
                List.of("outputs", "prod", "--json"),
                List.of("stack", "gc"),
                List.of("cost", "prod", "--json"));
    }

    @Test
    void the_parser_check_rejects_what_the_cli_would() {
        for (String bad : List.of("plan prod --format yaml", "plan", "plan prod --no-such-option", "launch prod")) {
            boolean rejected;
            try {
                cli().parseArgs(bad.split(" "));
                rejected = false;
            } catch (CommandLine.ParameterException e) {
                rejected = true;
            }
            assertThat(rejected).as("howler " + bad).isTrue();
        }
    }
}
