package app.sqlstudio.howler.stack.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unquoted date in a stack file reaches the program differently through the real Pulumi CLI (a YAML timestamp in
 * Go's rendering) than through the offline plan (the text): the file is refused with the fix instead.
 */
class StackFileDatesTest {

    @TempDir
    Path dir;

    @Test
    void an_unquoted_date_or_instant_is_refused_naming_the_keys_and_the_fix() throws Exception {
        Files.writeString(dir.resolve("Pulumi.dev.yaml"), """
                config:
                  howler:jwtSecretRotatedAt: 2026-11-20
                  howler:expiresAt: 2026-12-01T18:00:00Z
                  howler:domain: dev.sql-studio.app
                """);

        assertThatThrownBy(() -> StackFile.load(dir, "dev"))
                .isInstanceOf(StackFile.StackFileException.class)
                .hasMessageContaining("howler:jwtSecretRotatedAt, howler:expiresAt are unquoted dates")
                .hasMessageContaining("2026-11-20 00:00:00 +0000 UTC")
                .hasMessageContaining("\"2026-11-20\"");
    }

    @Test
    void quoted_dates_and_dates_inside_other_text_are_read_as_written() throws Exception {
        Files.writeString(dir.resolve("Pulumi.dev.yaml"), """
                config:
                  howler:jwtSecretRotatedAt: "2026-11-20"
                  howler:expiresAt: '2026-12-01T18:00:00Z'
                  howler:tursoDatabaseName: sql-studio-r20261120-0930
                """);

        StackFile file = StackFile.load(dir, "dev");

        assertThat(file.values()).containsEntry("howler:jwtSecretRotatedAt", "2026-11-20")
                .containsEntry("howler:expiresAt", "2026-12-01T18:00:00Z")
                .containsEntry("howler:tursoDatabaseName", "sql-studio-r20261120-0930");
    }
}
