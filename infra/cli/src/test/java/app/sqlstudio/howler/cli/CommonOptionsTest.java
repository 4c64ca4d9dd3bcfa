package app.sqlstudio.howler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options every command accepts (infra/cli/README.md): --cwd, --non-interactive, --color and -v before the verb as well as after it. */
class CommonOptionsTest {

    @TempDir
    Path tmp;
    Path project;
    StandInPulumi pulumi;

    @BeforeEach
    void setUp() throws Exception {
        project = CliRun.project(Files.createDirectories(tmp.resolve("project")));
        pulumi = StandInPulumi.create(tmp);
    }

    @Test
    void cwd_before_the_verb_is_the_project_directory() {
        CliRun before = CliRun.of("--cwd", project.toString(), "plan", "prod");
        assertThat(before.exitCode()).as(before.err()).isZero();
        assertThat(before.out()).contains("Plan of stack prod");
        CliRun after = CliRun.of("plan", "prod", "--cwd", project.toString());
        assertThat(after.exitCode()).as(after.err()).isZero();
    }

    @Test
    void common_options_before_a_two_word_verb_or_between_its_words_apply_to_it() {
        pulumi.stdout("stack-ls", "[{\"name\":\"prod\",\"current\":false}]");
        for (String[] args : new String[][] {
                {"--cwd", project.toString(), "stack", "ls"},
                {"stack", "--cwd", project.toString(), "ls"},
                {"stack", "ls", "--cwd", project.toString()}}) {
            CliRun run = CliRun.in(pulumi.env(), args);
            assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.err()).isZero();
            assertThat(run.out()).as(String.join(" ", args)).contains("prod");
        }
    }

    @Test
    void verbose_before_the_verb_prints_the_stack_trace_of_a_failure() {
        pulumi.exit("preview", 255).stderr("preview", "error: preview failed");
        CliRun run = CliRun.in(pulumi.env(), "-v", "--cwd", project.toString(), "up", "prod", "--yes");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(run.err()).contains("Preview of stack prod failed", "CommandException");
    }

    @Test
    void the_sdks_own_log_records_reach_the_console_only_with_verbose() {
        // What the in-process program logs when the engine stops a run (DeploymentImpl's errorAsync, with its trace).
        Logger sdk = Logger.getLogger("com.pulumi.deployment.internal.DeploymentImpl");
        List<LogRecord> console = new ArrayList<>();
        Handler handler = new Handler() {
            @Override public void publish(LogRecord record) { console.add(record); }
            @Override public void flush() { }
            @Override public void close() { }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        try {
            for (String[] args : new String[][] {{"plan", "prod"}, {"-v", "plan", "prod"}, {"plan", "prod", "-v"}}) {
                console.clear();
                CliRun run = CliRun.of(concat(args, "--cwd", project.toString()));
                assertThat(run.exitCode()).as(run.err()).isZero();
                sdk.log(Level.SEVERE, "Running program failed with an unhandled exception", new IllegalStateException("RPC cancelled"));
                boolean verbose = List.of(args).contains("-v");
                assertThat(console).as(String.join(" ", args)).hasSize(verbose ? 1 : 0);
            }
        } finally {
            root.removeHandler(handler);
        }
    }

    private static String[] concat(String[] head, String... tail) {
        List<String> all = new ArrayList<>(List.of(head));
        all.addAll(List.of(tail));
        return all.toArray(String[]::new);
    }

    @Test
    void non_interactive_before_the_verb_never_prompts() {
        CliRun run = CliRun.typing(pulumi.env(), "prod\n", "--non-interactive", "destroy", "prod", "--cwd", project.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("cannot ask", "--confirm prod");
        assertThat(pulumi.calls("destroy")).isEmpty();
    }

    @Test
    void the_root_help_lists_the_common_options() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--cwd=DIR", "--non-interactive", "--color=WHEN", "--verbose");
    }

    @Test
    void color_accepts_only_auto_always_or_never() {
        CliRun run = CliRun.of("--color", "purple", "plan", "prod", "--cwd", project.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--color", "purple", "auto, always, never");
        CliRun after = CliRun.of("plan", "prod", "--color", "sometimes", "--cwd", project.toString());
        assertThat(after.exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void color_always_colours_howler_s_own_messages_and_never_leaves_them_plain() {
        CliRun always = CliRun.of("--color", "always", "plan", "nosuch", "--cwd", project.toString());
        assertThat(always.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(always.err()).contains("\u001B[");
        CliRun never = CliRun.of("plan", "nosuch", "--color", "never", "--cwd", project.toString());
        assertThat(never.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(never.err()).startsWith("error: ").doesNotContain("\u001B[");
        CliRun help = CliRun.of("--color", "always", "plan", "--help");
        assertThat(help.out()).contains("\u001B[");
    }

    @Test
    void color_is_passed_to_the_engine_never_unless_always_was_asked_for() {
        pulumi.events("preview", new StandInPulumi.Events("prod").summary(1, UpCommandTest.changes("same", 1)).lines());
        CliRun always = CliRun.in(pulumi.env(), "--color", "always", "preview", "prod", "--cwd", project.toString());
        assertThat(always.exitCode()).as(always.err()).isZero();
        CliRun never = CliRun.in(pulumi.env(), "preview", "prod", "--color", "never", "--cwd", project.toString());
        assertThat(never.exitCode()).as(never.err()).isZero();
        CliRun auto = CliRun.in(pulumi.env(), "preview", "prod", "--cwd", project.toString());
        assertThat(auto.exitCode()).as(auto.err()).isZero();
        assertThat(pulumi.calls("preview")).hasSize(3);
        assertThat(pulumi.calls("preview").get(0)).contains("--color always");
        assertThat(pulumi.calls("preview").get(1)).contains("--color never");
        assertThat(pulumi.calls("preview").get(2)).contains("--color never");
    }
}
