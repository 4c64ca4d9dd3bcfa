package app.sqlstudio.howler.stack.policy;

import app.sqlstudio.howler.stack.plan.PlannedResource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A mandatory rule every container of the stack must satisfy (docs/plan-json.md, "Policies"). Each instance checks one
 * property, so a violation names exactly what to change.
 */
final class ContainerPolicy implements Policy {

    private final String name;
    private final String description;
    private final Predicate<Workloads.Container> applies;
    private final Function<Workloads.Container, Optional<String>> check;
    /** The container fields the check reads ({@code securityContext} includes the pod's). */
    private final List<String> reads;

    private ContainerPolicy(String name, String description, Predicate<Workloads.Container> applies,
                            List<String> reads, Function<Workloads.Container, Optional<String>> check) {
        this.name = name;
        this.description = description;
        this.applies = applies;
        this.reads = List.copyOf(reads);
        this.check = check;
    }

    /**
     * Every check passes only on the value it requires (true, false, ALL, a pinned tag...), so an unknown value can
     * make it fail but never pass; a failure is "cannot be checked until up" when a field it reads is unknown.
     */
    private boolean readsUnknown(Workloads.Container c) {
        return reads.stream().anyMatch(field -> PlannedResource.unknownsIn(c.spec().get(field)) > 0
                || field.equals("securityContext") && PlannedResource.unknownsIn(c.podSpec().get(field)) > 0);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Severity severity() {
        return Severity.MANDATORY;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<Violation> evaluate(PolicyContext context) {
        return Workloads.containers(context.plan()).stream()
                .filter(applies)
                .flatMap(c -> check.apply(c).map(problem -> readsUnknown(c)
                        ? knownAfterUp(c.workload().urn(), c.describe() + "'s " + String.join("/", reads))
                        : violation(c.workload().urn(), c.describe() + ": " + problem)).stream())
                .toList();
    }

    static List<Policy> all() {
        Predicate<Workloads.Container> every = c -> true;
        Predicate<Workloads.Container> longRunning = c -> !c.init() && Workloads.LONG_RUNNING.contains(c.workload().kind());
        return List.of(
                new ContainerPolicy("container-runs-as-non-root", "every container runs as a non-root user", every,
                        List.of("securityContext"), c -> {
                    Object uid = c.effective("runAsUser");
                    if (uid instanceof Number n && n.intValue() == 0) {
                        return Optional.of("runAsUser is 0; set securityContext.runAsUser to a non-zero UID");
                    }
                    return Boolean.TRUE.equals(c.effective("runAsNonRoot")) ? Optional.empty()
                            : Optional.of("set securityContext.runAsNonRoot: true");
                }),
                new ContainerPolicy("container-read-only-root-filesystem", "every container has a read-only root filesystem",
                        every, List.of("securityContext"), c -> Boolean.TRUE.equals(c.securityContext().get("readOnlyRootFilesystem")) ? Optional.empty()
                                : Optional.of("set securityContext.readOnlyRootFilesystem: true and mount emptyDirs where it writes")),
                new ContainerPolicy("container-no-privilege-escalation", "no container may escalate privileges",
                        every, List.of("securityContext"), c -> Boolean.FALSE.equals(c.securityContext().get("allowPrivilegeEscalation")) ? Optional.empty()
                                : Optional.of("set securityContext.allowPrivilegeEscalation: false")),
                new ContainerPolicy("container-drops-all-capabilities", "every container drops all capabilities",
                        every, List.of("securityContext"), c -> {
                            Object caps = c.securityContext().get("capabilities");
                            boolean dropsAll = caps instanceof Map<?, ?> m && m.get("drop") instanceof List<?> drop
                                    && drop.contains("ALL");
                            return dropsAll ? Optional.empty() : Optional.of("set securityContext.capabilities.drop: [ALL]");
                        }),
                new ContainerPolicy("container-seccomp-runtime-default", "every container uses the RuntimeDefault seccomp profile",
                        every, List.of("securityContext"), c -> {
                            Object profile = c.effective("seccompProfile");
                            boolean ok = profile instanceof Map<?, ?> m
                                    && ("RuntimeDefault".equals(m.get("type")) || "Localhost".equals(m.get("type")));
                            return ok ? Optional.empty() : Optional.of("set securityContext.seccompProfile.type: RuntimeDefault");
                        }),
                new ContainerPolicy("container-requests-and-limits", "every container sets CPU and memory requests and limits",
                        every, List.of("resources"), c -> {
                            for (String which : List.of("requests", "limits")) {
                                for (String res : List.of("cpu", "memory")) {
                                    if (c.resources(which).get(res) == null) {
                                        return Optional.of("set resources." + which + "." + res);
                                    }
                                }
                            }
                            return Optional.empty();
                        }),
                new ContainerPolicy("container-probes", "every long-running container has liveness and readiness probes",
                        longRunning, List.of("livenessProbe", "readinessProbe"), c -> {
                            if (c.spec().get("livenessProbe") == null) {
                                return Optional.of("add a livenessProbe");
                            }
                            return c.spec().get("readinessProbe") == null ? Optional.of("add a readinessProbe") : Optional.empty();
                        }),
                new ContainerPolicy("container-image-pinned", "every image is pinned to a tag or digest, never latest",
                        every, List.of("image"), c -> ImageReference.problem(String.valueOf(c.spec().get("image")))));
    }
}
