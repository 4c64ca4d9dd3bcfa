package app.sqlstudio.howler.cli.commands;

import app.sqlstudio.howler.cli.ExitCode;
import app.sqlstudio.howler.cli.HowlerException;
import app.sqlstudio.howler.cli.engine.StackRunner;
import app.sqlstudio.howler.cli.stacks.EphemeralConfig;
import app.sqlstudio.howler.cli.stacks.KubeconfigFile;
import app.sqlstudio.howler.cli.stacks.LocalConfig;
import app.sqlstudio.howler.cli.stacks.Ttl;
import app.sqlstudio.howler.cli.support.Env;
import app.sqlstudio.howler.cli.support.GlobalOptions;
import app.sqlstudio.howler.cli.support.PolicyGate;
import app.sqlstudio.howler.stack.config.StackConfig;
import app.sqlstudio.howler.stack.plan.StackFile;
import com.pulumi.automation.ConfigValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code howler stack init NAME}: a stack file generated from a source stack, then the stack in the backend. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create stack NAME: writes Pulumi.NAME.yaml from the source stack's plain config (--from, default prod), "
                + "checks it offline (config and mandatory policies), creates the stack in the Pulumi backend and sets its "
                + "secrets through the engine: a fresh howler:jwtSecret, and cloudflare:apiToken / turso:apiToken from "
                + "CLOUDFLARE_API_TOKEN / TURSO_API_TOKEN when set, otherwise copied from the source stack.",
                "With --ephemeral (names dev-NAME or pr-NUMBER) the ephemeral overrides apply: one node in one zone, HPA "
                + "1..2, one frontend replica, no monitoring stack, hostnames NAME.dev.DOMAIN, its own database in the "
                + "shared Turso group `dev`, howler:protect false, and howler:expiresAt = now + --ttl.",
                "With --kubeconfig the stack deploys onto an existing cluster (kind, minikube, k3d, a shared dev cluster): "
                + "howler:target local, the file's path and context pinned in the stack (never its contents), the same "
                + "workloads and policies as the source, no GCP, Cloudflare or Helm add-on, and the database an SQLite file "
                + "on a PersistentVolumeClaim (--set database=turso for Turso). Hostnames NAME.localhost, namespace "
                + "sql-studio-NAME. Only howler:jwtSecret is set as a secret (fresh). --ephemeral --ttl works with it too."},
        footerHeading = "%nExamples:%n",
        footer = {"  howler stack init dev-alice --ephemeral --ttl 8h", "  howler stack init pr-142 --ephemeral --ttl 48h",
                "  howler stack init pr-142 --ephemeral --ttl 2d --set gcp:project=howlerops-dev",
                "  howler stack init staging --from prod --set domain=staging.sql-studio.app",
                "  howler stack init local --kubeconfig ~/.kube/config --context kind-howler",
                "  howler stack init dev-alice --kubeconfig ~/.kube/config --ephemeral --ttl 8h --set imageRegistry=localhost:5001"})
public final class StackInitCommand implements Callable<Integer> {

    static final List<String> PROVIDER_SECRETS = List.of("cloudflare:apiToken", "turso:apiToken");
    static final Map<String, String> SECRET_ENV = Map.of("cloudflare:apiToken", "CLOUDFLARE_API_TOKEN",
            "turso:apiToken", "TURSO_API_TOKEN");

    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", paramLabel = "NAME", description = "The new stack: dev-NAME or pr-NUMBER when ephemeral.")
    String name;

    @Option(names = "--ephemeral", description = "Apply the ephemeral overrides and an expiry (needs --ttl).")
    boolean ephemeral;

    @Option(names = "--ttl", paramLabel = "DURATION", description = "How long the ephemeral stack lives, from " + app.sqlstudio.howler.cli.stacks.Ttl.RANGE
            + ": minutes, hours, days or weeks, summed, e.g. 90m, 8h, 48h, 2d, 1d12h.")
    String ttl;

    @Option(names = "--shared-cluster", paramLabel = "STACK", description = "With --ephemeral: put the app in a namespace of the "
            + "cluster STACK owns (a namespace in a shared dev cluster) instead of a 1-zone cluster of its own.")
    String sharedCluster;

    @Option(names = "--kubeconfig", paramLabel = "PATH", description = "Deploy onto the existing cluster this kubeconfig "
            + "reaches (howler:target local): kind, minikube, k3d or a shared dev cluster. The path is stored, never the contents.")
    String kubeconfig;

    @Option(names = "--context", paramLabel = "CONTEXT", description = "With --kubeconfig: the context to use (default: the "
            + "file's current context, pinned in the stack so a later `kubectl config use-context` never moves it).")
    String context;

