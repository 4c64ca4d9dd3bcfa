package app.sqlstudio.howler.stack.kubernetes;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ResourceArgs;
import java.util.Map;
import java.util.Objects;

/**
 * A Kubernetes object given as data: {@code apiVersion}, {@code kind}, {@code metadata}, {@code spec}. The Kubernetes
 * Java SDK 4.0.0 has no generic CustomResource class, so custom resources (cert-manager's ClusterIssuer and
 * Certificate, the Prometheus operator's ServiceMonitor and PrometheusRule) are registered through this one with the
 * type token {@code kubernetes:<group>/<version>:<Kind>}, exactly what the other languages' generic class sends. Objects
 * whose spec is built by a pure function and tested as data (NetworkPolicies) use it too; the engine and the provider
 * see the same type token and inputs as from the typed class.
 */
public final class KubernetesObject extends CustomResource {

    @Export(name = "apiVersion", refs = {String.class}, tree = "[0]")
    private Output<String> apiVersion;

    @Export(name = "kind", refs = {String.class}, tree = "[0]")
    private Output<String> kind;

    public KubernetesObject(String name, Args args, CustomResourceOptions options) {
        super("kubernetes:" + args.apiVersionText + ":" + args.kindText, name, args, options);
    }

    public Output<String> apiVersion() {
        return apiVersion;
    }

    public Output<String> kind() {
        return kind;
    }

    /** Inputs of a custom resource: its API version, kind, metadata and spec. */
    public static final class Args extends ResourceArgs {

        @Import(name = "apiVersion", required = true)
        private final Output<String> apiVersion;

        @Import(name = "kind", required = true)
        private final Output<String> kind;

        @Import(name = "metadata", required = true)
        private final Output<Map<String, Object>> metadata;

        @Import(name = "spec", required = true)
        private final Output<Map<String, Object>> spec;

        private final String apiVersionText;
        private final String kindText;

        public Args(String apiVersion, String kind, Map<String, Object> metadata, Output<Map<String, Object>> spec) {
            this.apiVersionText = Objects.requireNonNull(apiVersion, "apiVersion");
            this.kindText = Objects.requireNonNull(kind, "kind");
            if (!apiVersion.contains("/")) {
                throw new IllegalArgumentException("apiVersion must be <group>/<version>, got " + apiVersion);
            }
            this.apiVersion = Output.of(apiVersion);
            this.kind = Output.of(kind);
            this.metadata = Output.of(FieldOwnership.metadata(Objects.requireNonNull(metadata, "metadata")));
            this.spec = Objects.requireNonNull(spec, "spec");
        }

        public Args(String apiVersion, String kind, Map<String, Object> metadata, Map<String, Object> spec) {
            this(apiVersion, kind, metadata, Output.of(spec));
        }
    }
}
