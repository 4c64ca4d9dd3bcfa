package app.sqlstudio.howler.cli.commands;

import app.sqlstudio.howler.cli.ExitCode;
import app.sqlstudio.howler.cli.HowlerException;
import app.sqlstudio.howler.cli.engine.ChangeSummary;
import app.sqlstudio.howler.cli.engine.Progress;
import app.sqlstudio.howler.cli.engine.StackRunner;
import app.sqlstudio.howler.cli.render.PlanJson;
import app.sqlstudio.howler.cli.stacks.Expiry;
import app.sqlstudio.howler.cli.stacks.StackFiles;
import app.sqlstudio.howler.cli.stacks.Ttl;
import app.sqlstudio.howler.cli.support.GlobalOptions;
import app.sqlstudio.howler.cli.support.OutputOptions;
import app.sqlstudio.howler.cli.support.Protection;
import app.sqlstudio.howler.stack.plan.StackFile;
import com.pulumi.automation.OutputValue;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code howler stack gc}: destroy and remove every expired ephemeral stack, and nothing else. */
@Command(name = "gc", mixinStandardHelpOptions = true,
        description = {"Destroy and remove the ephemeral stacks whose howler:expiresAt has passed, reporting each. The expiry "
                + "comes from Pulumi.STACK.yaml or, for stacks whose file is not in this checkout (CI), from the stack's "
                + "expiresAt output. A stack without an expiry is never touched, nor a protected one.",
                "Does not ask: it only ever removes what expired. Exit 1 if any stack could not be removed (the others still are)."},
        footerHeading = "%nExamples:%n", footer = {"  howler stack gc --dry-run", "  howler stack gc            # nightly CI job"})
public final class StackGcCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Mixin
    OutputOptions output;

    @Option(names = "--dry-run", description = "Only list what would be removed.")
    boolean dryRun;

    private final StackRunner runner;
    private final Clock clock;

    public StackGcCommand(StackRunner runner, Clock clock) {
        this.runner = runner;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter text = output.json() ? err : out;
        Path dir = global.projectDir();
        Instant now = clock.instant();
        List<Expiry.Candidate> candidates = candidates(dir);
        for (Expiry.Candidate c : Expiry.expiredButProtected(candidates, now)) {
            err.println("note: " + c.stack() + " expired at " + c.expiresAt().get() + " but is protected; gc leaves it alone.");
        }
        List<Expiry.Candidate> expired = Expiry.expired(candidates, now);
        List<Map<String, Object>> report = new ArrayList<>();
        int failures = 0;
        if (expired.isEmpty()) {
            text.println("No expired stacks (" + candidates.stream().filter(c -> c.expiresAt().isPresent()).count()
                    + " ephemeral, none past its expiry).");
        }
        for (Expiry.Candidate c : expired) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("stack", c.stack());
            row.put("expiresAt", c.expiresAt().get().toString());
            String ago = Ttl.human(Duration.between(c.expiresAt().get(), now));
            if (dryRun) {
                text.println(c.stack() + ": expired " + ago + " ago; would be destroyed and removed.");
                row.put("result", "would-remove");
                report.add(row);
                continue;
            }
            text.println(c.stack() + ": expired " + ago + " ago; destroying…");
            text.flush();
            try {
                Progress progress = new Progress(text, Progress.Mode.PERFORMED, false, 0, System::nanoTime);
                ChangeSummary summary = runner.destroy(dir, c.stack(), progress, global.verbose() ? err : null);
                runner.removeStack(dir, c.stack());
                Files.deleteIfExists(StackFile.pathOf(dir, c.stack()));
                text.println(c.stack() + ": destroyed (" + summary.describe(true) + ") and removed.");
                row.put("result", "removed");
                row.put("deleted", summary.count("delete"));
            } catch (HowlerException | IOException e) {
                failures++;
                text.println(c.stack() + ": FAILED: " + e.getMessage());
                row.put("result", "failed");
                row.put("error", e.getMessage());
            }
            report.add(row);
        }
        if (output.json()) {
            out.println(PlanJson.write(Map.of("now", now.toString(), "stacks", report)));
        }
        out.flush();
        if (failures > 0) {
            throw new HowlerException(ExitCode.FAILURE, failures + " expired stack(s) could not be removed (above); fix the cause "
                    + "and run `howler stack gc` again.");
        }
        return ExitCode.OK;
    }

    /** Stack files here, plus backend stacks whose expiry is only known from their outputs. */
    private List<Expiry.Candidate> candidates(Path dir) {
        List<Expiry.Candidate> out = new ArrayList<>();
        TreeSet<String> local = new TreeSet<>(StackFiles.names(dir));
        for (String name : local) {
            out.add(new Expiry.Candidate(name, StackFiles.expiresAt(dir, name), Protection.isProtected(dir, name)));
        }
        for (var s : runner.listStacks(dir)) {
            if (local.contains(s.name()) || s.name().equals("prod")) {
                continue;
            }
            Map<String, OutputValue> outputs = runner.outputs(dir, s.name());
            Optional<Instant> expires = Optional.ofNullable(outputs.get("expiresAt")).map(v -> String.valueOf(v.value()))
                    .flatMap(v -> {
                        try {
                            return Optional.of(Instant.parse(v));
                        } catch (RuntimeException e) {
                            return Optional.empty();
                        }
                    });
            out.add(new Expiry.Candidate(s.name(), expires, false));
        }
        return out;
    }
}
