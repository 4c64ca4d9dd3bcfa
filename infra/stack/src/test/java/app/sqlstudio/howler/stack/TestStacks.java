package app.sqlstudio.howler.stack;

import app.sqlstudio.howler.stack.plan.Plan;
import app.sqlstudio.howler.stack.plan.PlanRunner;
import app.sqlstudio.howler.stack.plan.StackFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Access to the repository's real stack files, and plans of them with a few values changed. */
public final class TestStacks {

    private static Plan prodPlan;

    private TestStacks() {
    }

    public static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("Pulumi.yaml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no Pulumi.yaml above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    public static StackFile prodFile() {
        return StackFile.load(repoRoot(), "prod");
    }

    /** The plan of the committed prod stack, computed once per test JVM (it is deterministic). */
    public static synchronized Plan prod() {
        if (prodPlan == null) {
            prodPlan = PlanRunner.plan(prodFile()).plan();
        }
        return prodPlan;
    }

    /** The prod stack file with some keys changed (null removes a key). */
    public static StackFile prodWith(Map<String, String> changes) {
        StackFile prod = prodFile();
        Map<String, String> values = new LinkedHashMap<>(prod.values());
        changes.forEach((k, v) -> {
            if (v == null) {
                values.remove(k);
            } else {
                values.put(k, v);
            }
        });
        return new StackFile(prod.path(), "prod", values, Set.copyOf(prod.secureKeys()));
    }
}
