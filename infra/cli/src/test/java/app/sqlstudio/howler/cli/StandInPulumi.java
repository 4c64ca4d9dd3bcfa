package app.sqlstudio.howler.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.io.File;

/**
 * A stand-in {@code pulumi} executable for tests: a shell script that records every invocation's arguments and
 * replays what a scenario says for that command (stdout, stderr, exit code and engine events written to the
 * {@code --event-log} file the Automation API passes, ending with the engine's final cancel event as a real CLI
 * does). It reports version {@value #VERSION}, older than 3.205, so the SDK reads events from the log file.
 * Scenario keys: the command ({@code up}, {@code preview}, {@code destroy}, {@code refresh}) or the command and
 * sub-command ({@code stack-output}, {@code stack-ls}, {@code config-set-all}); a key suffixed with
 * {@code .STACK} applies to that stack only (the stack selected last, or the one named by {@code --stack}).
 */
final class StandInPulumi {

    static final String VERSION = "v3.150.0";

    private static final String SCRIPT = """
            #!/usr/bin/env bash
            root="$(cd "$(dirname "$0")/.." && pwd)"
            printf '%s\\n' "$*" >> "$root/calls.log"
            if [ "$1" = version ]; then cat "$root/version"; exit 0; fi
            if [ -n "$2" ] && [ "${2#-}" = "$2" ]; then key="$1-$2"; else key="$1"; fi
            stack=""; log=""; prev=""
            for a in "$@"; do
              [ "$prev" = "--stack" ] && stack="$a"
              [ "$prev" = "--event-log" ] && log="$a"
              prev="$a"
            done
            if [ "$key" = "stack-select" ]; then
              if [ -f "$root/scenarios/missing.$stack" ]; then echo "error: no stack named '$stack' found" >&2; exit 255; fi
              echo "$stack" > "$root/selected"
            fi
            [ -z "$stack" ] && [ -f "$root/selected" ] && stack="$(cat "$root/selected")"
            sc="$root/scenarios/$key"
            [ -n "$stack" ] && [ -e "$sc.$stack.stdout" -o -e "$sc.$stack.events" -o -e "$sc.$stack.exit" -o -e "$sc.$stack.stderr" ] && sc="$sc.$stack"
            if [ "$key" = "stack-output" ] && [[ " $* " != *" --show-secrets "* ]] && [ -f "$sc.masked.stdout" ]; then out="$sc.masked.stdout"; else out="$sc.stdout"; fi
            if [ -n "$log" ]; then
              [ -f "$sc.events" ] && cat "$sc.events" >> "$log"
              echo '{"sequence":99999,"timestamp":0,"cancelEvent":{}}' >> "$log"
            fi
            [ -f "$out" ] && cat "$out"
            [ -f "$sc.stderr" ] && cat "$sc.stderr" >&2
            [ -f "$sc.exit" ] && exit "$(cat "$sc.exit")"
            exit 0
            """;

    final Path root;

    private StandInPulumi(Path root) {
        this.root = root;
    }