    @Option(names = "--from", paramLabel = "STACK", defaultValue = "prod", description = "Source stack whose config is copied (default: ${DEFAULT-VALUE}).")
    String from;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a config value (KEY without namespace means howler:KEY). Repeatable.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--force", description = "Overwrite an existing Pulumi.NAME.yaml.")
    boolean force;

    private final PolicyGate gate;
    private final StackRunner runner;
    private final Env env;
    private final Clock clock;

    public StackInitCommand(PolicyGate gate, StackRunner runner, Env env, Clock clock) {
        this.gate = gate;
        this.runner = runner;
        this.env = env;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Path dir = global.projectDir();
        validateName();
        Path source = StackFile.pathOf(dir, from);
        if (!Files.isRegularFile(source)) {
            throw new HowlerException(ExitCode.USAGE, "No source stack file " + source.getFileName() + " in " + dir
                    + ": pass --from with an existing stack, or run from the repository root (--cwd).");
        }
        Path target = StackFile.pathOf(dir, name);
        if (Files.exists(target) && !force) {
            throw new HowlerException(ExitCode.USAGE, target.getFileName() + " already exists: pick another name, remove the "
                    + "stack with `howler stack rm " + name + "`, or pass --force to overwrite the file.");
        }
        Map<String, Object> values = new LinkedHashMap<>(EphemeralConfig.plainValues(source));
        values.keySet().removeAll(EphemeralConfig.NOT_COPIED);
        if (kubeconfig == null && "local".equals(String.valueOf(values.get("howler:target")))) {
            // a copy would point a second stack at the first one's cluster, namespace and claim
            throw new HowlerException(ExitCode.USAGE, "Stack " + from + " is a local stack (howler:target local): pass "
                    + "--kubeconfig PATH (and --context) to make another one on a cluster, or --from prod for a gke stack.");
        }
        List<String> header = new ArrayList<>();
        header.add("Stack " + name + ", generated by `howler stack init` on " + clock.instant() + " from Pulumi." + from + ".yaml.");
        if (kubeconfig != null) {
            var file = KubeconfigFile.read(kubeconfig, Path.of("").toAbsolutePath(),
                    Path.of(env.get("HOME").orElse(System.getProperty("user.home"))));
            String pinned = file.context(context);
            Optional<Instant> expires = ephemeral ? Optional.of(clock.instant().plus(Ttl.parse(ttl))) : Optional.empty();
            Map<String, Object> copied = new LinkedHashMap<>(values);
            values.clear();
            values.putAll(LocalConfig.from(copied, name, file.path().toString(), pinned, expires));
            header.add("On the existing cluster of context " + pinned + " in " + file.path() + " (howler:target local).");
            expires.ifPresent(at -> header.add("Ephemeral: expires " + at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                    + " (ttl " + ttl + "); `howler stack gc` destroys it after that."));
            EphemeralConfig.applySets(values, sets);
            LocalConfig.restoreTursoKeys(values, copied, name);
            LocalConfig.restoreMonitoringKeys(values, copied);
        } else if (ephemeral) {
            Duration life = Ttl.parse(ttl);
            values.putAll(EphemeralConfig.ephemeralOverrides(values, name, life, clock.instant()));
            header.add("Ephemeral: expires " + values.get("howler:expiresAt") + " (ttl " + ttl + "); `howler stack gc` destroys it after that.");
            if (sharedCluster != null) {
                values.putAll(EphemeralConfig.sharedClusterOverrides(values, name, sharedCluster));
                header.add("In a namespace of the cluster of stack " + sharedCluster + " (howler:sharedCluster).");
            }
        } else if (sharedCluster != null) {
            throw new HowlerException(ExitCode.USAGE, "--shared-cluster is for ephemeral stacks: add --ephemeral --ttl 48h, "
                    + "or drop --shared-cluster to give the stack a cluster of its own.");
        }
        if (kubeconfig == null) {
            EphemeralConfig.applySets(values, sets);
        }
        header.add("Secrets are set through the engine (pulumi config set --secret KEY VALUE --stack " + name + ").");
        EphemeralConfig.write(target, EphemeralConfig.render(values, header));
        try {
            gate.check(dir, name, Map.of(), err);
        } catch (RuntimeException e) {
            deleteQuietly(target);
            throw e;
        }
        Map<String, String> plain = new LinkedHashMap<>();
        values.forEach((k, v) -> plain.put(k, String.valueOf(v)));
        Map<String, ConfigValue> secrets = secrets(dir, err, StackConfig.requiredSecretKeys(plain));
        try {
            runner.createStack(dir, name, secrets);
        } catch (RuntimeException e) {
            deleteQuietly(target);
            throw e;
        }
        out.println("Created stack " + name + " (" + target.getFileName() + ", from " + from + ").");
        if (kubeconfig != null) {
            out.println("  cluster:   context " + values.get("howler:kubeContext") + " of " + values.get("howler:kubeconfig"));
            out.println("  namespace: " + values.get("howler:namespace") + "; database: " + values.get("howler:database")
                    + ("sqlite".equals(values.get("howler:database")) ? " on claim sql-studio-data" : ""));
            out.println("  hostnames: " + values.get("howler:domain") + ", api." + values.get("howler:domain") + " (http)");
            out.println("  images:    " + values.get("howler:imageRegistry") + "/sql-studio-backend:" + values.get("howler:imageTag")
                    + " and …/sql-studio-frontend:" + values.get("howler:imageTag"));
            if (values.containsKey("howler:expiresAt")) {
                out.println("  expires:   " + values.get("howler:expiresAt"));
            }
        } else if (ephemeral) {
            out.println("  hostnames: " + values.get("howler:domain") + ", www." + values.get("howler:domain") + ", api." + values.get("howler:domain"));
            out.println("  expires:   " + values.get("howler:expiresAt"));
        }
        out.println("  secrets:   " + String.join(", ", secrets.keySet()));
        if (kubeconfig != null) {
            // the cluster pulls nothing from a registry it cannot reach: the images must be on its nodes first
            out.println("Next: build both images with that name and tag and load them into the cluster (kind load docker-image, "
                    + "k3d image import, minikube image load), then `howler up " + name + " --image-tag TAG`.");
        } else {
            out.println("Next: `howler up " + name + "`.");
        }
        out.flush();
        return ExitCode.OK;
    }

