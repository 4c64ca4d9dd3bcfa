package app.sqlstudio.howler.stack.components;

import static org.assertj.core.api.Assertions.assertThat;

import app.sqlstudio.howler.stack.TestStacks;
import app.sqlstudio.howler.stack.kubernetes.FieldOwnership;
import app.sqlstudio.howler.stack.plan.Plan;
import app.sqlstudio.howler.stack.plan.PlanRunner;
import app.sqlstudio.howler.stack.plan.PlannedResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every Kubernetes object Howler applies takes its fields back from a hand edit on the next {@code up} (the real-engine
 * suite's drift scenario shows the conflict this prevents); the field left to a controller (the backend
 * replicas, owned by the HPA) is in the Deployment's ignoreChanges, which the real-engine suite exercises.
 */
class FieldOwnershipTest {

    @Test
    void everyObjectOfProdAndOfALocalStackForcesItsFieldsBack() {
        for (Plan plan : List.of(TestStacks.prod(), PlanRunner.plan(TestStacks.local("local", Map.of())).plan())) {
            List<PlannedResource> objects = plan.where(PlannedResource::isKubernetesObject);
            assertThat(objects).as("Kubernetes objects of " + plan.stack()).hasSizeGreaterThan(10);
            assertThat(objects).allSatisfy(object -> assertThat(object.mapAt("metadata", "annotations"))
                    .as(object.kind() + " " + object.metadataName() + " in " + plan.stack())
                    .containsEntry(FieldOwnership.FORCE, "true"));
        }
    }

    @Test
    void podTemplatesCarryNoProviderAnnotation() {
        // The provider reads its annotations from an object's own metadata; on a pod template one would only roll pods.
        TestStacks.prod().where(PlannedResource::isKubernetesObject).stream()
                .filter(o -> o.at("spec", "template", "metadata").isPresent())
                .forEach(o -> assertThat(o.mapAt("spec", "template", "metadata").get("annotations") instanceof Map<?, ?> a
                        && a.containsKey(FieldOwnership.FORCE)).as(o.metadataName()).isFalse());
    }

    @Test
    void givenAnnotationsAreKept() {
        Map<String, Object> metadata = FieldOwnership.metadata(Map.of("name", "x", "annotations", Map.of("a", "b")));
        assertThat(metadata).containsEntry("name", "x");
        assertThat(metadata.get("annotations")).isEqualTo(Map.of("a", "b", FieldOwnership.FORCE, "true"));
        assertThat(FieldOwnership.annotations(Map.of("pulumi.com/skipAwait", "true")))
                .containsOnlyKeys("pulumi.com/skipAwait", FieldOwnership.FORCE);
    }
}
