package app.sqlstudio.howler.cli;

import app.sqlstudio.howler.cli.support.Env;
import app.sqlstudio.howler.stack.HowlerStack;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** Runs the howler command line in-process with captured output and a fixed clock. */
record CliRun(int exitCode, String out, String err) {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Howler.run(args, new PrintWriter(out, true), new PrintWriter(err, true), CLOCK);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Runs with this environment and nothing on standard input (a question gets end of input). */
    static CliRun in(Map<String, String> env, String... args) {
        return typing(env, "", args);
    }

    /** Runs with {@code typed} on standard input (one answer per line), as typed at a terminal or piped. */
    static CliRun typing(Map<String, String> env, String typed, String... args) {
        return with(new Env(env, new BufferedReader(new StringReader(typed)), HowlerStack::define), CLOCK, args);
    }

    /** Runs in CI ({@code CI=true}): nothing is ever asked. */
    static CliRun inCi(Map<String, String> env, String... args) {
        Map<String, String> ci = new java.util.HashMap<>(env);
        ci.put("CI", "true");
        return in(ci, args);
    }

    static CliRun with(Env env, Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Howler.run(args, new PrintWriter(out, true), new PrintWriter(err, true), clock, env);
        return new CliRun(code, out.toString(), err.toString());
    }

    static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("Pulumi.yaml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no Pulumi.yaml above the working directory");
        }
        return dir;
    }

    /** A scratch project: the repository's Pulumi.yaml and Pulumi.prod.yaml copied into {@code dir}. */
    static Path project(Path dir) {
        try {
            Files.copy(repoRoot().resolve("Pulumi.yaml"), dir.resolve("Pulumi.yaml"));
            Files.copy(repoRoot().resolve("Pulumi.prod.yaml"), dir.resolve("Pulumi.prod.yaml"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
