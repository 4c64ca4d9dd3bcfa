package app.sqlstudio.howler.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every secret and variable a workflow reads is in the README's table (section "Delivery": name, kind, what it is, how
 * to create it) with the right kind, and the table lists nothing the workflows no longer read.
 */
class ReadmeSecretsTest {

    private static final Pattern USE = Pattern.compile("(?<![\\w./-])(secrets|vars)\\.([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([A-Z][A-Z0-9_]*)`\\s*\\|\\s*(secret|variable)\\s*\\|(.*)$",
            Pattern.MULTILINE);

    /** name → "secret" or "variable", from every workflow (GITHUB_TOKEN is GitHub's own and needs no entry). */
    static Map<String, String> used() {
        Map<String, String> used = new TreeMap<>();
        for (Path file : Repo.workflows()) {
            Matcher m = USE.matcher(Repo.read(file));
            while (m.find()) {
                if (m.group(2).equals("GITHUB_TOKEN")) continue;
                String kind = m.group(1).equals("secrets") ? "secret" : "variable";
                String previous = used.put(m.group(2), kind);
                assertThat(previous == null || previous.equals(kind))
                        .as("%s is read both as a secret and as a variable", m.group(2)).isTrue();
            }
        }
        return used;
    }

    static String deliverySection() {
        String readme = Repo.read(Repo.root().resolve("README.md"));
        int start = readme.indexOf("\n## Delivery\n");
        assertThat(start).as("README.md has a section \"## Delivery\"").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    /** name → kind, from the README's table. */
    static Map<String, String> documented() {
        Map<String, String> documented = new TreeMap<>();
        Matcher m = ROW.matcher(deliverySection());
        while (m.find()) {
            documented.put(m.group(1), m.group(2));
            String[] cells = m.group(3).split("(?<!\\\\)\\|");
            assertThat(cells.length).as("README row %s: name | kind | what it is | how to create it |", m.group(1))
                    .isGreaterThanOrEqualTo(2);
            assertThat(cells[0].strip()).as("README: what %s is", m.group(1)).isNotEmpty();
            assertThat(cells[1].strip()).as("README: how to create %s", m.group(1)).isNotEmpty();
        }
        return documented;
    }

    @Test
    void every_secret_and_variable_a_workflow_reads_is_documented_with_its_kind() {
        Map<String, String> used = used();
        assertThat(used).containsKeys("GCP_WORKLOAD_IDENTITY_PROVIDER", "GCP_SERVICE_ACCOUNT", "PULUMI_ACCESS_TOKEN",
                "CLOUDFLARE_API_TOKEN", "TURSO_API_TOKEN", "JWT_SECRET");
        assertThat(documented()).containsAllEntriesOf(used);
    }

    @Test
    void the_readme_documents_nothing_the_workflows_do_not_read() {
        assertThat(used()).containsOnlyKeys(documented().keySet());
    }
}
