package com.pulumi.cloudflare.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema the conformance check reads is the repository's own, and its absence fails the build. */
class CloudflareSchemaTest {

    @Test
    void both_schema_files_are_read_from_the_module_schema_folder() {
        Path module = CloudflareSchema.moduleDir();
        assertThat(module.resolve("pom.xml")).isRegularFile();
        assertThat(module.resolve(CloudflareSchema.SUBSET_FILE)).isRegularFile();
        assertThat(module.resolve(CloudflareSchema.OVERLAY_FILE)).isRegularFile();
        assertThat(CloudflareSchema.base().get("x-deltas-6.22.1")).isNotNull();
        assertThat(CloudflareSchema.overlay().get("version").asText()).isEqualTo("6.22.1");
    }

    @Test
    void a_missing_schema_file_is_an_error_that_says_how_to_restore_it(@TempDir Path dir) {
        Path missing = dir.resolve("schema/cloudflare-6.x-subset.json");
        assertThatThrownBy(() -> CloudflareSchema.read(missing))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining(missing.toString())
            .hasMessageContaining("git checkout -- infra/sdk/schema");
    }

    @Test
    void a_broken_schema_file_is_an_error_naming_the_file(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("cloudflare-overlay-6.22.1.json"), "{ \"version\": ");
        assertThatThrownBy(() -> CloudflareSchema.read(broken)).hasMessageContaining(broken.toString());
    }

    @Test
    void the_overlay_patches_objects_key_by_key_and_replaces_arrays() throws Exception {
        var mapper = new ObjectMapper();
        var base = mapper.readTree("{\"a\":{\"x\":1,\"y\":[1,2]},\"b\":2}");
        var patch = mapper.readTree("{\"a\":{\"y\":[3],\"z\":4}}");
        assertThat(CloudflareSchema.merge(base, patch))
            .isEqualTo(mapper.readTree("{\"a\":{\"x\":1,\"y\":[3],\"z\":4},\"b\":2}"));
    }
}
