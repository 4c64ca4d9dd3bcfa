package app.sqlstudio.howler.turso.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.sqlstudio.howler.turso.provider.api.DatabaseSeed;
import app.sqlstudio.howler.turso.provider.api.NewDatabase;
import app.sqlstudio.howler.turso.provider.api.RetryPolicy;
import app.sqlstudio.howler.turso.provider.api.TursoApiException;
import app.sqlstudio.howler.turso.provider.api.TursoHttp;
import app.sqlstudio.howler.turso.provider.api.TursoPlatformClient;
import app.sqlstudio.howler.turso.provider.typings.TsDeclarations;
import app.sqlstudio.howler.turso.provider.typings.TursoApiPackage;
import app.sqlstudio.howler.turso.provider.typings.TursoApiShapes;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The in-test Turso API and the provider's client against the official {@code @tursodatabase/api} typings: every
 * endpoint the provider uses is called through {@link TursoPlatformClient} on {@link FakeTursoApi}, and every field
 * the client sent and the stand-in answered (successes and errors) must be declared by the package with a compatible
 * type, or be one of the documented {@link TursoApiShapes#SUPPLEMENTS}.
 */
class TursoApiTypingsConformanceTest {
    @Test
    void the_endpoint_table_is_what_the_official_client_calls() {
        assertThat(TursoApiShapes.verifyAgainstClient(TursoApiPackage.load(Path.of("")))).isEmpty();
    }

    @Test
    void every_key_the_provider_reads_from_a_reply_is_declared_by_the_official_client() throws Exception {
        var source = java.nio.file.Files.readString(Path.of("src/main/java/app/sqlstudio/howler/turso/provider/api/TursoPlatformClient.java"));
        var reads = new java.util.ArrayList<String>();
        var m = java.util.regex.Pattern.compile("JsonReplies\\.\\w+\\(\\w+, \"(\\w+)\"").matcher(source);
        while (m.find()) {
            reads.add(m.group(1));
        }
        assertThat(reads).contains("group", "uuid", "locations", "database", "Name", "DbId", "Hostname", "delete_protection", "jwt");
        var declarations = TursoApiShapes.declarations(TursoApiPackage.load(Path.of("")));
        assertThat(TursoApiShapes.undeclaredReads(declarations, reads)).isEmpty();
        assertThat(TursoApiShapes.undeclaredReads(declarations, java.util.List.of("Hostnme"))).containsExactly("Hostnme");
    }

    @Test
    void every_field_the_provider_sends_and_the_stand_in_answers_is_declared_by_the_official_client() throws Exception {
        TsDeclarations declarations = TursoApiShapes.declarations(TursoApiPackage.load(Path.of("")));
        try (var api = new FakeTursoApi()) {
            var client = new TursoPlatformClient(new TursoHttp(api.baseUrl(), FakeTursoApi.TOKEN, HttpClient.newHttpClient(),
                    RetryPolicy.standard(), "typings-test"), FakeTursoApi.ORG);
            client.createGroup("g", "ord");
            assertThatThrownBy(() -> client.createGroup("g", "ord")).isInstanceOf(TursoApiException.class);
            client.getGroup("g");
            client.getGroup("missing");
            client.addLocation("g", "fra");
            client.removeLocation("g", "fra");
            client.createDatabase(new NewDatabase("db", "g", Optional.of("1gb"), Optional.empty()));
            client.createDatabase(new NewDatabase("copy", "g", Optional.empty(),
                    Optional.of(new DatabaseSeed("db", Optional.of("2026-11-25T09:30:00Z")))));
            client.getDatabase("db");
            client.getDatabase("missing");
            client.configureDatabase("db", Optional.of("2gb"), Optional.of(true));
            client.createDatabaseToken("db", "never", "full-access");
            assertThatThrownBy(() -> client.deleteDatabase("db")).isInstanceOf(TursoApiException.class);
            client.configureDatabase("db", Optional.empty(), Optional.of(false));
            client.deleteDatabase("db");
            client.deleteDatabase("copy");
            client.deleteGroup("g");

            var exchanges = api.exchanges();
            assertThat(TursoApiShapes.uncovered(exchanges)).as("endpoints of the table the provider did not call").isEmpty();
            assertThat(TursoApiShapes.problems(declarations, exchanges)).isEmpty();
            assertThat(TursoApiShapes.unusedSupplements(exchanges)).as("supplements nothing uses any more").isEmpty();
        }
    }
}
