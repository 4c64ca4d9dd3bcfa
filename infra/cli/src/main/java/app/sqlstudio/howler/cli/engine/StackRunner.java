package app.sqlstudio.howler.cli.engine;

import app.sqlstudio.howler.cli.ExitCode;
import app.sqlstudio.howler.cli.HowlerException;
import app.sqlstudio.howler.cli.support.Env;
import app.sqlstudio.howler.cli.support.GlobalOptions;
import com.pulumi.automation.ProjectSettings;
import java.nio.file.Files;
import com.pulumi.automation.AutomationException;
import com.pulumi.automation.ConfigValue;
import com.pulumi.automation.DestroyOptions;
import com.pulumi.automation.LocalWorkspace;
import com.pulumi.automation.LocalWorkspaceOptions;
import com.pulumi.automation.OutputValue;
import com.pulumi.automation.PreviewOptions;
import com.pulumi.automation.RefreshOptions;
import com.pulumi.automation.StackSummary;
import com.pulumi.automation.UpOptions;
import com.pulumi.automation.WhoAmIResult;
import com.pulumi.automation.WorkspaceStack;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every Automation API call Howler makes: the Howler program runs in-process as the inline program of project
 * {@code howlerops}, in a {@link LocalWorkspace} whose working directory is the project (so {@code Pulumi.yaml} and
 * {@code Pulumi.<stack>.yaml} are the ones in the repository), driven through {@link PulumiCli}. Commands decide
 * what to ask and print; this class only talks to the engine and turns its failures into {@code HowlerException}s.
 */
public final class StackRunner {

    public static final String PROJECT = "howlerops";

    private final Env env;
    private PulumiCli cli;
    /**
     * The stack this command selected, kept for its next operation (up's preview, then its update): selecting runs
     * {@code pulumi stack select}, a process of its own, and every operation names its stack anyway
     * ({@link PulumiCli#forStack}).
     */
    private Selection selection;

    private record Selection(Path projectDir, String stack, WorkspaceStack workspace) { }
    /** The engine's --color: "never" unless the operator passed --color always. */
    private String engineColor = "never";

    public StackRunner(Env env) {
        this.env = env;
    }

    /** The {@code --color} given to the engine ({@link GlobalOptions.Color#engine()}). */
    public void color(GlobalOptions.Color color) {
        this.engineColor = color.engine();
    }

    /** The CLI in use, found and version-checked on first use. */
    public synchronized PulumiCli cli() {
        if (cli == null) {
            cli = PulumiCli.create(env.vars());
        }
        return cli;
    }

    public ChangeSummary preview(Path projectDir, String stack, Progress progress, boolean diff, List<String> targets,
                                 PrintWriter engineOutput) {
        return onStack(projectDir, stack, "preview", progress, ws -> ws.preview(PreviewOptions.builder()
                .onEvent(progress::accept).onStandardOutput(lines(engineOutput)).diff(diff).targets(engineUrns(targets))
                .color(engineColor).build()));
    }

    /** What {@code up} did, and the stack's outputs after it. */
    public record Applied(ChangeSummary summary, Map<String, OutputValue> outputs) { }

    public Applied up(Path projectDir, String stack, Progress progress, List<String> targets, boolean refresh,
                      PrintWriter engineOutput) {
        Map<String, OutputValue>[] outputs = new Map[1];
        ChangeSummary summary = onStack(projectDir, stack, "up", progress, ws -> {
            if (refresh) {
                ws.refresh(RefreshOptions.builder().onStandardOutput(lines(engineOutput)).color(engineColor).build());
            }
            outputs[0] = ws.up(UpOptions.builder().onEvent(progress::accept).onStandardOutput(lines(engineOutput))
                    .targets(engineUrns(targets)).color(engineColor).build()).outputs();
        });
        return new Applied(summary, outputs[0] == null ? Map.of() : outputs[0]);
    }

    /**
     * The engine's URN of a resource whose URN came from the offline plan. The mock engine qualifies the type of a
     * top-level resource with the stack's ({@code ...::pulumi:pulumi:Stack$howler:infra:GkeCluster::gke}); the real
     * engine never does ({@code ...::howler:infra:GkeCluster::gke}), so a target taken from {@code howler plan} would
     * match nothing. Real URNs pass unchanged.
     */
    public static String engineUrn(String urn) {
        return urn.replace("::" + ROOT_STACK_TYPE + "$", "::");
    }

    static final String ROOT_STACK_TYPE = "pulumi:pulumi:Stack";

    private static List<String> engineUrns(List<String> urns) {
        return urns.stream().map(StackRunner::engineUrn).toList();
    }

    public ChangeSummary destroy(Path projectDir, String stack, Progress progress, PrintWriter engineOutput) {
        return onStack(projectDir, stack, "destroy", progress, ws -> ws.destroy(DestroyOptions.builder()
                .onEvent(progress::accept).onStandardOutput(lines(engineOutput)).color(engineColor).build()));
    }

    /** {@code previewOnly}: report what differs from the cloud without writing the state (drift). */
    public ChangeSummary refresh(Path projectDir, String stack, Progress progress, boolean previewOnly, PrintWriter engineOutput) {
        return onStack(projectDir, stack, previewOnly ? "drift check" : "refresh", progress, ws -> ws.refresh(RefreshOptions.builder()
                .onEvent(progress::accept).onStandardOutput(lines(engineOutput)).previewOnly(previewOnly)
                .color(engineColor).build()));
    }

