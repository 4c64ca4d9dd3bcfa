package app.sqlstudio.howler.stack;

import app.sqlstudio.howler.stack.config.ConfigSource;
import app.sqlstudio.howler.stack.config.StackConfig;
import app.sqlstudio.howler.stack.plan.Plan;
import app.sqlstudio.howler.stack.plan.PlanRunner;
import app.sqlstudio.howler.stack.plan.StackFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Access to the repository's real stack files, and plans of them with a few values changed. */
public final class TestStacks {

    private static Plan prodPlan;

    private TestStacks() {
    }

    public static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("Pulumi.yaml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no Pulumi.yaml above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    public static StackFile prodFile() {
        return StackFile.load(repoRoot(), "prod");
    }

    /** The plan of the committed prod stack, computed once per test JVM (it is deterministic). */
    public static synchronized Plan prod() {
        if (prodPlan == null) {
            prodPlan = PlanRunner.plan(prodFile()).plan();
        }
        return prodPlan;
    }

    /** The prod stack file with some keys changed (null removes a key). */
    public static StackFile prodWith(Map<String, String> changes) {
        return stackFrom("prod", changes);
    }

    /**
     * An ephemeral stack as `howler stack init NAME --ephemeral` makes it from prod: a subdomain of prod's zone, an
     * expiry, no protect, and its database in the shared dev group.
     */
    public static StackFile ephemeral(String stack) {
        return stackFrom(stack, Map.of(
                "howler:domain", stack + ".dev.sql-studio.app",
                "howler:expiresAt", "2026-12-01T18:00:00Z",
                "howler:protect", "false",
                "howler:tursoSharedGroup", "dev",
                "howler:tursoDatabaseName", "sql-studio-" + stack));
    }

    /** The kubeconfig path local test stacks name; the plan never reads it (the provider would, at run time). */
    public static final String KUBECONFIG = "/home/dev/.kube/config";

    /**
     * A stack on an existing cluster as `howler stack init NAME --kubeconfig PATH` makes it from prod: every key only a
     * gke stack reads dropped (with the providers' keys), the local target's keys added, then {@code changes} (null
     * removes a key).
     */
    public static StackFile local(String stack, Map<String, String> changes) {
        StackFile prod = prodFile();
        Set<String> gkeOnly = new java.util.HashSet<>(StackConfig.keysOnlyReadBy(StackConfig.Target.GKE));
        gkeOnly.addAll(StackConfig.monitoringKeys());
        Map<String, String> values = new LinkedHashMap<>();
        prod.values().forEach((k, v) -> {
            if (!gkeOnly.contains(k) && !k.startsWith("gcp:") && !k.startsWith("cloudflare:") && !k.startsWith("turso:")) {
                values.put(k, v);
            }
        });
        values.put("howler:target", "local");
        values.put("howler:kubeconfig", KUBECONFIG);
        values.put("howler:kubeContext", "kind-howler");
        values.put("howler:environment", "development");
        values.put("howler:domain", stack + ".localhost");
        values.put("howler:protect", "false");
        values.put("howler:namespace", "sql-studio-" + stack);
        values.put("howler:imageRegistry", "howler.local");
        values.put("howler:podCidr", "10.244.0.0/16");
        values.put("howler:ingressNamespace", "ingress-nginx");
        values.put("howler:database", "sqlite");
        values.put("howler:dataVolumeSize", "1Gi");
        values.put("howler:dataAccessMode", "ReadWriteOnce");
        values.put("howler:protectData", "true");
        values.put("howler:monitoring", "false");
        changes.forEach((k, v) -> {
            if (v == null) {
                values.remove(k);
            } else {
                values.put(k, v);
            }
        });
        return new StackFile(StackFile.pathOf(prod.path().getParent(), stack), stack, values, Set.of());
    }

    /** The validated config of the prod stack file, with test values for the secrets it does not commit. */
    public static StackConfig prodConfig() {
        Map<String, String> values = new LinkedHashMap<>(prodFile().values());
        values.put("howler:jwtSecret", "a-test-secret-that-is-long-enough-for-hs256-0000");
        values.put("cloudflare:apiToken", "cf-token");
        values.put("turso:apiToken", "turso-platform-token");
        return StackConfig.load(ConfigSource.of(values), "prod");
    }

    /** The prod stack file's values, with some keys changed (null removes a key), as stack {@code stack}. */
    public static StackFile stackFrom(String stack, Map<String, String> changes) {
        StackFile prod = prodFile();
        Map<String, String> values = new LinkedHashMap<>(prod.values());
        changes.forEach((k, v) -> {
            if (v == null) {
                values.remove(k);
            } else {
                values.put(k, v);
            }
        });
        return new StackFile(StackFile.pathOf(prod.path().getParent(), stack), stack, values, Set.copyOf(prod.secureKeys()));
    }
}
