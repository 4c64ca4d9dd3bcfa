package app.sqlstudio.howler.cli.engine;

import app.sqlstudio.howler.cli.ExitCode;
import app.sqlstudio.howler.cli.HowlerException;
import com.pulumi.automation.AutomationException;
import com.pulumi.automation.CommandException;
import com.pulumi.automation.CommandResult;
import com.pulumi.automation.CommandRunOptions;
import com.pulumi.automation.ConcurrentUpdateException;
import com.pulumi.automation.PulumiCommand;
import com.pulumi.automation.StackAlreadyExistsException;
import com.pulumi.automation.StackNotFoundException;
import com.pulumi.automation.Version;
import com.pulumi.automation.events.internal.EventLogWatcher;
import com.pulumi.automation.events.internal.EventsServer;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The {@code pulumi} executable the Automation API drives, found on the PATH of the environment Howler was given
 * (or in {@code ~/.pulumi/bin}, where the installer puts it) rather than the JVM's own PATH, and run with exactly
 * that environment. It behaves like the SDK's {@code LocalPulumiCommand} (same version rule, same exceptions, engine
 * events from an event-log file or, from CLI 3.205 on, over gRPC) but reports what to install when it is missing.
 */
public final class PulumiCli implements PulumiCommand {

    /** The Automation API's own minimum ({@code LocalPulumiCommand.MINIMUM_VERSION}). */
    public static final Version MINIMUM_VERSION = Version.of(3, 95, 0);
    /** CLIs above this stream engine events over gRPC instead of a log file. */
    static final Version GRPC_EVENT_LOG_VERSION = Version.of(3, 205, 0);
    public static final String INSTALL = "install it with `curl -fsSL https://get.pulumi.com | sh` (then add ~/.pulumi/bin to PATH)";

    private static final Pattern NOT_FOUND = Pattern.compile("no stack named.*found");
    private static final Pattern ALREADY_EXISTS = Pattern.compile("stack.*already exists");

    private final Path executable;
    private final Version version;
    private final Map<String, String> env;
    /** The stack every stack operation names explicitly; null for workspace commands. */
    private final String stack;

    private PulumiCli(Path executable, Version version, Map<String, String> env, String stack) {
        this.executable = executable;
        this.version = version;
        this.env = env;
        this.stack = stack;
    }

    /**
     * The same CLI with {@code --stack STACK} on every stack operation. The Automation API (Java SDK 1.36.1) builds
     * {@code --stack} into its arguments and then runs them without it ({@code WorkspaceStack.runCommand}), so
     * {@code up}, {@code preview}, {@code refresh} and {@code destroy} act on whatever stack {@code pulumi stack
     * select} last chose in the project: a second howler on another stack of the same checkout (two terminals, a CI
     * matrix) could switch it between this one's select and its update.
     */
    public PulumiCli forStack(String stack) {
        return new PulumiCli(executable, version, env, stack);
    }

    /** Finds {@code pulumi}, checks its version, and fails with what to do when either is wrong. */
    public static PulumiCli create(Map<String, String> env) {
        // A missing or too-old CLI is a setup problem the operator fixes before retrying: exit 2 (ExitCode.USAGE), like a
        // missing credential.
        Path exe = locate(env).orElseThrow(() -> new HowlerException(ExitCode.USAGE,
                "The pulumi CLI was not found on PATH or in ~/.pulumi/bin: " + INSTALL + ". `howler doctor` checks the setup."));
        Optional<CliVersionCache> cache = CliVersionCache.of(env);
        Version v = cache.flatMap(c -> c.lookup(exe)).orElseGet(() -> {
            Version probed = probeVersion(exe, env);
            cache.ifPresent(c -> c.remember(exe, probed));
            return probed;
        });
        requireSupported(v, exe);
        return new PulumiCli(exe, v, env, null);
    }

