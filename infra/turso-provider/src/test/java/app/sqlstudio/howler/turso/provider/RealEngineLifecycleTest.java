package app.sqlstudio.howler.turso.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pulumi.Context;
import com.pulumi.automation.AutomationException;
import com.pulumi.automation.ConfigValue;
import com.pulumi.automation.DestroyOptions;
import com.pulumi.automation.LocalWorkspace;
import com.pulumi.automation.LocalWorkspaceOptions;
import com.pulumi.automation.OperationType;
import com.pulumi.automation.PreviewOptions;
import com.pulumi.automation.ProjectPluginOptions;
import com.pulumi.automation.ProjectPlugins;
import com.pulumi.automation.ProjectRuntimeName;
import com.pulumi.automation.ProjectSettings;
import com.pulumi.automation.UpOptions;
import com.pulumi.automation.UpResult;
import com.pulumi.automation.WorkspaceStack;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.turso.Database;
import com.pulumi.turso.DatabaseArgs;
import com.pulumi.turso.DatabaseToken;
import com.pulumi.turso.DatabaseTokenArgs;
import com.pulumi.turso.Group;
import com.pulumi.turso.GroupArgs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The provider through the real Pulumi engine: the {@code pulumi} CLI on PATH (built by infra/e2e/tools.sh), a local
 * file backend, the plugin started by the engine from {@code bin/pulumi-resource-turso} exactly as {@code Pulumi.yaml}
 * declares it, and {@link FakeTursoApi} as Turso. Every assertion is on what the engine reports (change summaries,
 * the exported state) and on what the API received, never on the provider's own view.
 *
 * <p>Runs in {@code infra/e2e/run.sh} (which sets {@code HOWLER_REAL_ENGINE=1}, puts the built CLI on PATH and builds
 * the plugin jar first); the default test command has no {@code pulumi} and reports it as disabled with that reason.
 */
@EnabledIfEnvironmentVariable(named = "HOWLER_REAL_ENGINE", matches = "1",
        disabledReason = "needs the real pulumi CLI: infra/e2e/run.sh runs it (HOWLER_REAL_ENGINE=1)")
class RealEngineLifecycleTest {

    /**
     * What the program declares; each phase of the test changes it and runs the engine again. {@code restoredProtected}
     * is both the engine's {@code protect} and Turso's delete protection of the restored database, as in the stack.
     */
    record Shape(String rotation, boolean restored, boolean restoredProtected) { }

    private static final String GROUP = "e2e";
    private static final String DB = "sql-studio-e2e";
    private static final String RESTORED = "sql-studio-e2e-r20261201-0930";

    private volatile Shape shape = new Shape("r1", false, false);

    @TempDir
    Path tmp;

    private final Consumer<Context> program = ctx -> {
        Shape s = shape;
        var group = new Group("group", GroupArgs.builder().name(GROUP).primaryLocation("ord").locations("iad").build());
        var db = new Database("database", DatabaseArgs.builder().name(DB).group(group.name()).build());
        var token = new DatabaseToken("token", DatabaseTokenArgs.builder().database(db.name()).rotation(s.rotation())
                .expiration("90d").build());
        ctx.export("url", db.url());
        ctx.export("token", token.token());
        if (s.restored()) {
            // What the stack declares after `howler db restore`: the restored database, adopted with `import` and
            // exactly the inputs Turso reports for it (restore turned on its delete protection).
            var restored = DatabaseArgs.builder().name(RESTORED).group(GROUP).deleteProtection(s.restoredProtected()).build();
            new Database("restored", restored,
                    CustomResourceOptions.builder().importId(RESTORED).protect(s.restoredProtected()).build());
        }
    };

