package app.sqlstudio.howler.stack.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RulesExpressionTest {

    @Test
    void literals_escape_backslash_and_quote_so_no_value_ends_its_string_early() {
        assertThat(RulesExpression.quote("plain")).isEqualTo("\"plain\"");
        assertThat(RulesExpression.quote("\" or \"1\"=\"1")).isEqualTo("\"\\\" or \\\"1\\\"=\\\"1\"");
        assertThat(RulesExpression.quote("..\\")).isEqualTo("\"..\\\\\"");
    }

    @Test
    void comparisons_and_functions_use_the_rules_language_syntax() {
        assertThat(RulesExpression.eq("http.host", "api.sql-studio.app")).isEqualTo("http.host eq \"api.sql-studio.app\"");
        assertThat(RulesExpression.startsWith("http.request.uri.path", "/api/"))
                .isEqualTo("starts_with(http.request.uri.path, \"/api/\")");
        assertThat(RulesExpression.in("http.request.method", List.of("POST", "PUT")))
                .isEqualTo("http.request.method in {\"POST\" \"PUT\"}");
        assertThat(RulesExpression.lower(RulesExpression.urlDecoded("http.request.uri.query")))
                .isEqualTo("lower(url_decode(http.request.uri.query))");
        assertThat(RulesExpression.concat("\"https://sql-studio.app\"", "http.request.uri.path"))
                .isEqualTo("concat(\"https://sql-studio.app\", http.request.uri.path)");
    }

    @Test
    void combinations_are_parenthesised_so_they_nest_without_precedence_surprises() {
        assertThat(RulesExpression.anyOf("a", "b")).isEqualTo("(a or b)");
        assertThat(RulesExpression.allOf("a", RulesExpression.anyOf("b", "c"))).isEqualTo("(a and (b or c))");
        assertThat(RulesExpression.anyOf("a")).isEqualTo("(a)");
        assertThat(RulesExpression.not("cf.client.bot")).isEqualTo("not cf.client.bot");
        assertThat(RulesExpression.containsAny("http.user_agent", List.of("bot/", "spider")))
                .isEqualTo("(http.user_agent contains \"bot/\" or http.user_agent contains \"spider\")");
    }

    @Test
    void an_empty_set_or_clause_list_is_refused_rather_than_written_as_an_invalid_expression() {
        assertThatThrownBy(() -> RulesExpression.in("http.request.method", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RulesExpression.anyOf(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
