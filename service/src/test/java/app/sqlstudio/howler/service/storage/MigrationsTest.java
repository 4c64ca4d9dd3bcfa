package app.sqlstudio.howler.service.storage;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationsTest {
    @Test
    void statements_split_on_line_ending_semicolons_and_drop_comment_lines() {
        List<String> s = Migrations.statements("""
                -- a comment; with a semicolon
                CREATE TABLE a (x INTEGER);

                CREATE TABLE b (
                  y TEXT DEFAULT 'p;q'
                );
                """);
        assertThat(s).containsExactly("CREATE TABLE a (x INTEGER)", "CREATE TABLE b (\n  y TEXT DEFAULT 'p;q'\n)");
    }

    @Test
    void a_trigger_is_one_statement_up_to_its_end_however_many_statements_its_body_holds() {
        List<String> s = Migrations.statements("""
                CREATE TRIGGER t AFTER INSERT ON a BEGIN
                  UPDATE b SET y = 'x' WHERE 1;
                  -- inside the body
                  UPDATE b SET y = 'z';
                END;
                create trigger u after delete on a begin delete from b; end;
                CREATE INDEX ix ON b(y);
                """);
        assertThat(s).hasSize(3);
        assertThat(s.get(0)).startsWith("CREATE TRIGGER t").contains("UPDATE b SET y = 'x' WHERE 1;", "UPDATE b SET y = 'z';").endsWith("END");
        assertThat(s.get(1)).isEqualTo("create trigger u after delete on a begin delete from b; end");
        assertThat(s.get(2)).isEqualTo("CREATE INDEX ix ON b(y)");
    }
}