    @Test
    void groups_databases_and_tokens_are_created_rotated_imported_protected_and_deleted_by_the_real_engine() throws Exception {
        Path launcher = launcher();
        try (var turso = new FakeTursoApi(); WorkspaceStack stack = stack(launcher, turso)) {
            // create
            var preview = stack.preview(PreviewOptions.builder().build());
            assertThat(preview.changeSummary()).containsEntry(OperationType.CREATE, 4);
            UpResult up = stack.up(UpOptions.builder().build());
            assertThat(up.summary().resourceChanges()).containsEntry(OperationType.CREATE, 4);
            assertThat(turso.groups).containsOnlyKeys(GROUP);
            assertThat(turso.groups.get(GROUP).getAsJsonArray("locations").toString()).contains("ord", "iad");
            assertThat(turso.databases).containsOnlyKeys(DB);
            assertThat(up.outputs().get("url").value()).isEqualTo("libsql://" + DB + "-" + FakeTursoApi.ORG + ".turso.io");
            assertThat(up.outputs().get("token").isSecret()).isTrue();
            String firstToken = (String) up.outputs().get("token").value();
            // The state file the engine wrote holds the token only encrypted (the export above decrypts it).
            assertThat(stateFile()).doesNotContain(firstToken).contains("ciphertext");

            // a second up changes nothing and calls no mutating endpoint
            int callsBefore = turso.calls.size();
            var again = stack.up(UpOptions.builder().build());
            assertThat(again.summary().resourceChanges()).containsOnlyKeys(OperationType.SAME);
            assertThat(turso.calls.subList(callsBefore, turso.calls.size())).allMatch(c -> c.method().equals("GET"));

            // update: token rotation replaces the token and nothing else
            shape = new Shape("r2", false, false);
            var rotate = stack.preview(PreviewOptions.builder().build());
            assertThat(rotate.changeSummary()).containsEntry(OperationType.REPLACE, 1).doesNotContainKeys(OperationType.CREATE,
                    OperationType.DELETE, OperationType.UPDATE);
            var rotated = stack.up(UpOptions.builder().build());
            assertThat(rotated.summary().resourceChanges()).containsEntry(OperationType.REPLACE, 1);
            assertThat(rotated.outputs().get("token").value()).isNotEqualTo(firstToken);
            assertThat(turso.databases).containsOnlyKeys(DB);

            // the `db restore` path: a database made outside the engine is imported with the inputs it has
            turso.addDatabase(RESTORED, GROUP);
            turso.databases.get(RESTORED).addProperty("delete_protection", true);
            shape = new Shape("r2", true, true);
            var imported = stack.up(UpOptions.builder().build());
            assertThat(imported.summary().resourceChanges()).containsEntry(OperationType.IMPORT, 1);
            assertThat(resourceState(stack, "restored")).containsEntry("protect", true)
                    .containsEntry("id", RESTORED);
            var afterImport = stack.preview(PreviewOptions.builder().build());
            assertThat(afterImport.changeSummary()).containsOnlyKeys(OperationType.SAME);

            // protect: removing the protected resource from the program is refused by the engine
            shape = new Shape("r2", false, true);
            assertThatThrownBy(() -> stack.up(UpOptions.builder().build()))
                    .isInstanceOf(AutomationException.class)
                    .hasMessageContaining("protected");
            assertThat(turso.databases).containsKey(RESTORED);

            // delete: lift `protect` (engine) and delete protection (Turso) in one update, as `db restore --finalize`
            // does, then the engine deletes it
            shape = new Shape("r2", true, false);
            var lifted = stack.up(UpOptions.builder().build());
            assertThat(lifted.summary().resourceChanges()).containsEntry(OperationType.UPDATE, 1);
            assertThat(resourceState(stack, "restored")).doesNotContainEntry("protect", true);
            assertThat(turso.databases.get(RESTORED).get("delete_protection").getAsBoolean()).isFalse();
            shape = new Shape("r2", false, false);
            var deleted = stack.up(UpOptions.builder().build());
            assertThat(deleted.summary().resourceChanges()).containsEntry(OperationType.DELETE, 1);
            assertThat(turso.databases).containsOnlyKeys(DB);

            var destroyed = stack.destroy(DestroyOptions.builder().build());
            assertThat(destroyed.summary().resourceChanges()).containsEntry(OperationType.DELETE, 4);
            assertThat(turso.databases).isEmpty();
            assertThat(turso.groups).isEmpty();
            assertThat(deployment(stack)).doesNotContainKey("pending_operations");
        }
    }

    /** The committed launcher, which runs the shaded jar; a missing or stale jar is a failure that names the fix. */
    private static Path launcher() throws Exception {
        Path module = Path.of("").toAbsolutePath();
        Path bin = module.resolve("bin");
        Path jar = module.resolve("target/pulumi-resource-turso.jar");
        Path mainClass = module.resolve("target/classes/app/sqlstudio/howler/turso/provider/TursoProviderMain.class");
        assertThat(jar).as("the plugin jar: run ./mvnw -B -pl infra/turso-provider -am package -DskipTests first").exists();
        assertThat(Files.getLastModifiedTime(jar)).as("the plugin jar is older than the classes: package again")
                .isGreaterThanOrEqualTo(Files.getLastModifiedTime(mainClass));
        return bin;
    }

    private WorkspaceStack stack(Path pluginDir, FakeTursoApi turso) throws Exception {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Path state = Files.createDirectories(tmp.resolve("state"));
        var settings = ProjectSettings.builder("turso-real-engine", ProjectRuntimeName.JAVA)
                .plugins(ProjectPlugins.builder().providers(List.of(
                        ProjectPluginOptions.builder().name("turso").path(pluginDir.toString()).build())).build())
                .build();
        Logger quiet = Logger.getLogger("turso.e2e");
        quiet.setUseParentHandlers(false);
        quiet.setLevel(Level.OFF);
        var options = LocalWorkspaceOptions.builder().workDir(project).projectSettings(settings).logger(quiet)
                .pulumiHome(Files.createDirectories(tmp.resolve("pulumi-home")))
                .environmentVariables(Map.of(
                        "PULUMI_BACKEND_URL", state.toUri().toString(),
                        "PULUMI_CONFIG_PASSPHRASE", "turso-e2e",
                        "PULUMI_SKIP_UPDATE_CHECK", "true"))
                .build();
        var stack = LocalWorkspace.createOrSelectStack("turso-real-engine", "e2e", program, options);
        stack.setAllConfig(Map.of(
                "turso:organization", new ConfigValue(FakeTursoApi.ORG),
                "turso:apiToken", new ConfigValue(FakeTursoApi.TOKEN, true),
                "turso:baseUrl", new ConfigValue(turso.baseUrl().toString())));
        return stack;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deployment(WorkspaceStack stack) throws Exception {
        return (Map<String, Object>) stack.exportStack().deployment();
    }

    private String stateFile() throws Exception {
        try (var files = Files.walk(tmp.resolve("state"))) {
            Path file = files.filter(p -> p.getFileName().toString().equals("e2e.json")).findFirst()
                    .orElseThrow(() -> new AssertionError("no state file for stack e2e under " + tmp.resolve("state")));
            return Files.readString(file);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resourceState(WorkspaceStack stack, String name) throws Exception {
        var resources = (List<Map<String, Object>>) deployment(stack).get("resources");
        return resources.stream().filter(r -> String.valueOf(r.get("urn")).endsWith("::" + name)).findFirst()
                .orElseThrow(() -> new AssertionError("no resource " + name + " in the state"));
    }
}
