package app.sqlstudio.howler.stack.addons;

import app.sqlstudio.howler.stack.config.StackConfig;
import com.pulumi.core.Output;
import java.util.Objects;

/** Chart version, controller settings and the reserved IP the LoadBalancer must use. */
public record IngressControllerArgs(String chartVersion, StackConfig.Ingress ingress, Output<String> loadBalancerIp,
                                    boolean monitoring) {
    public IngressControllerArgs {
        Objects.requireNonNull(chartVersion, "chartVersion");
        Objects.requireNonNull(ingress, "ingress");
        Objects.requireNonNull(loadBalancerIp, "loadBalancerIp");
    }
}
