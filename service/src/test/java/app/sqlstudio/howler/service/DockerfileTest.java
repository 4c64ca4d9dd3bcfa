package app.sqlstudio.howler.service;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The image contract the Deployment relies on, checked without a Docker engine. */
class DockerfileTest {
    static List<String> lines;
    static String text;

    @BeforeAll
    static void read() throws Exception {
        Path p = Path.of("Dockerfile");
        if (!Files.exists(p)) p = Path.of("service/Dockerfile");
        text = Files.readString(p);
        // join continuation lines
        lines = List.of(text.replace("\\\n", " ").split("\n")).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    @Test
    void is_multi_stage_with_exactly_versioned_base_images() {
        List<String> froms = lines.stream().filter(l -> l.startsWith("FROM ")).toList();
        assertThat(froms).hasSize(2);
        assertThat(froms.get(0)).matches("FROM maven:\\d+\\.\\d+\\.\\d+-eclipse-temurin-17 AS build");
        assertThat(froms.get(1)).matches("FROM eclipse-temurin:17\\.\\d+\\.\\d+_\\d+-jre-\\w+");
        assertThat(text).doesNotContain(":latest");
        assertThat(lines).anyMatch(l -> l.startsWith("COPY --from=build"));
    }

    @Test
    void runs_as_uid_and_gid_1001() {
        assertThat(lines).contains("USER 1001:1001");
        assertThat(text).contains("--uid 1001").contains("--gid 1001");
    }

    @Test
    void exposes_api_and_metrics_ports() {
        assertThat(lines).contains("EXPOSE 8500 9100");
    }

    @Test
    void health_checks_the_liveness_endpoint() {
        String hc = lines.stream().filter(l -> l.startsWith("HEALTHCHECK")).findFirst().orElseThrow();
        assertThat(hc).contains("/health").contains("healthy").contains("CMD");
    }

    @Test
    void sizes_the_heap_from_the_container_and_writes_only_to_tmp_and_data() {
        assertThat(text).contains("-XX:MaxRAMPercentage=").contains("-Djava.io.tmpdir=/tmp");
        assertThat(text).contains("TURSO_URL=file:/data/howler.db");
        assertThat(lines).anyMatch(l -> l.startsWith("ENTRYPOINT [\"java\", \"-jar\", \"/app/service.jar\"]"));
    }
}
