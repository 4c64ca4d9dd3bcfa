package app.sqlstudio.howler.turso.provider;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Empty;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import pulumirpc.ResourceProviderGrpc;

/** The launch contract: the engine's flags are tolerated, the first stdout line is the port, and it answers gRPC. */
class PluginLaunchTest {

    @Test
    void the_provider_process_prints_only_its_port_on_stdout_and_serves_grpc_there() throws Exception {
        var java = ProcessHandle.current().info().command().orElse("java");
        var process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                TursoProviderMain.class.getName(), "--logtostderr", "-v=9", "127.0.0.1:1")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            var stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            var firstLine = stdout.readLine();

            assertThat(firstLine).matches("[0-9]{1,5}");
            var channel = NettyChannelBuilder.forAddress("127.0.0.1", Integer.parseInt(firstLine)).usePlaintext().build();
            try {
                var info = ResourceProviderGrpc.newBlockingStub(channel).withDeadlineAfter(20, TimeUnit.SECONDS)
                        .getPluginInfo(Empty.getDefaultInstance());
                assertThat(info.getVersion()).isEqualTo("0.1.0");
            } finally {
                channel.shutdownNow();
            }
        } finally {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void the_engine_address_is_the_one_argument_left_after_the_engine_flags() {
        assertThat(TursoProviderMain.engineAddress(new String[] {"127.0.0.1:5000"})).isEqualTo("127.0.0.1:5000");
        assertThat(TursoProviderMain.engineAddress(
                new String[] {"--logtostderr", "-v=9", "--tracing", "http://t", "127.0.0.1:5000"}))
                .isEqualTo("127.0.0.1:5000");
        assertThat(TursoProviderMain.engineAddress(new String[] {})).isNull();
        assertThat(TursoProviderMain.engineAddress(List.of("a", "b").toArray(String[]::new))).isNull();
    }
}
