package app.sqlstudio.howler.stack.policy;

import app.sqlstudio.howler.stack.plan.Plan;
import app.sqlstudio.howler.stack.plan.PlannedResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds the pod templates and containers in a plan, whatever kind of workload holds them. */
final class Workloads {

    static final Set<String> LONG_RUNNING = Set.of("Deployment", "StatefulSet", "DaemonSet");
    static final Set<String> WORKLOAD_KINDS = Set.of("Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Pod");

    /** A container with the pod spec and workload it belongs to. */
    record Container(PlannedResource workload, Map<String, Object> podSpec, Map<String, Object> spec, boolean init) {

        String name() {
            return String.valueOf(spec.get("name"));
        }

        String describe() {
            return workload.kind() + " " + workload.metadataName() + " container " + name();
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> securityContext() {
            Object sc = spec.get("securityContext");
            return sc instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> podSecurityContext() {
            Object sc = podSpec.get("securityContext");
            return sc instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        }

        /** A container field, falling back to the pod-level securityContext the way Kubernetes does. */
        Object effective(String field) {
            Object value = securityContext().get(field);
            return value != null ? value : podSecurityContext().get(field);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> resources(String which) {
            Object res = spec.get("resources");
            if (res instanceof Map<?, ?> m && m.get(which) instanceof Map<?, ?> r) {
                return (Map<String, Object>) r;
            }
            return Map.of();
        }
    }

    private Workloads() {
    }

    static List<PlannedResource> workloads(Plan plan) {
        return plan.where(r -> r.isKubernetesObject() && WORKLOAD_KINDS.contains(r.kind()));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> podSpec(PlannedResource workload) {
        return switch (workload.kind()) {
            case "Pod" -> workload.mapAt("spec");
            case "CronJob" -> workload.mapAt("spec", "jobTemplate", "spec", "template", "spec");
            default -> workload.mapAt("spec", "template", "spec");
        };
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> podLabels(PlannedResource workload) {
        Object labels = workload.mapAt("spec", "template", "metadata").get("labels");
        return labels instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Container> containers(Plan plan) {
        List<Container> out = new ArrayList<>();
        for (PlannedResource w : workloads(plan)) {
            Map<String, Object> pod = podSpec(w);
            for (String field : List.of("initContainers", "containers")) {
                if (pod.get(field) instanceof List<?> list) {
                    for (Object c : list) {
                        if (c instanceof Map<?, ?> m) {
                            out.add(new Container(w, pod, (Map<String, Object>) m, field.equals("initContainers")));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The replicas a workload may run at most: its HPA's maximum, else its replica count. */
    static int maxReplicas(Plan plan, PlannedResource workload) {
        if (!workload.kind().equals("Deployment") && !workload.kind().equals("StatefulSet")) {
            return 1;
        }
        for (PlannedResource hpa : plan.kubernetesObjects("HorizontalPodAutoscaler")) {
            Map<String, Object> ref = hpa.mapAt("spec", "scaleTargetRef");
            if (workload.kind().equals(ref.get("kind")) && workload.metadataName().equals(ref.get("name"))
                    && java.util.Objects.equals(workload.metadataNamespace(), hpa.metadataNamespace())) {
                return ((Number) hpa.mapAt("spec").getOrDefault("maxReplicas", 1)).intValue();
            }
        }
        Object replicas = workload.mapAt("spec").get("replicas");
        return replicas instanceof Number n ? n.intValue() : 1;
    }

    /** The replicas a workload runs at least: its HPA's minimum, else its replica count. */
    static int minReplicas(Plan plan, PlannedResource workload) {
        for (PlannedResource hpa : plan.kubernetesObjects("HorizontalPodAutoscaler")) {
            Map<String, Object> ref = hpa.mapAt("spec", "scaleTargetRef");
            if (workload.kind().equals(ref.get("kind")) && workload.metadataName().equals(ref.get("name"))) {
                return ((Number) hpa.mapAt("spec").getOrDefault("minReplicas", 1)).intValue();
            }
        }
        Object replicas = workload.mapAt("spec").get("replicas");
        return replicas instanceof Number n ? n.intValue() : 1;
    }
}
