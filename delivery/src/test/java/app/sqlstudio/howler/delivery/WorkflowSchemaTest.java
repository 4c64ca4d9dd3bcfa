package app.sqlstudio.howler.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every workflow is valid against GitHub's workflow schema, as checked by action-validator (npm, pinned 0.6.0). */
class WorkflowSchemaTest {

    static Stream<Path> workflows() {
        return Repo.workflows().stream();
    }

    @Test
    void the_five_delivery_workflows_exist() {
        assertThat(Repo.workflows()).extracting(p -> p.getFileName().toString())
                .contains("ci.yml", "preview.yml", "deploy.yml", "ephemeral.yml", "gc.yml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workflows")
    void is_valid_against_the_github_workflow_schema(Path workflow) {
        Proc result = validate(workflow);
        assertThat(result.exit())
                .as("action-validator rejects %s:%n%s", Repo.root().relativize(workflow), result.all())
                .isZero();
    }

    /** The check above means something only if the validator rejects what GitHub would reject. */
    @Test
    void the_validator_rejects_an_invalid_workflow(@TempDir Path dir) throws Exception {
        Path typo = dir.resolve("typo.yml");
        Files.writeString(typo, """
                name: typo
                on:
                  push:
                jobs:
                  build:
                    runs-on: ubuntu-24.04
                    stepz:
                      - run: echo hello
                """);
        Path badTrigger = dir.resolve("trigger.yml");
        Files.writeString(badTrigger, """
                name: trigger
                on:
                  pushh:
                jobs:
                  build:
                    runs-on: ubuntu-24.04
                    steps:
                      - run: echo hello
                """);
        for (Path bad : List.of(typo, badTrigger)) {
            Proc result = validate(bad);
            assertThat(result.exit()).as("%s should be rejected:%n%s", bad.getFileName(), result.all()).isNotZero();
        }
        assertThat(validate(typo).all()).contains("stepz");
    }

    @Test
    void the_validator_is_the_pinned_version() throws Exception {
        Path installed = NodeTools.actionValidator().getParent().resolve("package.json");
        assertThat(Repo.JSON.readTree(installed.toFile()).get("version").asText()).isEqualTo("0.6.0");
        var manifest = Repo.JSON.readTree(Repo.root().resolve("delivery/package.json").toFile());
        assertThat(manifest.at("/devDependencies/@action-validator~1cli").asText()).isEqualTo("0.6.0");
    }

    private static Proc validate(Path workflow) {
        Path cli = NodeTools.actionValidator();
        return Proc.run(Repo.root(), java.util.Map.of("NO_COLOR", "1", "FORCE_COLOR", "0"), null,
                List.of(NodeTools.node().toString(), cli.toString(), workflow.toString()));
    }
}