    public Map<String, OutputValue> outputs(Path projectDir, String stack) {
        try {
            return selected(projectDir, stack).getOutputs();
        } catch (AutomationException e) {
            throw EngineErrors.translate("Reading the outputs", stack, e, List.of());
        }
    }

    public List<StackSummary> listStacks(Path projectDir) {
        return withWorkspace(projectDir, "Listing stacks", "", LocalWorkspace::listStacks);
    }

    public WhoAmIResult whoAmI(Path projectDir) {
        return withWorkspace(projectDir, "Checking the backend login", "", LocalWorkspace::whoAmI);
    }

    /** Creates the stack in the backend ({@code pulumi stack init}), then sets {@code config} on it. */
    public void createStack(Path projectDir, String stack, Map<String, ConfigValue> config) {
        withWorkspace(projectDir, "Creating the stack", stack, ws -> {
            ws.createStack(stack);
            if (!config.isEmpty()) {
                ws.setAllConfig(stack, config, false);
            }
            return null;
        });
    }

    /** Every config value of {@code stack}, secrets decrypted by the engine. */
    public Map<String, ConfigValue> config(Path projectDir, String stack) {
        return withWorkspace(projectDir, "Reading the config", stack, ws -> ws.getAllConfig(stack));
    }

    public void setConfig(Path projectDir, String stack, String key, ConfigValue value) {
        withWorkspace(projectDir, "Setting " + key, stack, ws -> {
            ws.setConfig(stack, key, value, false);
            return null;
        });
    }

    public void removeConfig(Path projectDir, String stack, String key) {
        withWorkspace(projectDir, "Removing " + key, stack, ws -> {
            ws.removeConfig(stack, key, false);
            return null;
        });
    }

    public void removeStack(Path projectDir, String stack) {
        withWorkspace(projectDir, "Removing the stack", stack, ws -> {
            ws.removeStack(stack);
            return null;
        });
    }

    private interface StackAction {
        void run(WorkspaceStack ws) throws AutomationException;
    }

    private interface WorkspaceAction<T> {
        T run(LocalWorkspace ws) throws AutomationException;
    }

    private ChangeSummary onStack(Path projectDir, String stack, String operation, Progress progress, StackAction action) {
        try {
            action.run(selected(projectDir, stack));
            return progress.summary(progress.elapsedSeconds());
        } catch (AutomationException e) {
            throw EngineErrors.translate(capitalized(operation), stack, e, progress.errors());
        }
    }

    private <T> T withWorkspace(Path projectDir, String operation, String stack, WorkspaceAction<T> action) {
        try (LocalWorkspace ws = LocalWorkspace.create(options(projectDir))) {
            return action.run(ws);
        } catch (AutomationException e) {
            throw EngineErrors.translate(operation, stack, e, List.of());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stack selected for this command, selected on first use (its workspace is the project: nothing to close). */
    private synchronized WorkspaceStack selected(Path projectDir, String stack) throws AutomationException {
        if (selection == null || !selection.projectDir().equals(projectDir) || !selection.stack().equals(stack)) {
            selection = new Selection(projectDir, stack, select(projectDir, stack));
        }
        return selection.workspace();
    }

    private WorkspaceStack select(Path projectDir, String stack) throws AutomationException {
        // The inline program's project settings must equal Pulumi.yaml's, or the SDK refuses (or rewrites the file).
        ProjectSettings settings;
        try (LocalWorkspace ws = LocalWorkspace.create(options(projectDir))) {
            settings = ws.getProjectSettings().orElseThrow();
        } catch (AutomationException | RuntimeException e) {
            // A HowlerException (no pulumi, no Pulumi.yaml) already names the cause and the fix: never re-wrap it.
            throw e;
        } catch (Exception e) {
            throw new AutomationException(e);
        }
        if (!PROJECT.equals(settings.name())) {
            throw new HowlerException(ExitCode.USAGE, projectDir.resolve("Pulumi.yaml") + " is project '" + settings.name()
                    + "', not " + PROJECT + ": run Howler from the repository root or pass --cwd.");
        }
        return LocalWorkspace.selectStack(PROJECT, stack, env.program(),
                LocalWorkspaceOptions.builder().workDir(projectDir).pulumiCommand(cli().forStack(stack)).logger(quiet())
                        .projectSettings(settings).build());
    }

    private LocalWorkspaceOptions options(Path projectDir) {
        if (!Files.isRegularFile(projectDir.resolve("Pulumi.yaml"))) {
            throw new HowlerException(ExitCode.USAGE, "No Pulumi.yaml in " + projectDir + ": run Howler from the repository root "
                    + "or pass --cwd with the directory that holds Pulumi.yaml.");
        }
        return LocalWorkspaceOptions.builder().workDir(projectDir).pulumiCommand(cli()).logger(quiet()).build();
    }

    private static Logger quiet() {
        Logger quiet = Logger.getLogger("howler.automation");
        quiet.setUseParentHandlers(false);
        quiet.setLevel(Level.OFF);
        return quiet;
    }

    private static Consumer<String> lines(PrintWriter sink) {
        return sink == null ? line -> { } : line -> {
            sink.println(line);
            sink.flush();
        };
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
