package app.sqlstudio.howler.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The backend image built from service/Dockerfile (on stand-in bases, see {@link LocalImages}), run as the offline plan
 * of prod runs it ({@link PlannedPod}): the migrate Job's container, then the Deployment's, each with its user,
 * read-only root, dropped capabilities, no privilege escalation, emptyDir on /tmp, memory limit, environment and the
 * secrets mounted read-only. The database is the image's own default, an SQLite file on a volume at /data (the
 * single-replica option the service documents; production's Turso cannot be reached here).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackendImageTest {

    private static final String DATABASE = "file:/data/howler.db";
    /** How the plan writes a value only the cloud assigns (docs/plan-json.md, "Unknown values"). */
    private static final String UNKNOWN = "[unknown]";
    /**
     * Values of the pod's environment that only exist in the cloud, and what the tests use instead: the database on
     * the volume for Turso's URL, and a private range standing for the pod range GKE assigns to the cluster.
     */
    private static final Map<String, String> HERE_INSTEAD = Map.of(
            "TURSO_URL", DATABASE,
            "TRUSTED_PROXIES", "10.0.0.0/8");

    private PlannedPod deployment;
    private PlannedPod job;
    private int httpPort;
    private int metricsPort;
    private Podman podman;
    private String image;
    private String volume;
    private Path secrets;
    private Podman.Container serving;
    private int hostHttp;
    private int hostMetrics;

    private Path temp;

    @BeforeAll
    void build() throws IOException {
        if (!LocalImages.available()) return;
        image = LocalImages.get().backend();
        deployment = PlannedPod.deployment("sql-studio-backend", "backend");
        job = PlannedPod.job("sql-studio-migrate-", "migrate");
        httpPort = deployment.port("http");
        metricsPort = deployment.port("metrics");
        podman = new Podman();
        temp = Files.createTempDirectory("howler-backend-image");
    }

    @BeforeEach
    void imagesAreBuilt() {
        LocalImages.get();
    }

    @AfterAll
    void removeEverything() throws IOException {
        if (podman != null) podman.close();
        if (temp != null) {
            try (var files = Files.walk(temp)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    p.toFile().setWritable(true);
                    Files.delete(p);
                }
            }
        }
    }

    /** The pod's environment, its secrets mounted read-only, and the data volume. */
    private List<String> runOptions(PlannedPod pod, Map<Integer, Integer> ports) {
        List<String> o = new ArrayList<>(pod.podmanOptions(ports));
        List<String> secretMounts = pod.mounts("secret");
        assertThat(secretMounts).as("%s mounts one Secret", pod.what()).hasSize(1);
        String secretsPath = secretMounts.get(0);
        Path dir = secretsDir(pod.env(), secretsPath);
        pod.env().forEach((k, v) -> {
            String value = HERE_INSTEAD.getOrDefault(k, v);
            assertThat(value).as("%s: %s is known only after `howler up`: give the image test a value for it in "
                    + "HERE_INSTEAD", pod.what(), k).isNotEqualTo(UNKNOWN);
            o.addAll(List.of("-e", k + "=" + value));
        });
        o.addAll(List.of("-v", dir + ":" + secretsPath + ":ro", "-v", volume + ":/data"));
        return o;
    }

    /** The Secret volume: a file for each *_FILE variable that points into it, readable by the pod (0440 + fsGroup). */
    private Path secretsDir(Map<String, String> env, String mountPath) {
        if (secrets != null) return secrets;
        try {
            Path dir = Files.createDirectories(temp.resolve("secrets"));
            for (var e : env.entrySet()) {
                if (!e.getKey().endsWith("_FILE") || !e.getValue().startsWith(mountPath + "/")) continue;
                Path file = dir.resolve(e.getValue().substring(mountPath.length() + 1));
                Files.writeString(file, "image-test-" + e.getKey().toLowerCase() + "-0123456789abcdefghijklmnopqrstuvwxyz");
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
            }
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
            secrets = dir;
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @Order(1)
    void migrateRunsAsTheJobRunsIt() {
        volume = podman.volume("backend-data");
        Proc first = podman.runToEnd("migrate", runOptions(job, Map.of()), image, job.args().toArray(String[]::new));
        assertThat(first.exit()).as("migrate on an empty database:\n%s", first.all()).isZero();
        assertThat(first.stdout()).contains("applied 1 ");

        Proc again = podman.runToEnd("migrate", runOptions(job, Map.of()), image, job.args().toArray(String[]::new));
        assertThat(again.exit()).as(again.all()).isZero();
        assertThat(again.stdout()).contains("database is up to date");

        Proc status = podman.runToEnd("migrate", runOptions(job, Map.of()), image, "migrate", "--status");
        assertThat(status.exit()).as(status.all()).isZero();
        assertThat(status.stdout()).contains("applied").doesNotContain("pending");
    }

    @Test
    @Order(2)
    void servesHealthAndReadinessAsTheDeploymentRunsIt() {
        if (volume == null) volume = podman.volume("backend-data");
        hostHttp = Podman.freeLoopbackPort();
        hostMetrics = Podman.freeLoopbackPort();
        serving = podman.start("backend", runOptions(deployment, Map.of(hostHttp, httpPort, hostMetrics, metricsPort)),
                image, deployment.args().toArray(String[]::new));
        // the startup probe's budget: period 5 s x 24 failures
        var ready = serving.awaitHttp(hostHttp, "/health/ready", r -> r.statusCode() == 200, Duration.ofSeconds(120));
        assertThat(ready.body()).contains("ready");
        var health = Podman.get(hostHttp, "/health", Map.of());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("healthy");
        var metrics = Podman.get(hostMetrics, "/metrics", Map.of());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        // the CDS archive made at build time matches this image's JVM: no "sharing" warning on start
        assertThat(serving.logs()).doesNotContain("shared archive file").doesNotContain("Unable to use shared archive");
    }

    @Test
    @Order(3)
    void theImagesHealthcheckPasses() {
        assertThat(podman.ok("image", "inspect", "--format", "{{json .Config.Healthcheck}}", image)).contains("/health");
        Proc check = podman.run(List.of("healthcheck", "run", serving.name()));
        assertThat(check.exit()).as("podman healthcheck run: %s", check.all()).isZero();
    }

    @Test
    @Order(4)
    void runsAsThePodsUserWithoutPrivileges() {
        // the plan's user is the image's own USER (service/Dockerfile), which owns nothing but /data
        assertThat(deployment.uid()).isEqualTo(1001);
        assertThat(podman.ok("image", "inspect", "--format", "{{.Config.User}}", image)).isEqualTo("1001:1001");
        String status = serving.exec("cat", "/proc/1/status");
        assertThat(status).containsPattern("(?m)^Uid:\\s+1001\\s+1001\\s+1001\\s+1001$")
                .containsPattern("(?m)^Gid:\\s+1001\\s+1001\\s+1001\\s+1001$")
                .containsPattern("(?m)^CapEff:\\s+0+$")
                .containsPattern("(?m)^CapBnd:\\s+0+$")
                .containsPattern("(?m)^NoNewPrivs:\\s+1$");
        assertThat(serving.exec("cat", "/proc/1/cmdline")).startsWith("java");
        // the Deployment's preStop hook runs in this image
        Proc preStop = serving.execResult(deployment.preStopCommand().toArray(String[]::new));
        assertThat(preStop.exit()).as("preStop %s: %s", deployment.preStopCommand(), preStop.all()).isZero();
    }

    @Test
    @Order(5)
    void aSessionWorksOnTheReadOnlyRootAndTheDataSurvivesARestart() {
        var signup = Podman.post(hostHttp, "/api/auth/signup",
                "{\"username\":\"image_test\",\"email\":\"image-test@example.com\",\"password\":\"image test password 1\"}", Map.of());
        assertThat(signup.statusCode()).as(signup.body()).isBetween(200, 201);

        podman.ok("stop", "-t", String.valueOf(deployment.terminationGracePeriodSeconds()), serving.name());
        podman.ok("start", serving.name());
        serving.awaitHttp(hostHttp, "/health/ready", r -> r.statusCode() == 200, Duration.ofSeconds(120));

        var login = Podman.post(hostHttp, "/api/auth/login",
                "{\"username\":\"image_test\",\"password\":\"image test password 1\"}", Map.of());
        assertThat(login.statusCode()).as("the user signed up before the restart logs in after it: %s", login.body())
                .isEqualTo(200);
        assertThat(login.body()).contains("\"token\"");
    }

    @Test
    @Order(6)
    void sigtermDrainsAndExitsCleanlyWithinTheGracePeriod() {
        // Kubernetes runs the preStop hook first and sends SIGTERM after it, within the same grace period.
        int budget = deployment.terminationGracePeriodSeconds() - deployment.preStopSeconds();
        long t0 = System.nanoTime();
        podman.ok("kill", "--signal", "TERM", serving.name());
        var draining = serving.awaitHttp(hostHttp, "/health/ready", r -> r.statusCode() == 503, Duration.ofSeconds(3));
        assertThat(draining.body()).contains("shutting down");
        assertThat(serving.awaitExit(Duration.ofSeconds(budget)))
                .as("the backend exits within %d s of SIGTERM; logs:\n%s", budget, serving.logs()).isTrue();
        long seconds = (System.nanoTime() - t0) / 1_000_000_000;
        // 143 = 128 + SIGTERM: the JVM's exit status after its shutdown hooks ran to the end
        assertThat(serving.exitCode()).as("exit code after SIGTERM (%d s); logs:\n%s", seconds, serving.logs())
                .isIn(0, 143);
        assertThat(serving.logs()).contains("shutdown complete");
    }

    @Test
    @Order(7)
    void writesNothingOutsideTheVolumeAndTmp() {
        // The same container with a writable root: podman diff lists every path written outside the mounts.
        int port = Podman.freeLoopbackPort();
        List<String> options = new ArrayList<>(runOptions(deployment, Map.of(port, httpPort)));
        options.removeAll(List.of("--read-only", "--read-only-tmpfs=false"));
        var writable = podman.start("backend-writable", options, image, deployment.args().toArray(String[]::new));
        writable.awaitHttp(port, "/health/ready", r -> r.statusCode() == 200, Duration.ofSeconds(120));
        var signup = Podman.post(port, "/api/auth/signup",
                "{\"username\":\"diff_test\",\"email\":\"diff-test@example.com\",\"password\":\"image test password 2\"}", Map.of());
        assertThat(signup.statusCode()).as(signup.body()).isBetween(200, 201);
        podman.ok("stop", "-t", String.valueOf(deployment.terminationGracePeriodSeconds()), writable.name());
        assertThat(podman.writesOf(writable, options, image)).as("paths written outside /data and /tmp").isEmpty();
    }
}
