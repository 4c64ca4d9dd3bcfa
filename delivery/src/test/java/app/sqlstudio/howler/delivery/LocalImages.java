package app.sqlstudio.howler.delivery;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The backend and frontend images, built once per test run by {@code delivery/images/build-local.sh} with podman on
 * stand-in bases (no registry is reachable here; the script says what each base stands in for). On a machine where
 * images cannot be built at all (no podman and no root to install it, or podman that does not work), the image tests
 * are aborted with the script's reason; with {@code CI=true} that is a failure, as is any failed build anywhere.
 * {@code HOWLER_IMAGE_TESTS=elsewhere} says that this run leaves them to another job that has a container engine (the
 * {@code images} job of ci.yml, whose {@code verify} job runs inside a container): they are aborted, saying so.
 */
final class LocalImages {

    /** Exit code of build-local.sh when this machine cannot build images (as opposed to a failed build). */
    private static final int UNAVAILABLE = 3;
    /** Both builds from nothing on 2 busy cores: bases (debootstrap, JDK, nginx) and both Dockerfiles, with downloads. */
    private static final Duration BUILD_LIMIT = Duration.ofMinutes(45);

    record Images(String backend, String frontend) { }

    private static Images images;
    private static String unavailable;
    private static String failure;
    private static boolean told;

    private LocalImages() { }

    /** Whether the images were built (building them on first call); a test then calls {@link #get()}, which says why not. */
    static synchronized boolean available() {
        if (elsewhere()) return false;
        if (images == null && unavailable == null && failure == null) build();
        return images != null;
    }

    private static boolean elsewhere() {
        return "elsewhere".equals(System.getenv("HOWLER_IMAGE_TESTS"));
    }

    /**
     * The built images; aborts (or, on CI, fails) the calling test when this machine cannot build them. Called from
     * each test (not once per class), so every test is reported as skipped or failed with the reason.
     */
    static synchronized Images get() {
        if (elsewhere()) {
            String why = "HOWLER_IMAGE_TESTS=elsewhere: the image tests run in another job of this pipeline";
            tell(why);
            Assumptions.abort(why);
        }
        if (images == null && unavailable == null && failure == null) build();
        if (failure != null) fail(failure);
        if (unavailable != null) {
            String why = "the image tests cannot run on this machine: " + unavailable;
            if ("true".equals(System.getenv("CI"))) fail(why + " (CI=true: the images must be built and run in CI)");
            tell(why);
            Assumptions.abort(why);
        }
        return images;
    }

    /** Says it once per run on the console, not once per test. */
    private static void tell(String why) {
        if (!told) System.err.println(why);
        told = true;
    }

    private static void build() {
        var script = Repo.root().resolve("delivery/images/build-local.sh");
        long t0 = System.nanoTime();
        Proc p = Proc.run(Repo.root(), Map.of(), null, List.of("bash", script.toString()), BUILD_LIMIT);
        String log = p.stderr().strip();
        if (p.exit() == UNAVAILABLE) {
            unavailable = lastLine(log);
            return;
        }
        if (p.exit() != 0) {
            failure = "delivery/images/build-local.sh failed (exit " + p.exit() + "):\n" + log;
            return;
        }
        String backend = null;
        String frontend = null;
        for (String line : p.stdout().split("\n")) {
            if (line.startsWith("backend=")) backend = line.substring("backend=".length()).strip();
            if (line.startsWith("frontend=")) frontend = line.substring("frontend=".length()).strip();
        }
        if (backend == null || frontend == null) {
            failure = "build-local.sh printed no backend=/frontend= lines:\n" + p.stdout() + log;
            return;
        }
        System.err.printf("images built in %d s: %s, %s%n", (System.nanoTime() - t0) / 1_000_000_000, backend, frontend);
        images = new Images(backend, frontend);
    }

    private static String lastLine(String text) {
        String[] lines = text.split("\n");
        return lines[lines.length - 1].replaceFirst("^build-local: cannot build images on this machine: ", "");
    }
}
