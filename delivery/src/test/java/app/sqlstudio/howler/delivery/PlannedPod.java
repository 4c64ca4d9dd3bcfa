package app.sqlstudio.howler.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One container of a pod in the offline plan of prod ({@code howler plan prod}, the real program under the mock
 * engine), turned into podman options: the image tests run each image exactly as the stack's Deployment or Job runs it
 * (user, read-only root, capabilities, privilege escalation, memory limit, emptyDirs, environment), not as a copy of it.
 */
record PlannedPod(String what, JsonNode podSpec, JsonNode container) {

    /** The container of the Deployment named {@code name} in the plan. */
    static PlannedPod deployment(String name, String container) {
        return find("kubernetes:apps/v1:Deployment", name, container);
    }

    /** The container of the Job whose name starts with {@code prefix} (its name carries the image tag). */
    static PlannedPod job(String prefix, String container) {
        return find("kubernetes:batch/v1:Job", prefix, container);
    }

    private static PlannedPod find(String type, String name, String containerName) {
        for (JsonNode r : ProdPlan.tree().path("resources")) {
            if (!r.path("type").asText().equals(type)) continue;
            String n = r.at("/inputs/metadata/name").asText();
            if (!(n.equals(name) || type.endsWith(":Job") && n.startsWith(name))) continue;
            JsonNode pod = r.at("/inputs/spec/template/spec");
            for (JsonNode c : pod.path("containers")) {
                if (c.path("name").asText().equals(containerName)) return new PlannedPod(type + " " + n, pod, c);
            }
        }
        throw new AssertionError("howler plan prod has no " + type + " " + name + " with a container " + containerName);
    }

    int uid() {
        return container.at("/securityContext/runAsUser").asInt(podSpec.at("/securityContext/runAsUser").asInt(-1));
    }

    int gid() {
        return container.at("/securityContext/runAsGroup").asInt(podSpec.at("/securityContext/runAsGroup").asInt(uid()));
    }

    List<String> args() {
        List<String> a = new ArrayList<>();
        container.path("args").forEach(x -> a.add(x.asText()));
        return a;
    }

    /** The container port with this name. */
    int port(String name) {
        for (JsonNode p : container.path("ports")) {
            if (p.path("name").asText().equals(name)) return p.path("containerPort").asInt();
        }
        throw new AssertionError(what + " has no port named " + name);
    }

    Map<String, String> env() {
        Map<String, String> env = new LinkedHashMap<>();
        container.path("env").forEach(e -> env.put(e.path("name").asText(), e.path("value").asText()));
        return env;
    }

    int terminationGracePeriodSeconds() {
        return podSpec.path("terminationGracePeriodSeconds").asInt(30);
    }

    /** Seconds of the preStop hook ({@code sleep N}), 0 without one. */
    int preStopSeconds() {
        JsonNode cmd = container.at("/lifecycle/preStop/exec/command");
        if (cmd.isMissingNode()) return 0;
        assertThat(cmd.get(0).asText()).as("%s: preStop", what).isEqualTo("sleep");
        return cmd.get(1).asInt();
    }

    List<String> preStopCommand() {
        List<String> c = new ArrayList<>();
        container.at("/lifecycle/preStop/exec/command").forEach(x -> c.add(x.asText()));
        return c;
    }

    /** mountPath of each volume mount whose volume is of this kind ("emptyDir", "secret"). */
    List<String> mounts(String kind) {
        List<String> paths = new ArrayList<>();
        for (JsonNode m : container.path("volumeMounts")) {
            for (JsonNode v : podSpec.path("volumes")) {
                if (v.path("name").asText().equals(m.path("name").asText()) && v.has(kind)) {
                    paths.add(m.path("mountPath").asText());
                }
            }
        }
        return paths;
    }

    /** The memory limit as podman's --memory takes it (binary units too: 512Mi → 512m). */
    String memoryLimit() {
        String q = container.at("/resources/limits/memory").asText();
        var m = Pattern.compile("(\\d+)(Ki|Mi|Gi)").matcher(q);
        assertThat(m.matches()).as("%s: memory limit %s", what, q).isTrue();
        return m.group(1) + m.group(2).substring(0, 1).toLowerCase();
    }

    /**
     * podman run options for the container's security context and limits, each taken from the plan: the user and
     * group; a read-only root (and no tmpfs of podman's own, Kubernetes adds none) when readOnlyRootFilesystem; the
     * dropped capabilities; no-new-privileges when allowPrivilegeEscalation is false; podman's default seccomp profile
     * stands for RuntimeDefault; the memory limit (no swap); an empty tmpfs for each emptyDir; ports on loopback only.
     */
    List<String> podmanOptions(Map<Integer, Integer> hostToContainerPorts) {
        JsonNode sc = container.path("securityContext");
        assertThat(sc.at("/seccompProfile/type").asText()).as("%s: seccomp", what).isEqualTo("RuntimeDefault");
        List<String> o = new ArrayList<>();
        if (sc.path("readOnlyRootFilesystem").asBoolean(false)) o.addAll(List.of("--read-only", "--read-only-tmpfs=false"));
        o.addAll(List.of("--user", uid() + ":" + gid()));
        sc.at("/capabilities/drop").forEach(cap -> o.addAll(List.of("--cap-drop", cap.asText())));
        if (!sc.path("allowPrivilegeEscalation").asBoolean(true)) o.addAll(List.of("--security-opt", "no-new-privileges"));
        o.addAll(List.of("--memory", memoryLimit(), "--memory-swap", memoryLimit()));
        for (String path : mounts("emptyDir")) {
            // An emptyDir starts empty (no copy of the image's directory, podman's default) and is writable by the
            // pod's fsGroup; podman keeps the image directory's mode on the tmpfs, so U makes it the user's.
            o.addAll(List.of("--tmpfs", path + ":rw,nosuid,nodev,size=64m,mode=1777,notmpcopyup,U"));
        }
        hostToContainerPorts.forEach((host, c) -> o.addAll(List.of("-p", "127.0.0.1:" + host + ":" + c)));
        return o;
    }
}