    private void validateName() {
        if (context != null && kubeconfig == null) {
            throw new HowlerException(ExitCode.USAGE, "--context only applies with --kubeconfig: add --kubeconfig PATH "
                    + "(e.g. ~/.kube/config), or drop --context.");
        }
        if (kubeconfig != null && sharedCluster != null) {
            throw new HowlerException(ExitCode.USAGE, "--kubeconfig and --shared-cluster both say where the stack runs: "
                    + "--kubeconfig for a cluster you reach yourself (howler:target local), --shared-cluster for a namespace in "
                    + "the GKE cluster another stack owns. Pass one of them.");
        }
        if (ephemeral) {
            if (ttl == null) {
                throw new HowlerException(ExitCode.USAGE, "--ephemeral needs --ttl (e.g. --ttl 8h): every ephemeral stack expires.");
            }
            if (!EphemeralConfig.EPHEMERAL_NAME.matcher(name).matches()) {
                throw new HowlerException(ExitCode.USAGE, "'" + name + "' is not an ephemeral stack name: use dev-NAME (lower-case, "
                        + "at most 20 characters after dev-) or pr-NUMBER.");
            }
        } else {
            if (ttl != null) {
                throw new HowlerException(ExitCode.USAGE, "--ttl only applies with --ephemeral.");
            }
            if (!EphemeralConfig.STACK_NAME.matcher(name).matches()) {
                throw new HowlerException(ExitCode.USAGE, "'" + name + "' is not a stack name: lower-case letters, digits and dashes, "
                        + "starting with a letter, at most 30 characters.");
            }
        }
        if (name.equals(from)) {
            throw new HowlerException(ExitCode.USAGE, "A stack cannot be made from itself: pass another --from.");
        }
    }

    /** Never prod's JWT secret: a token minted by a PR environment must not be valid in prod. */
    private Map<String, ConfigValue> secrets(Path dir, java.io.PrintWriter err, List<String> required) {
        Map<String, ConfigValue> secrets = new LinkedHashMap<>();
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        secrets.put("howler:jwtSecret", new ConfigValue(Base64.getEncoder().encodeToString(bytes), true));
        Map<String, ConfigValue> sourceConfig = null;
        for (String key : PROVIDER_SECRETS) {
            if (!required.contains(key)) {
                continue;
            }
            var fromEnv = env.get(SECRET_ENV.get(key));
            if (fromEnv.isPresent()) {
                secrets.put(key, new ConfigValue(fromEnv.get(), true));
                continue;
            }
            if (sourceConfig == null) {
                try {
                    sourceConfig = runner.config(dir, from);
                } catch (HowlerException e) {
                    sourceConfig = Map.of();
                    err.println("note: could not read stack " + from + "'s secrets (" + e.getMessage() + ")");
                }
            }
            ConfigValue v = sourceConfig.get(key);
            if (v != null && v.value() != null && !v.value().isBlank()) {
                secrets.put(key, new ConfigValue(v.value(), true));
            } else {
                err.println("note: " + key + " is not set for " + name + ": set " + SECRET_ENV.get(key) + " before `howler stack init`, "
                        + "or run `pulumi config set --secret " + key + " <token> --stack " + name + "` before `howler up " + name + "`.");
            }
        }
        return secrets;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException ignored) {
            // the message of the original failure matters more
        }
    }
}
