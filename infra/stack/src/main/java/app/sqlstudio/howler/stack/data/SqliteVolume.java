package app.sqlstudio.howler.stack.data;

import app.sqlstudio.howler.stack.config.StackConfig;
import app.sqlstudio.howler.stack.kubernetes.FieldOwnership;
import com.pulumi.core.Output;
import com.pulumi.kubernetes.core.v1.PersistentVolumeClaim;
import com.pulumi.kubernetes.core.v1.PersistentVolumeClaimArgs;
import com.pulumi.kubernetes.core.v1.inputs.PersistentVolumeClaimSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.ResourceRequirementsArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import java.util.Map;
import java.util.Objects;

/**
 * The database of a local stack: a PersistentVolumeClaim holding the embedded SQLite file that the migration Job and
 * every backend replica open. With {@code howler:protectData} the claim is {@code protect}ed, so a destroy stops
 * before the data is lost (and the rest of the stack stays until the protection is lifted on purpose).
 */
public final class SqliteVolume extends ComponentResource {

    public static final String CLAIM_NAME = "sql-studio-data";

    /** What {@link SqliteVolume} needs: the namespace and the volume's settings from config. */
    public record Args(String namespace, String environment, StackConfig.DataVolume volume) {
        public Args {
            Objects.requireNonNull(namespace, "namespace");
            Objects.requireNonNull(environment, "environment");
            Objects.requireNonNull(volume, "volume");
        }
    }

    public final Output<String> claimName;
    /** The connection the backend is given. */
    public final DatabaseConnection.Sqlite connection;

    public SqliteVolume(String name, Args args, ComponentResourceOptions opts) {
        super("howler:infra:SqliteVolume", name, opts);
        var volume = args.volume();
        var spec = PersistentVolumeClaimSpecArgs.builder()
                .accessModes(volume.accessMode())
                .resources(ResourceRequirementsArgs.builder()
                        .requests(Map.of("storage", volume.size().text())).build());
        volume.storageClass().ifPresent(spec::storageClassName);
        var claim = new PersistentVolumeClaim(name + "-claim", PersistentVolumeClaimArgs.builder()
                .metadata(ObjectMetaArgs.builder()
                        .name(CLAIM_NAME)
                        .namespace(args.namespace())
                        .labels(Map.of("app", "sql-studio", "component", "database", "environment", args.environment()))
                        // With a WaitForFirstConsumer class (kind, k3d, minikube, most clouds) the claim stays Pending
                        // until a pod mounts it, and the provider (before 4.16) waits for Bound: it would wait for the
                        // migration Job, which waits for the claim. The Job and the Deployment's own await show
                        // whether the volume works.
                        .annotations(FieldOwnership.annotations(Map.of("pulumi.com/skipAwait", "true")))
                        .build())
                .spec(spec.build())
                .build(), CustomResourceOptions.builder().parent(this).protect(volume.protect()).build());
        this.claimName = claim.metadata().applyValue(m -> m.name().orElse(CLAIM_NAME));
        this.connection = new DatabaseConnection.Sqlite(CLAIM_NAME, volume.singleNode());
        registerOutputs(Map.of("claimName", claimName));
    }
}
