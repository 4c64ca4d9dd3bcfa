package app.sqlstudio.howler.stack.kubernetes;

import app.sqlstudio.howler.stack.config.StackConfig;
import com.pulumi.kubernetes.core.v1.inputs.CapabilitiesArgs;
import com.pulumi.kubernetes.core.v1.inputs.ContainerPortArgs;
import com.pulumi.kubernetes.core.v1.inputs.EmptyDirVolumeSourceArgs;
import com.pulumi.kubernetes.core.v1.inputs.HTTPGetActionArgs;
import com.pulumi.kubernetes.core.v1.inputs.PodSecurityContextArgs;
import com.pulumi.kubernetes.core.v1.inputs.ProbeArgs;
import com.pulumi.kubernetes.core.v1.inputs.ResourceRequirementsArgs;
import com.pulumi.kubernetes.core.v1.inputs.SeccompProfileArgs;
import com.pulumi.kubernetes.core.v1.inputs.SecurityContextArgs;
import com.pulumi.kubernetes.core.v1.inputs.VolumeArgs;
import com.pulumi.core.Either;
import java.util.Map;

/**
 * The pieces every pod of the stack shares, so the Pod Security "restricted" profile and the policies hold by
 * construction: non-root, read-only root filesystem, no privilege escalation, no capabilities, RuntimeDefault seccomp.
 */
public final class PodHardening {

    private PodHardening() {
    }

    public static PodSecurityContextArgs podSecurity(int uid) {
        return PodSecurityContextArgs.builder()
                .runAsNonRoot(true)
                .runAsUser(uid)
                .runAsGroup(uid)
                .fsGroup(uid)
                .seccompProfile(SeccompProfileArgs.builder().type("RuntimeDefault").build())
                .build();
    }

    public static SecurityContextArgs containerSecurity(int uid) {
        return SecurityContextArgs.builder()
                .runAsNonRoot(true)
                .runAsUser(uid)
                .runAsGroup(uid)
                .readOnlyRootFilesystem(true)
                .allowPrivilegeEscalation(false)
                .privileged(false)
                .capabilities(CapabilitiesArgs.builder().drop("ALL").build())
                .seccompProfile(SeccompProfileArgs.builder().type("RuntimeDefault").build())
                .build();
    }

    public static ResourceRequirementsArgs resources(StackConfig.Resources r) {
        return ResourceRequirementsArgs.builder()
                .requests(Map.of("cpu", r.cpuRequest().text(), "memory", r.memoryRequest().text()))
                .limits(Map.of("cpu", r.cpuLimit().text(), "memory", r.memoryLimit().text()))
                .build();
    }

    /** An HTTP probe on a named container port. */
    public static ProbeArgs httpProbe(String path, String portName, int period, int timeout, int failures) {
        return ProbeArgs.builder()
                .httpGet(HTTPGetActionArgs.builder().path(path).port(Either.ofRight(portName)).build())
                .periodSeconds(period)
                .timeoutSeconds(timeout)
                .failureThreshold(failures)
                .successThreshold(1)
                .build();
    }

    public static ContainerPortArgs port(String name, int number) {
        return ContainerPortArgs.builder().name(name).containerPort(number).protocol("TCP").build();
    }

    /** A size-limited scratch volume: the only writable paths of a read-only container. */
    public static VolumeArgs scratch(String name, String sizeLimit) {
        return VolumeArgs.builder()
                .name(name)
                .emptyDir(EmptyDirVolumeSourceArgs.builder().sizeLimit(sizeLimit).build())
                .build();
    }
}