    public static Optional<Path> locate(Map<String, String> env) {
        List<Path> candidates = new ArrayList<>();
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isBlank()) {
                candidates.add(Path.of(dir, "pulumi"));
            }
        }
        Optional.ofNullable(env.get("PULUMI_HOME")).ifPresent(h -> candidates.add(Path.of(h, "bin", "pulumi")));
        Optional.ofNullable(env.get("HOME")).ifPresent(h -> candidates.add(Path.of(h, ".pulumi", "bin", "pulumi")));
        return candidates.stream().filter(p -> Files.isRegularFile(p) && Files.isExecutable(p)).findFirst();
    }

    /** Runs {@code pulumi version}; the leading {@code v} is dropped. */
    public static Version probeVersion(Path exe, Map<String, String> env) {
        try {
            ProcessBuilder pb = new ProcessBuilder(exe.toString(), "version").redirectErrorStream(true);
            pb.environment().clear();
            pb.environment().putAll(env);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor() != 0) {
                throw new HowlerException(ExitCode.FAILURE, exe + " version failed (" + out + "): reinstall pulumi; " + INSTALL + ".");
            }
            String text = out.startsWith("v") ? out.substring(1) : out;
            return Version.tryParse(text).orElseThrow(() -> new HowlerException(ExitCode.FAILURE,
                    exe + " version printed '" + out + "', not a version: reinstall pulumi; " + INSTALL + "."));
        } catch (IOException e) {
            throw new HowlerException(ExitCode.FAILURE, exe + " could not be run (" + e.getMessage() + "): " + INSTALL + ".", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HowlerException(ExitCode.FAILURE, "Interrupted while running pulumi version.", e);
        }
    }

    /** Major 3, at least {@link #MINIMUM_VERSION}; null when fine, otherwise the problem and its fix. */
    public static String versionProblem(Version v) {
        if (v.majorVersion() != MINIMUM_VERSION.majorVersion()) {
            return "pulumi " + v + " is not a 3.x CLI, which the Automation API of this build needs: install pulumi 3.x (" + INSTALL + ")";
        }
        if (v.compareTo(MINIMUM_VERSION) < 0) {
            return "pulumi " + v + " is older than " + MINIMUM_VERSION + ", the Automation API's minimum: upgrade with `pulumi self-update` or " + INSTALL;
        }
        return null;
    }

    private static void requireSupported(Version v, Path exe) {
        String problem = versionProblem(v);
        if (problem != null) {
            throw new HowlerException(ExitCode.USAGE, problem + " (found " + exe + ").");
        }
    }

    public Path executable() {
        return executable;
    }

    @Override
    public Version version() {
        return version;
    }

    @Override
    public CommandResult run(List<String> sdkArgs, CommandRunOptions options) throws AutomationException {
        List<String> args = cliArgs(sdkArgs, stack);
        if (options != null && options.onEngineEvent() != null) {
            return version.compareTo(GRPC_EVENT_LOG_VERSION) > 0 ? runWithGrpcEvents(args, options) : runWithEventLog(args, options);
        }
        return runInternal(args, options == null ? CommandRunOptions.Empty : options, null);
    }

    /**
     * The SDK's arguments as the CLI accepts them. The SDK adds {@code --yes} (and may add {@code --skip-preview}) to
     * every refresh, also with {@code --preview-only} (howler drift); the real CLI refuses that pair ("--yes and
     * --preview-only cannot be used together"), and a preview-only refresh asks nothing, so both are dropped there.
     * A stack operation gets the {@code --stack} the SDK meant to give it ({@link #forStack}).
     */
    static List<String> cliArgs(List<String> args, String stack) {
        List<String> cli = new ArrayList<>(args);
        if (cli.contains("--preview-only")) {
            cli.removeIf(a -> a.equals("--yes") || a.equals("--skip-preview"));
        }
        if (stack != null && isStackOperation(cli) && !cli.contains("--stack")) {
            cli.add("--stack");
            cli.add(stack);
        }
        return List.copyOf(cli);
    }

    /** What the SDK runs through {@code WorkspaceStack.runCommand}, the method that loses {@code --stack}. */
    private static boolean isStackOperation(List<String> args) {
        return !args.isEmpty() && (List.of("up", "preview", "refresh", "destroy").contains(args.get(0))
                || args.size() > 1 && args.get(0).equals("stack") && args.get(1).equals("history"));
    }

    private CommandResult runWithGrpcEvents(List<String> args, CommandRunOptions options) throws AutomationException {
        Server server = ServerBuilder.forPort(0).maxInboundMessageSize(400 * 1024 * 1024)
                .addService(new EventsServer(options.onEngineEvent())).build();
        try {
            server.start();
            return runInternal(args, options, "tcp://127.0.0.1:" + server.getPort());
        } catch (IOException e) {
            throw new AutomationException("Failed to start the engine-events server", e);
        } finally {
            server.shutdown();
        }
    }

    private CommandResult runWithEventLog(List<String> args, CommandRunOptions options) throws AutomationException {
        Path dir;
        try {
            dir = Files.createTempDirectory("howler-events-");
        } catch (IOException e) {
            throw new AutomationException(e);
        }
        Path log = dir.resolve("eventlog.txt");
        try {
            Files.createFile(log);
            // The watcher stops at the engine's final cancel event, which every CLI writes last, failed runs included.
            try (EventLogWatcher ignored = new EventLogWatcher(log, options.onEngineEvent())) {
                return runInternal(args, options, log.toString());
            }
        } catch (AutomationException e) {
            throw e;
        } catch (Exception e) {
            throw new AutomationException(e);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp directory left behind is harmless
            }
        }
    }

    private CommandResult runInternal(List<String> args, CommandRunOptions options, String eventLog) throws AutomationException {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(args);
        if (!command.contains("--non-interactive")) {
            command.add("--non-interactive");
        }
        if (eventLog != null) {
            command.add("--event-log");
            command.add(eventLog);
        }
        ProcessBuilder pb = new ProcessBuilder(command);
        if (options.workingDir() != null) {
            pb.directory(options.workingDir().toFile());
        }
        Map<String, String> childEnv = new HashMap<>(env);
        childEnv.putAll(options.additionalEnv());
        if (eventLog != null) {
            childEnv.put("PULUMI_DEBUG_COMMANDS", "true");
        }
        // Plugins bundled with the CLI sit beside it.
        childEnv.put("PATH", executable.getParent() + File.pathSeparator + childEnv.getOrDefault("PATH", ""));
        pb.environment().clear();
        pb.environment().putAll(childEnv);
        ExecutorService readers = Executors.newFixedThreadPool(2);
        Thread awaitEngine = null;
        try {
            Process process = pb.start();
            awaitEngine = awaitOnShutdown(process);
            CompletableFuture<String> stdout = read(process.getInputStream(), readers, options.onStandardOutput());
            CompletableFuture<String> stderr = read(process.getErrorStream(), readers, options.onStandardError());
            if (options.standardInput() != null && !options.standardInput().isBlank()) {
                try (var w = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
                    w.write(options.standardInput());
                }
            } else {
                process.getOutputStream().close();
            }
            int code = process.waitFor();
            CommandResult result = new CommandResult(code, stdout.join(), stderr.join());
            if (code != 0) {
                throw exceptionFor(result);
            }
            return result;
        } catch (AutomationException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AutomationException(e);
        } catch (Exception e) {
            throw new AutomationException(e);
        } finally {
            readers.shutdown();
            if (awaitEngine != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(awaitEngine);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running: it waits for the engine itself
                }
            }
        }
    }

    /** How long an interrupted Howler waits for the engine to finish the steps it has in flight. */
    static final Duration ENGINE_CANCEL_GRACE = Duration.ofMinutes(5);

    /**
     * Ctrl-C reaches the whole process group: pulumi cancels gracefully (no new steps, in-flight ones completed and
     * written to the state), but the program it is running is the inline one served by this JVM, which would exit at
     * once and leave the engine without its program mid-update. While pulumi runs, a shutdown hook keeps the JVM (and
     * the program's server) up until pulumi has exited, for at most {@link #ENGINE_CANCEL_GRACE}. It sends no signal
     * itself: a second one makes pulumi stop immediately.
     */
    private static Thread awaitOnShutdown(Process process) {
        Thread hook = new Thread(() -> {
            try {
                if (!process.waitFor(ENGINE_CANCEL_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                    System.err.println("howler: pulumi did not stop within " + ENGINE_CANCEL_GRACE.toMinutes()
                            + " minutes of the interrupt; it is left running and may still hold the stack's lock.");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "howler-await-engine");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    private static CompletableFuture<String> read(InputStream in, ExecutorService executor, Consumer<String> lines) {
        return CompletableFuture.supplyAsync(() -> {
            StringBuilder sb = new StringBuilder();
            try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    sb.append(line).append(System.lineSeparator());
                    if (lines != null) {
                        lines.accept(line);
                    }
                }
                return sb.toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, executor);
    }

    static CommandException exceptionFor(CommandResult result) {
        String err = result.standardError();
        if (NOT_FOUND.matcher(err).find()) {
            return new StackNotFoundException(result);
        }
        if (ALREADY_EXISTS.matcher(err).find()) {
            return new StackAlreadyExistsException(result);
        }
        if (err.contains("[409] Conflict: Another update is currently in progress.") || err.contains("the stack is currently locked by")) {
            return new ConcurrentUpdateException(result);
        }
        return new CommandException(result);
    }
}
