package app.sqlstudio.howler.cli.commands;

import app.sqlstudio.howler.cli.ExitCode;
import app.sqlstudio.howler.cli.HowlerException;
import app.sqlstudio.howler.cli.engine.StackRunner;
import app.sqlstudio.howler.cli.render.PlanJson;
import app.sqlstudio.howler.cli.stacks.StackFiles;
import app.sqlstudio.howler.cli.stacks.Ttl;
import app.sqlstudio.howler.cli.support.GlobalOptions;
import app.sqlstudio.howler.cli.support.OutputOptions;
import app.sqlstudio.howler.cli.support.Protection;
import com.pulumi.automation.StackSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code howler stack ls}: every stack, from the files and the backend, with expiry and last update. */
@Command(name = "ls", mixinStandardHelpOptions = true,
        description = "List the stacks: those with a Pulumi.STACK.yaml here and those in the Pulumi backend, with their "
                + "target (gke, or local: an existing cluster), expiry (and whether it has passed), protection, last update "
                + "and resource count.",
        footerHeading = "%nExamples:%n", footer = {"  howler stack ls", "  howler stack ls --json"})
public final class StackLsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Mixin
    OutputOptions output;

    private final StackRunner runner;
    private final Clock clock;

    public StackLsCommand(StackRunner runner, Clock clock) {
        this.runner = runner;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        var dir = global.projectDir();
        Map<String, StackSummary> backend = new LinkedHashMap<>();
        try {
            runner.listStacks(dir).forEach(s -> backend.put(s.name(), s));
        } catch (HowlerException e) {
            err.println("note: the backend could not be listed, so only the stack files are shown: " + e.getMessage());
        }
        TreeSet<String> names = new TreeSet<>(StackFiles.names(dir));
        names.addAll(backend.keySet());
        Instant now = clock.instant();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String name : names) {
            Optional<Instant> expires = StackFiles.expiresAt(dir, name);
            StackSummary s = backend.get(name);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("stack", name);
            row.put("file", java.nio.file.Files.isRegularFile(dir.resolve("Pulumi." + name + ".yaml")));
            row.put("inBackend", s != null);
            row.put("target", StackFiles.target(dir, name).orElse(null));
            row.put("protected", Protection.isProtected(dir, name));
            row.put("expiresAt", expires.map(Instant::toString).orElse(null));
            row.put("expired", expires.map(e -> !e.isAfter(now)).orElse(false));
            row.put("lastUpdate", s == null || s.lastUpdate() == null ? null : s.lastUpdate().toString());
            row.put("resources", s == null ? null : s.resourceCount());
            rows.add(row);
        }
        if (output.json()) {
            out.println(PlanJson.write(Map.of("stacks", rows)));
        } else {
            out.printf("%-22s %-6s %-30s %-22s %9s  %s%n", "STACK", "TARGET", "EXPIRES", "LAST UPDATE", "RESOURCES", "NOTES");
            for (Map<String, Object> r : rows) {
                String expires = r.get("expiresAt") == null ? "never" : r.get("expiresAt") + " (" + relative(Instant.parse((String) r.get("expiresAt")), now) + ")";
                List<String> notes = new ArrayList<>();
                if ((boolean) r.get("protected")) notes.add("protected");
                if (!(boolean) r.get("file")) notes.add("no stack file here");
                if (!(boolean) r.get("inBackend") && !backend.isEmpty()) notes.add("not in backend");
                out.printf("%-22s %-6s %-30s %-22s %9s  %s%n", r.get("stack"), r.get("target") == null ? "-" : r.get("target"), expires,
                        r.get("lastUpdate") == null ? "never" : r.get("lastUpdate"),
                        r.get("resources") == null ? "-" : r.get("resources"), String.join(", ", notes));
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    private static String relative(Instant at, Instant now) {
        Duration d = Duration.between(now, at);
        return d.isNegative() || d.isZero() ? "expired " + Ttl.human(d) + " ago" : "in " + Ttl.human(d);
    }
}
