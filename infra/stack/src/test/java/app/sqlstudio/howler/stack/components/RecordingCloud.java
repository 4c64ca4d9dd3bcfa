package app.sqlstudio.howler.stack.components;

import app.sqlstudio.howler.stack.plan.MockCloud;
import com.pulumi.test.Mocks;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * {@link MockCloud} that also keeps what the mocks alone see of each registration and invoke, notably the provider
 * reference ({@code urn::id}) a resource or invoke went through, which the plan does not record.
 */
final class RecordingCloud implements Mocks {

    final List<ResourceArgs> resources = new CopyOnWriteArrayList<>();
    final List<CallArgs> calls = new CopyOnWriteArrayList<>();
    private final MockCloud cloud;

    RecordingCloud(MockCloud cloud) {
        this.cloud = cloud;
    }

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        resources.add(args);
        return cloud.newResourceAsync(args);
    }

    @Override
    public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
        calls.add(args);
        return cloud.callAsync(args);
    }

    List<ResourceArgs> ofTypePrefix(String prefix) {
        return resources.stream().filter(r -> r.type.startsWith(prefix)).toList();
    }

    ResourceArgs named(String name) {
        return resources.stream().filter(r -> r.name.equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no resource " + name + " in "
                        + resources.stream().map(r -> r.name).toList()));
    }
}
