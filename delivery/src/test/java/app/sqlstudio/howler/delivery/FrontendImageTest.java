package app.sqlstudio.howler.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The frontend image built from frontend/Dockerfile (on stand-in bases, see {@link LocalImages}), run as the offline
 * plan of prod runs its Deployment ({@link PlannedPod}: UID 101, read-only root, emptyDirs on /var/cache/nginx,
 * /var/run and /tmp, no capabilities, no privilege escalation, the memory limit); it must serve the SPA with its
 * headers and cache policy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FrontendImageTest {

    private PlannedPod deployment;
    private int port;
    private Podman podman;
    private String image;
    private Podman.Container serving;
    private int hostPort;

    @BeforeAll
    void start() {
        if (!LocalImages.available()) return;
        image = LocalImages.get().frontend();
        deployment = PlannedPod.deployment("sql-studio-frontend", "frontend");
        port = deployment.port("http");
        podman = new Podman();
        hostPort = Podman.freeLoopbackPort();
        serving = podman.start("frontend", options(hostPort, true), image);
        // the startup probe's budget: period 2 s x 15 failures
        serving.awaitHttp(hostPort, "/health", r -> r.statusCode() == 200, Duration.ofSeconds(30));
    }

    @BeforeEach
    void imagesAreBuilt() {
        LocalImages.get();
    }

    @AfterAll
    void removeEverything() {
        if (podman != null) podman.close();
    }

    private List<String> options(int published, boolean readOnly) {
        List<String> o = new ArrayList<>(deployment.podmanOptions(Map.of(published, port)));
        if (!readOnly) o.removeAll(List.of("--read-only", "--read-only-tmpfs=false"));
        return o;
    }

    @Test
    @Order(1)
    void healthAndTheImagesHealthcheck() {
        var health = Podman.get(hostPort, "/health", Map.of());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"healthy\"");
        assertThat(podman.ok("image", "inspect", "--format", "{{json .Config.Healthcheck}}", image)).contains("/health");
        Proc check = podman.run(List.of("healthcheck", "run", serving.name()));
        assertThat(check.exit()).as("podman healthcheck run: %s", check.all()).isZero();
    }

    @Test
    @Order(2)
    void runsAsUid101WithoutPrivileges() {
        assertThat(deployment.uid()).isEqualTo(101);
        String master = serving.exec("cat", "/proc/1/status");
        assertThat(master).containsPattern("(?m)^Uid:\\s+101\\s+101\\s+101\\s+101$")
                .containsPattern("(?m)^CapEff:\\s+0+$")
                .containsPattern("(?m)^NoNewPrivs:\\s+1$");
        assertThat(serving.exec("cat", "/proc/1/cmdline")).startsWith("nginx");
    }

    @Test
    @Order(3)
    void servesTheSpaWithItsHeadersAndCachePolicy() {
        var index = Podman.get(hostPort, "/", Map.of());
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("<div id=\"root\"></div>");
        assertThat(header(index, "content-type")).startsWith("text/html");
        assertThat(header(index, "cache-control")).isEqualTo("no-cache, no-store, must-revalidate");
        assertSecurityHeaders(index);

        var route = Podman.get(hostPort, "/organizations/some-team", Map.of());
        assertThat(route.statusCode()).as("a client-side route gets index.html").isEqualTo(200);
        assertThat(route.body()).isEqualTo(index.body());
        assertThat(header(route, "cache-control")).isEqualTo("no-cache, no-store, must-revalidate");

        var asset = Pattern.compile("/assets/[^\"]+\\.js").matcher(index.body());
        assertThat(asset.find()).as("index.html names a hashed bundle").isTrue();
        var bundle = Podman.get(hostPort, asset.group(), Map.of());
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(header(bundle, "content-type")).contains("javascript");
        assertThat(header(bundle, "cache-control")).isEqualTo("public, max-age=31536000, immutable");
        assertSecurityHeaders(bundle);
        HttpResponse<byte[]> gzipped = Podman.getBytes(hostPort, asset.group(), Map.of("Accept-Encoding", "gzip"));
        assertThat(header(gzipped, "content-encoding")).isEqualTo("gzip");

        var missing = Podman.get(hostPort, "/assets/index-missing.js", Map.of());
        assertThat(missing.statusCode()).as("a missing bundle is a 404, never index.html").isEqualTo(404);
        assertSecurityHeaders(missing);
        assertThat(Podman.get(hostPort, "/.env", Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    @Order(4)
    void writesNothingOutsideItsEmptyDirs() {
        int published = Podman.freeLoopbackPort();
        var writable = podman.start("frontend-writable", options(published, false), image);
        writable.awaitHttp(published, "/health", r -> r.statusCode() == 200, Duration.ofSeconds(30));
        assertThat(Podman.get(published, "/", Map.of()).statusCode()).isEqualTo(200);
        assertThat(Podman.get(published, "/assets/index-missing.js", Map.of()).statusCode()).isEqualTo(404);
        podman.ok("stop", "-t", "10", writable.name());
        assertThat(podman.writesOf(writable, options(published, false), image)).as("paths written outside the emptyDirs").isEmpty();
    }

    @Test
    @Order(5)
    void sigtermExitsCleanlyWithinTheGracePeriod() {
        int grace = deployment.terminationGracePeriodSeconds();
        podman.ok("kill", "--signal", "TERM", serving.name());
        assertThat(serving.awaitExit(Duration.ofSeconds(grace)))
                .as("nginx exits within %d s of SIGTERM; logs:\n%s", grace, serving.logs()).isTrue();
        assertThat(serving.exitCode()).as(serving.logs()).isZero();
    }

    private static void assertSecurityHeaders(HttpResponse<?> r) {
        assertThat(header(r, "content-security-policy")).contains("default-src 'self'").contains("frame-ancestors 'none'");
        assertThat(header(r, "strict-transport-security")).isEqualTo("max-age=31536000; includeSubDomains");
        assertThat(header(r, "x-frame-options")).isEqualTo("DENY");
        assertThat(header(r, "x-content-type-options")).isEqualTo("nosniff");
        assertThat(header(r, "referrer-policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(r.headers().firstValue("server").orElse("")).doesNotContainPattern("\\d");
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("<none>");
    }
}
