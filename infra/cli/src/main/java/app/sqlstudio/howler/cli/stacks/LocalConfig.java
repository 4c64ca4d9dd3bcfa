package app.sqlstudio.howler.cli.stacks;

import app.sqlstudio.howler.stack.config.StackConfig;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The config of a stack on an existing cluster ({@code stack init NAME --kubeconfig PATH}), made from a source stack
 * (prod): its workloads, hardening, scaling, limits and policies unchanged, everything that only a GKE stack reads
 * (cluster, add-ons, Cloudflare, Turso and the providers' keys) dropped, and the keys of the local target added.
 */
public final class LocalConfig {

    /** What {@code stack init} writes when not told otherwise; each is a key a developer may override with --set. */
    static final String IMAGE_REGISTRY = "howler.local";
    /** kind's and minikube's pod range; k3d uses 10.42.0.0/16. */
    static final String POD_CIDR = "10.244.0.0/16";
    static final String INGRESS_NAMESPACE = "ingress-nginx";
    static final String DATA_VOLUME_SIZE = "1Gi";

    private LocalConfig() {
    }

    /**
     * The source's values turned into a local stack's: {@code kubeconfig} is the absolute path, {@code context} the
     * context to pin; {@code expiresAt} set for an ephemeral stack.
     */
    public static Map<String, Object> from(Map<String, Object> source, String stack, String kubeconfig, String context,
                                           Optional<Instant> expiresAt) {
        Set<String> gkeOnly = new TreeSet<>(StackConfig.keysOnlyReadBy(StackConfig.Target.GKE));
        Map<String, Object> values = new LinkedHashMap<>(source);
        values.keySet().removeIf(key -> gkeOnly.contains(key) || key.startsWith("gcp:") || key.startsWith("cloudflare:")
                || key.startsWith("turso:"));
        values.put("howler:target", StackConfig.Target.LOCAL.key());
        values.put("howler:kubeconfig", kubeconfig);
        values.put("howler:kubeContext", context);
        values.put("howler:environment", "development");
        // *.localhost resolves to the loopback address in browsers and curl: with an ingress controller on the host's
        // port 80 (kind's extraPortMappings, minikube tunnel, k3d -p) the app answers at http://<stack>.localhost.
        values.put("howler:domain", stack + ".localhost");
        values.put("howler:protect", false);
        // A namespace per stack, so several developers' stacks can share one dev cluster.
        values.put("howler:namespace", EphemeralConfig.derived("sql-studio", stack, 40, "howler-"));
        values.put("howler:imageRegistry", IMAGE_REGISTRY);
        values.put("howler:podCidr", POD_CIDR);
        values.put("howler:ingressNamespace", INGRESS_NAMESPACE);
        values.put("howler:database", "sqlite");
        values.put("howler:dataVolumeSize", DATA_VOLUME_SIZE);
        values.put("howler:dataAccessMode", "ReadWriteOnce");
        // A long-lived stack keeps its data through an accidental destroy; an ephemeral one must be destroyable by
        // `stack gc` without a hand in between.
        values.put("howler:protectData", expiresAt.isEmpty());
        // no Helm add-on unless asked (--set monitoring=true)
        values.put("howler:monitoring", false);
        values.keySet().removeAll(StackConfig.monitoringKeys());
        expiresAt.ifPresent(at -> values.put("howler:expiresAt", at.truncatedTo(ChronoUnit.SECONDS).toString()));
        return values;
    }

    /** After {@code --set monitoring=true}: the source's monitoring settings (chart, retention, alerts) come back. */
    public static void restoreMonitoringKeys(Map<String, Object> values, Map<String, Object> source) {
        if (!"true".equals(String.valueOf(values.get("howler:monitoring")))) {
            return;
        }
        Set<String> monitoring = StackConfig.monitoringKeys();
        source.forEach((key, value) -> {
            if (monitoring.contains(key)) {
                values.putIfAbsent(key, value);
            }
        });
    }

    /**
     * After {@code --set database=turso}: the Turso keys the source had, which {@link #from} dropped with the other
     * cloud keys, come back (the database name made the stack's own).
     */
    public static void restoreTursoKeys(Map<String, Object> values, Map<String, Object> source, String stack) {
        if (!"turso".equals(String.valueOf(values.get("howler:database")))) {
            return;
        }
        // the claim's keys are read only for an SQLite file
        values.keySet().removeAll(Set.of("howler:dataVolumeSize", "howler:dataAccessMode", "howler:protectData",
                "howler:dataStorageClass"));
        Set<String> turso = StackConfig.tursoKeys();
        source.forEach((key, value) -> {
            if (turso.contains(key) && !values.containsKey(key) && !EphemeralConfig.NOT_COPIED.contains(key)) {
                values.put(key, value);
            }
        });
        // the shared group dev and a database of its own, as for any stack that is not prod
        values.putIfAbsent("howler:tursoSharedGroup", EphemeralConfig.DEV_TURSO_GROUP);
        String db = String.valueOf(source.getOrDefault("howler:tursoDatabaseName", "sql-studio-production"))
                .replaceAll("-r[0-9]{8}-[0-9]{4}$", "").replaceAll("-(production|prod)$", "");
        if (String.valueOf(values.get("howler:tursoDatabaseName")).equals(source.get("howler:tursoDatabaseName"))) {
            values.put("howler:tursoDatabaseName", EphemeralConfig.derived(db, stack, 64, "howler-"));
        }
    }
}
