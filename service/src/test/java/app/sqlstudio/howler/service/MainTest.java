package app.sqlstudio.howler.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    Run run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void migrate_applies_pending_migrations_once_and_status_lists_them() {
        Map<String, String> env = Map.of("TURSO_URL", "file:" + dir.resolve("m.db"));
        Run before = run(env, "migrate", "--status");
        assertThat(before.code()).isZero();
        assertThat(before.out()).contains("initial_schema").contains("pending");
        Run first = run(env, "migrate");
        assertThat(first.code()).isZero();
        assertThat(first.out()).contains("applied 1 initial_schema");
        Run second = run(env, "migrate");
        assertThat(second.out()).contains("database is up to date");
        assertThat(run(env, "migrate", "--status").out()).contains("applied 20");
    }

    @Test
    void bad_configuration_exits_2_with_what_to_set() {
        Run r = run(Map.of("ENVIRONMENT", "production"), "serve");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("JWT_SECRET").contains("TURSO_URL");
    }

    @Test
    void unknown_command_exits_2_and_help_exits_0() {
        assertThat(run(Map.of(), "frobnicate").code()).isEqualTo(2);
        Run help = run(Map.of(), "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("migrate --status");
    }
}
