package app.sqlstudio.howler.stack.app;

import app.sqlstudio.howler.stack.data.DatabaseConnection;
import app.sqlstudio.howler.stack.kubernetes.FieldOwnership;
import com.pulumi.core.Output;
import com.pulumi.kubernetes.core.v1.LimitRange;
import com.pulumi.kubernetes.core.v1.LimitRangeArgs;
import com.pulumi.kubernetes.core.v1.Namespace;
import com.pulumi.kubernetes.core.v1.NamespaceArgs;
import com.pulumi.kubernetes.core.v1.ResourceQuota;
import com.pulumi.kubernetes.core.v1.ResourceQuotaArgs;
import com.pulumi.kubernetes.core.v1.Secret;
import com.pulumi.kubernetes.core.v1.SecretArgs;
import com.pulumi.kubernetes.core.v1.ServiceAccount;
import com.pulumi.kubernetes.core.v1.ServiceAccountArgs;
import com.pulumi.kubernetes.core.v1.inputs.LimitRangeItemArgs;
import com.pulumi.kubernetes.core.v1.inputs.LimitRangeSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.ResourceQuotaSpecArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The application namespace of the seed's security layer: Pod Security "restricted", a quota and limit range sized
 * to admit every container of the stack, one ServiceAccount per component that mounts no API token, and the Secret
 * the backend reads as files.
 */
public final class AppNamespace extends ComponentResource {

    public static final String SECRET_NAME = "sql-studio-secrets";
    public static final String BACKEND_ACCOUNT = "sql-studio-backend";
    public static final String FRONTEND_ACCOUNT = "sql-studio-frontend";

    public final Output<String> namespace;
    public final Output<String> secretName;

    public AppNamespace(String name, AppNamespaceArgs args, ComponentResourceOptions opts) {
        super("howler:infra:AppNamespace", name, opts);
        var limits = args.limits();

        var ns = new Namespace(name + "-namespace", NamespaceArgs.builder()
                .metadata(ObjectMetaArgs.builder()
                        .name(args.name())
                        .labels(namespaceLabels(args.environment()))
                        .annotations(FieldOwnership.annotations())
                        .build())
                .build(), child());
        var inNamespace = CustomResourceOptions.builder().parent(this).dependsOn(ns).build();

        new ResourceQuota(name + "-quota", ResourceQuotaArgs.builder()
                .metadata(meta(args.name(), args.name() + "-quota"))
                .spec(ResourceQuotaSpecArgs.builder().hard(Map.ofEntries(
                        Map.entry("requests.cpu", limits.quotaRequestsCpu().text()),
                        Map.entry("requests.memory", limits.quotaRequestsMemory().text()),
                        Map.entry("limits.cpu", limits.quotaLimitsCpu().text()),
                        Map.entry("limits.memory", limits.quotaLimitsMemory().text()),
                        Map.entry("requests.storage", limits.quotaRequestsStorage().text()),
                        Map.entry("persistentvolumeclaims", String.valueOf(limits.quotaPersistentVolumeClaims())),
                        Map.entry("pods", String.valueOf(limits.quotaPods())),
                        Map.entry("services", String.valueOf(limits.quotaServices())),
                        Map.entry("configmaps", String.valueOf(limits.quotaConfigMaps())),
                        Map.entry("secrets", String.valueOf(limits.quotaSecrets())),
                        Map.entry("replicationcontrollers", String.valueOf(limits.quotaReplicationControllers())),
                        Map.entry("services.loadbalancers", String.valueOf(limits.quotaLoadBalancers())),
                        Map.entry("services.nodeports", String.valueOf(limits.quotaNodePorts())))).build())
                .build(), inNamespace);

        new LimitRange(name + "-limits", LimitRangeArgs.builder()
                .metadata(meta(args.name(), args.name() + "-limits"))
                .spec(LimitRangeSpecArgs.builder().limits(LimitRangeItemArgs.builder()
                        .type("Container")
                        .min(Map.of("cpu", limits.minCpu().text(), "memory", limits.minMemory().text()))
                        .max(Map.of("cpu", limits.maxCpu().text(), "memory", limits.maxMemory().text()))
                        .defaultRequest(Map.of("cpu", limits.defaultCpuRequest().text(),
                                "memory", limits.defaultMemoryRequest().text()))
                        .default_(Map.of("cpu", limits.defaultCpuLimit().text(),
                                "memory", limits.defaultMemoryLimit().text()))
                        .maxLimitRequestRatio(Map.of(
                                "cpu", limits.maxCpuLimitRequestRatio().toPlainString(),
                                "memory", limits.maxMemoryLimitRequestRatio().toPlainString()))
                        .build(), LimitRangeItemArgs.builder()
                        .type("Pod")
                        .min(Map.of("cpu", limits.podMinCpu().text(), "memory", limits.podMinMemory().text()))
                        .max(Map.of("cpu", limits.podMaxCpu().text(), "memory", limits.podMaxMemory().text()))
                        .build(), LimitRangeItemArgs.builder()
                        .type("PersistentVolumeClaim")
                        .min(Map.of("storage", limits.pvcMinStorage().text()))
                        .max(Map.of("storage", limits.pvcMaxStorage().text()))
                        .build()).build())
                .build(), inNamespace);

        for (String account : new String[] {BACKEND_ACCOUNT, FRONTEND_ACCOUNT}) {
            new ServiceAccount(name + "-" + account.substring(account.lastIndexOf('-') + 1) + "-account",
                    ServiceAccountArgs.builder()
                            .metadata(meta(args.name(), account))
                            .automountServiceAccountToken(false)
                            .build(), inNamespace);
        }

        var secrets = args.secrets();
        Map<String, Output<String>> data = new LinkedHashMap<>();
        if (args.database() instanceof DatabaseConnection.Turso turso) {
            data.put("turso-url", turso.url());
            data.put("turso-auth-token", turso.token());
        }
        data.put("jwt-secret", secrets.jwtSecret().output());
        secrets.jwtSecretPrevious().ifPresent(p -> data.put("jwt-secret-previous", p.output()));
        secrets.resendApiKey().ifPresent(k -> data.put("resend-api-key", k.output()));
        var secret = new Secret(name + "-secrets", SecretArgs.builder()
                .metadata(ObjectMetaArgs.builder()
                        .name(SECRET_NAME)
                        .namespace(args.name())
                        .labels(Map.of("app", "sql-studio", "component", "backend"))
                        .annotations(FieldOwnership.annotations(rotationDates(secrets)))
                        .build())
                .type("Opaque")
                .stringData(perKey(data).asSecret())
                .build(), inNamespace);

        this.namespace = ns.metadata().applyValue(m -> m.name().orElse(args.name()));
        this.secretName = secret.metadata().applyValue(m -> m.name().orElse(SECRET_NAME));
        registerOutputs(Map.of("namespace", namespace, "secretName", secretName));
    }

