package app.sqlstudio.howler.cli.support;

import app.sqlstudio.howler.stack.HowlerStack;
import com.pulumi.Context;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a command may read from the outside world besides its arguments: environment variables (also what the
 * {@code pulumi} process gets, so PATH decides which binary runs), the operator's answers on standard input (typed at a
 * terminal or piped: {@code echo prod | howler destroy prod}), and the Pulumi program to run in-process (the Howler program; tests substitute a trivial one when they
 * drive a real {@code pulumi}).
 */
public record Env(Map<String, String> vars, BufferedReader in, Consumer<Context> program) {

    public Env {
        vars = Map.copyOf(vars);
    }

    /** The process's own environment and stdin: what {@code howler} uses outside tests. */
    public static Env system() {
        return new Env(System.getenv(), new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                HowlerStack::define);
    }

    public Optional<String> get(String name) {
        String v = vars.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    /** CI sets {@code CI}; then nothing ever prompts. */
    public boolean ci() {
        return get("CI").filter(v -> !v.equalsIgnoreCase("false") && !v.equals("0")).isPresent();
    }

    /** One line of the operator's answer (typed or piped), or null at end of input. */
    public String readLine() {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
