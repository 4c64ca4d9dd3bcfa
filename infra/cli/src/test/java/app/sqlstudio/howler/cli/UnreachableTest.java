package app.sqlstudio.howler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.sqlstudio.howler.cli.support.Unreachable;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** smoke, load and db restore name host:port, the cause and the fix when the server cannot be reached. */
class UnreachableTest {

    @TempDir
    Path tmp;
    int closedPort;

    @BeforeEach
    void freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
    }

    @Test
    void smoke_against_a_refused_port_names_host_port_cause_and_fix_not_an_exception_class() {
        CliRun run = CliRun.of("smoke", "local", "--url", "http://127.0.0.1:" + closedPort, "--timeout", "2");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(run.out()).contains("FAIL health", "GET /health: cannot reach 127.0.0.1:" + closedPort + ": connection refused",
                "check the URL (--url").doesNotContain("java.net", "Exception");
    }

    @Test
    void load_against_a_refused_port_says_it_cannot_reach_it_instead_of_an_unexpected_error() {
        CliRun run = CliRun.of("load", "http://127.0.0.1:" + closedPort, "--rps", "1", "--duration", "1s", "--ramp", "0");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(run.err()).contains("cannot reach 127.0.0.1:" + closedPort + ": connection refused", "that the service is up")
                .doesNotContain("Unexpected error", "java.net");
    }

    @Test
    void db_restore_with_turso_unreachable_names_the_host_port_and_cause() throws Exception {
        Path project = CliRun.project(Files.createDirectories(tmp.resolve("project")));
        StandInPulumi pulumi = StandInPulumi.create(tmp);
        Map<String, String> env = new HashMap<>(pulumi.env());
        env.put("TURSO_API_TOKEN", "platform-token");
        env.put("HOWLER_TURSO_API_URL", "http://127.0.0.1:" + closedPort);
        CliRun run = CliRun.in(env, "db", "restore", "prod", "--at", "2026-11-25T09:30:00Z", "--confirm", "prod",
                "--cwd", project.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(run.err()).contains("Turso could not be reached: cannot reach 127.0.0.1:" + closedPort + ": connection refused",
                "HOWLER_TURSO_API_URL").doesNotContain("(null)", "java.net");
    }

    @Test
    void causes_are_named_in_words() {
        URI url = URI.create("https://api.example.invalid/x");
        assertThat(Unreachable.describe(url, new IOException(new UnknownHostException("api.example.invalid"))))
                .isEqualTo("cannot reach api.example.invalid:443: unknown host");
        assertThat(Unreachable.describe(url, new HttpConnectTimeoutException("HTTP connect timed out")))
                .isEqualTo("cannot reach api.example.invalid:443: connection or TLS handshake timed out");
        assertThat(Unreachable.describe(URI.create("http://10.0.0.1:8500/"), new HttpConnectTimeoutException("HTTP connect timed out")))
                .isEqualTo("cannot reach 10.0.0.1:8500: connection timed out");
        assertThat(Unreachable.describe(URI.create("http://localhost/"), new ConnectException()))
                .isEqualTo("cannot reach localhost:80: connection refused");
        assertThat(Unreachable.describe(url, new IOException("stream reset"))).isEqualTo("stream reset");
    }
}
