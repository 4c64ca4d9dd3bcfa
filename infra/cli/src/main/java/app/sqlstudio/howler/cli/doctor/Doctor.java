package app.sqlstudio.howler.cli.doctor;

import app.sqlstudio.howler.cli.HowlerException;
import app.sqlstudio.howler.cli.engine.PulumiCli;
import app.sqlstudio.howler.cli.engine.StackRunner;
import app.sqlstudio.howler.cli.support.Env;
import app.sqlstudio.howler.cli.stacks.KubeconfigFile;
import app.sqlstudio.howler.stack.plan.StackFile;
import com.pulumi.automation.Version;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The checks of {@code howler doctor}: each says what it found, and when it fails, the command that fixes it. */
public final class Doctor {

    /** One check: its name, whether it passed, what was found, and the fix when it did not pass. */
    public record Check(String name, boolean ok, String found, String fix) { }

    private final Env env;
    private final StackRunner runner;

    public Doctor(Env env, StackRunner runner) {
        this.env = env;
        this.runner = runner;
    }

    public List<Check> run(Path projectDir, String stack) {
        List<Check> checks = new ArrayList<>();
        Check pulumi = pulumi();
        checks.add(pulumi);
        checks.add(java());
        Optional<StackFile> file = Files.isRegularFile(StackFile.pathOf(projectDir, stack))
                ? Optional.of(StackFile.load(projectDir, stack)) : Optional.empty();
        Map<String, String> values = file.map(StackFile::values).orElse(Map.of());
        if ("local".equals(values.get("howler:target"))) {
            // an existing cluster: no GCP or Cloudflare credentials, the kubeconfig instead
            checks.add(kubeconfig(values, stack));
        } else {
            checks.add(gcp());
            checks.add(token("Cloudflare credentials", "CLOUDFLARE_API_TOKEN", "cloudflare:apiToken", file, stack,
                    "create a token (Zone: DNS, Zone Settings, WAF, Cache/Transform/Redirect Rules: Edit) in the Cloudflare dashboard"));
        }
        if (!"local".equals(values.get("howler:target")) || "turso".equals(values.get("howler:database"))) {
            checks.add(token("Turso credentials", "TURSO_API_TOKEN", "turso:apiToken", file, stack,
                    "mint one with `turso auth api-tokens mint howler`"));
        }
        checks.add(backend(pulumi.ok(), projectDir));
        return checks;
    }

    /** A local stack's kubeconfig: the file is there, is a kubeconfig, and has the pinned context. */
    private Check kubeconfig(Map<String, String> values, String stack) {
        String path = values.get("howler:kubeconfig");
        if (path == null || path.isBlank()) {
            return new Check("kubeconfig", false, "Pulumi." + stack + ".yaml has no howler:kubeconfig",
                    "make the stack with `howler stack init " + stack + " --kubeconfig PATH`, or set howler:kubeconfig");
        }
        try {
            var file = KubeconfigFile.read(path, Path.of("").toAbsolutePath(),
                    Path.of(env.get("HOME").orElse(System.getProperty("user.home"))));
            String context = file.context(values.get("howler:kubeContext"));
            return new Check("kubeconfig", true, "context " + context + " of " + file.path(), null);
        } catch (HowlerException e) {
            return new Check("kubeconfig", false, path, e.getMessage());
        }
    }

    private Check pulumi() {
        Optional<Path> exe = PulumiCli.locate(env.vars());
        if (exe.isEmpty()) {
            return new Check("pulumi CLI", false, "not found on PATH or in ~/.pulumi/bin", PulumiCli.INSTALL);
        }
        try {
            Version v = PulumiCli.probeVersion(exe.get(), env.vars());
            String problem = PulumiCli.versionProblem(v);
            return problem == null
                    ? new Check("pulumi CLI", true, v + " at " + exe.get() + " (Automation API needs ≥ " + PulumiCli.MINIMUM_VERSION + ")", null)
                    : new Check("pulumi CLI", false, v + " at " + exe.get(), problem);
        } catch (HowlerException e) {
            return new Check("pulumi CLI", false, exe.get().toString(), e.getMessage());
        }
    }

    private static Check java() {
        Runtime.Version v = Runtime.version();
        return v.feature() >= 17
                ? new Check("Java", true, v + " (" + System.getProperty("java.vendor") + ")", null)
                : new Check("Java", false, v.toString(), "install a JDK 17 or newer (e.g. apt-get install openjdk-17-jdk-headless)");
    }

    private Check gcp() {
        Optional<String> file = env.get("GOOGLE_APPLICATION_CREDENTIALS");
        if (file.isPresent()) {
            return Files.isRegularFile(Path.of(file.get()))
                    ? new Check("GCP credentials", true, "GOOGLE_APPLICATION_CREDENTIALS=" + file.get(), null)
                    : new Check("GCP credentials", false, "GOOGLE_APPLICATION_CREDENTIALS names " + file.get() + ", which does not exist",
                    "point GOOGLE_APPLICATION_CREDENTIALS at a service-account key file, or unset it and run `gcloud auth application-default login`");
        }
        if (env.get("GOOGLE_CREDENTIALS").isPresent()) {
            return new Check("GCP credentials", true, "GOOGLE_CREDENTIALS is set", null);
        }
        if (env.get("GOOGLE_OAUTH_ACCESS_TOKEN").isPresent()) {
            return new Check("GCP credentials", true, "GOOGLE_OAUTH_ACCESS_TOKEN is set", null);
        }
        Optional<Path> adc = env.get("HOME").map(h -> Path.of(h, ".config", "gcloud", "application_default_credentials.json"));
        if (adc.isPresent() && Files.isRegularFile(adc.get())) {
            return new Check("GCP credentials", true, "application default credentials at " + adc.get(), null);
        }
        return new Check("GCP credentials", false, "none (no GOOGLE_APPLICATION_CREDENTIALS, GOOGLE_CREDENTIALS or gcloud ADC)",
                "run `gcloud auth application-default login`, or set GOOGLE_APPLICATION_CREDENTIALS to a service-account key file (CI)");
    }

    private Check token(String name, String variable, String key, Optional<StackFile> file, String stack, String how) {
        if (env.get(variable).isPresent()) {
            return new Check(name, true, variable + " is set", null);
        }
        if (file.isPresent() && file.get().secureKeys().contains(key)) {
            return new Check(name, true, key + " is a secret of stack " + stack, null);
        }
        return new Check(name, false, "neither " + variable + " nor the secret " + key + " in Pulumi." + stack + ".yaml",
                how + ", then `pulumi config set --secret " + key + " <token> --stack " + stack + "` (or export " + variable + ")");
    }

    private Check backend(boolean pulumiOk, Path projectDir) {
        if (!pulumiOk) {
            return new Check("Pulumi backend login", false, "not checked: no usable pulumi CLI", "fix the pulumi CLI first");
        }
        try {
            var who = runner.whoAmI(projectDir);
            return new Check("Pulumi backend login", true, "logged in as " + who.user()
                    + (who.url() == null || who.url().isBlank() ? "" : " at " + who.url()), null);
        } catch (HowlerException e) {
            return new Check("Pulumi backend login", false, "not logged in (" + e.getMessage() + ")",
                    "run `pulumi login <backend-url>` (e.g. gs://howlerops-pulumi-state), or set PULUMI_BACKEND_URL / PULUMI_ACCESS_TOKEN");
        }
    }
}
