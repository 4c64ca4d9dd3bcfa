package app.sqlstudio.howler.stack.policy;

import app.sqlstudio.howler.stack.config.Quantity;
import app.sqlstudio.howler.stack.plan.PlannedResource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The LimitRange and ResourceQuota of each namespace admit every container the stack creates: each container within
 * min/max and the limit/request ratios (the original's cpu ratio 4 rejected its own 500m/100m backend), and all pods
 * at their maximum replicas, plus one surge pod per Deployment during a rolling update, within the quota.
 */
final class NamespaceLimitsAdmitContainers implements Policy {

    private static final List<String> RESOURCES = List.of("cpu", "memory");

    @Override
    public String name() {
        return "namespace-limits-admit-containers";
    }

    @Override
    public Severity severity() {
        return Severity.MANDATORY;
    }

    @Override
    public String description() {
        return "LimitRange and ResourceQuota admit every container the stack creates";
    }

    @Override
    public List<Violation> evaluate(PolicyContext context) {
        var plan = context.plan();
        List<Violation> out = new ArrayList<>();
        var containers = Workloads.containers(plan);
        for (PlannedResource limitRange : plan.kubernetesObjects("LimitRange")) {
            for (Object item : limitRange.listAt("spec", "limits")) {
                if (!(item instanceof Map<?, ?> limits) || !"Container".equals(limits.get("type"))) {
                    continue;
                }
                containers.stream()
                        .filter(c -> Objects.equals(c.workload().metadataNamespace(), limitRange.metadataNamespace()))
                        .forEach(c -> checkContainer(c, limits).ifPresent(p -> out.add(violation(c.workload().urn(),
                                c.describe() + " is refused by LimitRange " + limitRange.metadataName() + ": " + p))));
            }
        }
        for (PlannedResource quota : plan.kubernetesObjects("ResourceQuota")) {
            Map<String, Object> hard = quota.mapAt("spec", "hard");
            for (String which : List.of("requests", "limits")) {
                for (String res : RESOURCES) {
                    Object max = hard.get(which + "." + res);
                    if (max == null) {
                        continue;
                    }
                    BigDecimal total = BigDecimal.ZERO;
                    for (var c : containers) {
                        if (!Objects.equals(c.workload().metadataNamespace(), quota.metadataNamespace())) {
                            continue;
                        }
                        Object v = c.resources(which).get(res);
                        if (v != null) {
                            int pods = Workloads.maxReplicas(plan, c.workload())
                                    + (c.workload().kind().equals("Deployment") ? 1 : 0);
                            total = total.add(Quantity.parse(v.toString()).value().multiply(BigDecimal.valueOf(pods)));
                        }
                    }
                    Quantity cap = Quantity.parse(max.toString());
                    if (total.compareTo(cap.value()) > 0) {
                        out.add(violation(quota.urn(), "ResourceQuota " + quota.metadataName() + " allows " + which + "."
                                + res + " " + cap + " but the containers need " + total.stripTrailingZeros().toPlainString()
                                + (res.equals("memory") ? " bytes" : " cores")
                                + " at maximum scale with a rolling-update surge; raise the quota or lower the requests"));
                    }
                }
            }
        }
        return out;
    }

    private static Optional<String> checkContainer(Workloads.Container c, Map<?, ?> limits) {
        for (String res : RESOURCES) {
            Quantity request = quantity(c.resources("requests").get(res), defaults(limits, "defaultRequest", res));
            Quantity limit = quantity(c.resources("limits").get(res), defaults(limits, "default", res));
            Quantity min = quantity(at(limits, "min", res), null);
            Quantity max = quantity(at(limits, "max", res), null);
            if (min != null && request != null && request.compareTo(min) < 0) {
                return Optional.of(res + " request " + request + " is below the minimum " + min);
            }
            if (max != null && limit != null && limit.compareTo(max) > 0) {
                return Optional.of(res + " limit " + limit + " is above the maximum " + max);
            }
            Object ratio = at(limits, "maxLimitRequestRatio", res);
            if (ratio != null && request != null && limit != null
                    && limit.ratioTo(request).compareTo(new BigDecimal(ratio.toString())) > 0) {
                return Optional.of(res + " limit/request ratio " + limit.ratioTo(request).stripTrailingZeros().toPlainString()
                        + " exceeds maxLimitRequestRatio " + ratio);
            }
        }
        return Optional.empty();
    }

    private static Object at(Map<?, ?> limits, String field, String res) {
        return limits.get(field) instanceof Map<?, ?> m ? m.get(res) : null;
    }

    private static Object defaults(Map<?, ?> limits, String field, String res) {
        return at(limits, field, res);
    }

    private static Quantity quantity(Object value, Object fallback) {
        Object v = value != null ? value : fallback;
        return v == null ? null : Quantity.parse(v.toString());
    }
}