    private static Map<String, String> rotationDates(app.sqlstudio.howler.stack.config.StackConfig.Secrets secrets) {
        Map<String, String> dates = new LinkedHashMap<>();
        dates.put("howler.sql-studio.app/jwt-secret-rotated-at", secrets.jwtSecretRotatedAt().toString());
        secrets.tursoTokenRotatedAt().ifPresent(at -> dates.put("howler.sql-studio.app/turso-token-rotated-at", at.toString()));
        return dates;
    }

    /** Pod Security "restricted" in all three modes, so a violating pod is refused, audited and warned about. */
    static Map<String, String> namespaceLabels(String environment) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("pod-security.kubernetes.io/enforce", "restricted");
        labels.put("pod-security.kubernetes.io/audit", "restricted");
        labels.put("pod-security.kubernetes.io/warn", "restricted");
        labels.put("app", "sql-studio");
        labels.put("component", "platform");
        labels.put("environment", environment);
        labels.put("team", "platform");
        return labels;
    }

    private static ObjectMetaArgs meta(String namespace, String name) {
        return ObjectMetaArgs.builder().name(name).namespace(namespace)
                .labels(Map.of("app", "sql-studio", "component", "platform"))
                .annotations(FieldOwnership.annotations()).build();
    }

    private CustomResourceOptions child() {
        return CustomResourceOptions.builder().parent(this).build();
    }

    /**
     * The Secret's data with each value still its own Output. The SDK serialises every value on its own, so a value
     * the cloud assigns on creation (the Turso URL) leaves only its key unknown in a preview instead of the whole data,
     * and a deployment sends the same strings either way. The cast only restates what the serialiser accepts: it
     * reads map values as objects and resolves every Output among them.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Output<Map<String, String>> perKey(Map<String, Output<String>> data) {
        return Output.of((Map<String, String>) (Map) new LinkedHashMap<>(data));
    }
}
