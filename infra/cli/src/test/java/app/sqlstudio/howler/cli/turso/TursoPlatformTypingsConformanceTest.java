package app.sqlstudio.howler.cli.turso;

import static org.assertj.core.api.Assertions.assertThat;

import app.sqlstudio.howler.turso.provider.FakeTursoApi;
import app.sqlstudio.howler.turso.provider.typings.TursoApiPackage;
import app.sqlstudio.howler.turso.provider.typings.TursoApiShapes;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CLI's Turso client ({@link TursoPlatform}, used by {@code howler db restore}) against the official
 * {@code @tursodatabase/api} typings: every Platform API call it makes is sent to the provider's in-test Turso API,
 * and every field it sent and read back must be declared by the package, or be one of the documented supplements.
 */
class TursoPlatformTypingsConformanceTest {

    @Test
    void every_key_the_cli_reads_from_a_platform_reply_is_declared_by_the_official_client() throws Exception {
        var source = java.nio.file.Files.readString(Path.of("src/main/java/app/sqlstudio/howler/cli/turso/TursoPlatform.java"));
        var reads = new java.util.ArrayList<String>();
        for (var pattern : List.of("call\\(\"[A-Z]+\",[^;]*?\\)\\.path\\(\"(\\w+)\"\\)", "text\\(db, \"(\\w+)\"")) {
            var m = java.util.regex.Pattern.compile(pattern, java.util.regex.Pattern.DOTALL).matcher(source);
            while (m.find()) {
                reads.add(m.group(1));
            }
        }
        assertThat(reads).contains("database", "jwt", "Name", "Hostname", "group");
        var declarations = TursoApiShapes.declarations(TursoApiPackage.load(Path.of("")));
        assertThat(TursoApiShapes.undeclaredReads(declarations, reads)).isEmpty();
    }

    @Test
    void every_field_the_cli_sends_and_reads_is_declared_by_the_official_client() throws Exception {
        var declarations = TursoApiShapes.declarations(TursoApiPackage.load(Path.of("")));
        try (var api = new FakeTursoApi()) {
            api.addGroup("sql-studio", "ord", "iad");
            api.addDatabase("sql-studio-production", "sql-studio");
            var turso = new TursoPlatform(api.baseUrl(), FakeTursoApi.TOKEN, FakeTursoApi.ORG);

            var source = turso.database("sql-studio-production");
            assertThat(source.hostname()).isEqualTo("sql-studio-production-acme.turso.io");
            var restored = turso.createFromPointInTime("sql-studio-production-r1", "sql-studio", "sql-studio-production",
                    Instant.parse("2026-11-25T09:30:00Z"));
            assertThat(restored.name()).isEqualTo("sql-studio-production-r1");
            turso.protect("sql-studio-production-r1");
            assertThat(turso.readOnlyToken("sql-studio-production-r1")).isNotBlank();

            var exchanges = api.exchanges();
            assertThat(exchanges).extracting(Object::toString).containsExactly(
                    "GET /v1/organizations/acme/databases/sql-studio-production",
                    "POST /v1/organizations/acme/databases",
                    "PATCH /v1/organizations/acme/databases/sql-studio-production-r1/configuration",
                    "POST /v1/organizations/acme/databases/sql-studio-production-r1/auth/tokens?expiration=1h&authorization=read-only");
            assertThat(TursoApiShapes.problems(declarations, exchanges)).isEmpty();
            // the CLI uses a subset of what the table covers; the supplements it relies on are these
            var unused = TursoApiShapes.unusedSupplements(exchanges);
            assertThat(unused).containsExactlyInAnyOrderElementsOf(List.of("Group.uuid", "Group.archived", "DatabaseConfiguration.size_limit"));
        }
    }
}
