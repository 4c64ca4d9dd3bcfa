package app.sqlstudio.howler.turso.provider;

import static org.assertj.core.api.Assertions.assertThat;

import app.sqlstudio.howler.turso.provider.typings.TsDeclarations;
import app.sqlstudio.howler.turso.provider.typings.TursoApiPackage;
import app.sqlstudio.howler.turso.provider.typings.TursoApiShapes;
import app.sqlstudio.howler.turso.provider.typings.TursoApiShapes.Exchange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Proof that the typings check fails on wrong shapes: deliberately misspelt and mistyped exchanges. */
class TypingsCheckCatchesMistakesTest {
    private static TsDeclarations declarations;

    /** Loaded by each test (once), so a machine without npm reports every test as skipped with the reason. */
    static List<String> problems(Exchange x) {
        if (declarations == null) {
            declarations = TursoApiShapes.declarations(TursoApiPackage.load(Path.of("")));
        }
        return TursoApiShapes.problems(declarations, List.of(x));
    }

    @Test
    void a_correct_exchange_passes() {
        assertThat(problems(new Exchange("POST", "/v1/organizations/acme/groups", null, "{\"name\":\"g\",\"location\":\"ord\"}", 200,
                "{\"group\":{\"name\":\"g\",\"primary\":\"ord\",\"locations\":[\"ord\"]}}"))).isEmpty();
    }

    @Test
    void a_misspelt_request_field_is_named_with_the_declared_one() {
        assertThat(problems(new Exchange("POST", "/v1/organizations/acme/groups", null, "{\"name\":\"g\",\"locaton\":\"ord\"}", 200,
                "{\"group\":{\"name\":\"g\",\"primary\":\"ord\",\"locations\":[\"ord\"]}}")))
                .singleElement().asString().contains("request.locaton: not declared").contains("did you mean \"location\"?");
    }

    @Test
    void a_wrongly_cased_reply_field_is_caught() {
        // Turso's database object says DbId; the check must not accept the Go CLI's struct tag spelling
        assertThat(problems(new Exchange("GET", "/v1/organizations/acme/databases/db", null, "", 200,
                "{\"database\":{\"Name\":\"db\",\"dbId\":\"x\",\"Hostname\":\"db-acme.turso.io\"}}")))
                .singleElement().asString().contains("response.database.dbId: not declared").contains("did you mean \"DbId\"?");
    }

    @Test
    void a_wrong_type_and_a_value_outside_a_literal_union_are_caught() {
        assertThat(problems(new Exchange("POST", "/v1/organizations/acme/databases/db/auth/tokens", "expiration=1h&authorization=admin",
                "", 200, "{\"jwt\":42}")))
                .anySatisfy(p -> assertThat(p).contains("query.authorization").contains("\"admin\""))
                .anySatisfy(p -> assertThat(p).contains("response.jwt: 42 is not string"));
        assertThat(problems(new Exchange("POST", "/v1/organizations/acme/databases", null,
                "{\"name\":\"db\",\"group\":\"g\",\"seed\":{\"type\":\"snapshot\",\"name\":\"src\"}}", 200,
                "{\"database\":{\"Name\":\"db\",\"DbId\":\"x\",\"Hostname\":\"h\"}}")))
                .singleElement().asString().contains("request.seed.type");
    }

    @Test
    void an_error_body_in_another_shape_and_an_unknown_endpoint_are_caught() {
        assertThat(problems(new Exchange("GET", "/v1/organizations/acme/databases/db", null, "", 404, "{\"message\":\"not found\"}")))
                .singleElement().asString().contains("response.message: not declared");
        assertThat(problems(new Exchange("POST", "/v1/organizations/acme/databases/db/branch", null, "", 200, "{}")))
                .singleElement().asString().contains("no such endpoint");
    }
}