    static StandInPulumi create(Path dir) {
        try {
            Path root = Files.createDirectories(dir.resolve("pulumi-stand-in"));
            Files.createDirectories(root.resolve("bin"));
            Files.createDirectories(root.resolve("scenarios"));
            Files.createDirectories(root.resolve("home"));
            Path script = root.resolve("bin/pulumi");
            Files.writeString(script, SCRIPT);
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.writeString(root.resolve("version"), VERSION + "\n");
            Files.writeString(root.resolve("calls.log"), "");
            StandInPulumi p = new StandInPulumi(root);
            // Harmless defaults: commands that print JSON print an empty document.
            p.stdout("stack-ls", "[]").stdout("stack-output", "{}").stdout("config", "{}")
                    .stdout("stack-history", "[{\"version\":1,\"kind\":\"update\",\"startTime\":\"2026-11-25T12:00:00.000Z\",\"message\":\"\","
                            + "\"environment\":{},\"config\":{},\"result\":\"succeeded\",\"endTime\":\"2026-11-25T12:01:12.000Z\","
                            + "\"resourceChanges\":{\"create\":1}}]").stdout("whoami", "tester");
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    StandInPulumi version(String v) {
        return write("../version", v + "\n");
    }

    StandInPulumi stdout(String key, String text) {
        return write(key + ".stdout", text + "\n");
    }

    StandInPulumi stderr(String key, String text) {
        return write(key + ".stderr", text + "\n");
    }

    StandInPulumi exit(String key, int code) {
        return write(key + ".exit", String.valueOf(code));
    }

    StandInPulumi events(String key, List<String> events) {
        return write(key + ".events", String.join("\n", events) + "\n");
    }

    StandInPulumi missingStack(String stack) {
        return write("missing." + stack, "");
    }

    private StandInPulumi write(String name, String text) {
        try {
            Files.writeString(root.resolve("scenarios").resolve(name).normalize(), text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every invocation so far, its arguments joined by spaces. */
    List<String> calls() {
        try {
            return Files.readAllLines(root.resolve("calls.log")).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Invocations of one command, e.g. "up" or "stack rm". */
    List<String> calls(String command) {
        return calls().stream().filter(c -> c.equals(command) || c.startsWith(command + " ")).toList();
    }

    /** The environment Howler passes on: only this stand-in on PATH, a scratch HOME. */
    Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", root.resolve("bin") + File.pathSeparator + "/usr/bin" + File.pathSeparator + "/bin");
        env.put("HOME", root.resolve("home").toString());
        return env;
    }

    /** A real pulumi on the JVM's PATH, if the machine has one. */
    static Optional<Path> real() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir.isBlank() ? "." : dir, "pulumi");
            if (Files.isExecutable(p) && !p.toString().contains("pulumi-stand-in")) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Engine events in the JSON the CLI writes to its event log. */
    static final class Events {
        private final String stack;
        private int seq;
        private final List<String> lines = new ArrayList<>();

        Events(String stack) {
            this.stack = stack;
        }

        String urn(String type, String name) {
            return "urn:pulumi:" + stack + "::howlerops::" + type + "::" + name;
        }

        Events prelude() {
            return add("\"preludeEvent\":{\"config\":{}}");
        }

        Events pre(String op, String type, String name, boolean planning, String... diffs) {
            return add("\"resourcePreEvent\":{\"metadata\":" + meta(op, type, name, diffs) + ",\"planning\":" + planning + "}");
        }

        Events done(String op, String type, String name, String... diffs) {
            return add("\"resOutputsEvent\":{\"metadata\":" + meta(op, type, name, diffs) + "}");
        }

        /** A step that started and finished. */
        Events step(String op, String type, String name, String... diffs) {
            return pre(op, type, name, false, diffs).done(op, type, name, diffs);
        }

        Events failed(String op, String type, String name) {
            return add("\"resOpFailedEvent\":{\"metadata\":" + meta(op, type, name) + ",\"status\":1,\"steps\":1}");
        }

        Events diagnostic(String severity, String message) {
            return add("\"diagnosticEvent\":{\"message\":\"" + message.replace("\"", "\\\"") + "\",\"color\":\"never\",\"severity\":\""
                    + severity + "\"}");
        }

        Events summary(int seconds, Map<String, Integer> changes) {
            StringBuilder sb = new StringBuilder();
            changes.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ",").append('"').append(k).append("\":").append(v));
            return add("\"summaryEvent\":{\"maybeCorrupt\":false,\"durationSeconds\":" + seconds + ",\"resourceChanges\":{" + sb
                    + "},\"PolicyPacks\":{}}");
        }

        private String meta(String op, String type, String name, String... diffs) {
            StringBuilder d = new StringBuilder();
            for (String x : diffs) {
                d.append(d.isEmpty() ? "" : ",").append('"').append(x).append('"');
            }
            return "{\"op\":\"" + op + "\",\"urn\":\"" + urn(type, name) + "\",\"type\":\"" + type + "\",\"provider\":\"\""
                    + (diffs.length > 0 ? ",\"diffs\":[" + d + "]" : "") + "}";
        }

        private Events add(String body) {
            lines.add("{\"sequence\":" + (seq++) + ",\"timestamp\":1764072000," + body + "}");
            return this;
        }

        List<String> lines() {
            return List.copyOf(lines);
        }
    }
}
