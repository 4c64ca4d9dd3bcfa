package app.sqlstudio.howler.cli.engine;

import com.pulumi.automation.events.DiagnosticEvent;
import com.pulumi.automation.events.EngineEvent;
import com.pulumi.automation.events.StepEventMetadata;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * Turns the engine's events into what the operator reads: one line per resource step with a live count and the
 * elapsed time, engine errors and warnings as they come, and the summary the engine sends last. Thread-safe: events
 * arrive on the SDK's watcher thread.
 */
public final class Progress {

    /**
     * What to print per step: nothing (JSON, drift), planned steps (preview), performed steps with a count (up,
     * destroy, refresh). SILENT and PLANNED collect steps as they are announced, PERFORMED as they finish.
     */
    public enum Mode { SILENT, PLANNED, PERFORMED }

    private final PrintWriter out;
    private final Mode mode;
    private final boolean showDiffs;
    private final int expected;
    private final LongSupplier nanos;
    private final long start;
    private final List<Step> steps = Collections.synchronizedList(new ArrayList<>());
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private volatile Map<String, Integer> summary;
    private volatile int durationSeconds = -1;
    private int done;

    public Progress(PrintWriter out, Mode mode, boolean showDiffs, int expected, LongSupplier nanos) {
        this.out = out;
        this.mode = mode;
        this.showDiffs = showDiffs;
        this.expected = expected;
        this.nanos = nanos;
        this.start = nanos.getAsLong();
    }

    public synchronized void accept(EngineEvent event) {
        if (event.resourcePreEvent() != null) {
            StepEventMetadata m = event.resourcePreEvent().metadata();
            Step step = step(m, false);
            if (mode != Mode.PERFORMED && step.changes() && !isStack(step)) {
                steps.add(step);
                if (mode == Mode.PLANNED) {
                    out.println("  " + pad(step.symbol(), 2) + " " + pad(step.op(), 8) + " " + step.type() + "  " + step.name()
                            + (showDiffs && !step.diffs().isEmpty() ? "  [" + String.join(", ", step.diffs()) + "]" : ""));
                    out.flush();
                }
            }
        } else if (event.resourceOutputsEvent() != null) {
            Step step = step(event.resourceOutputsEvent().metadata(), false);
            if (mode == Mode.PERFORMED && step.changes() && !isStack(step)) {
                steps.add(step);
                done++;
                line(step, "");
            } else if (mode != Mode.PERFORMED && step.changes() && !isStack(step)
                    && steps.stream().noneMatch(s -> s.urn().equals(step.urn()))) {
                // A refresh announces every resource as "refresh" and says what it found only when done: the real
                // engine reports a drifted resource in its outputs event (op update, the changed keys).
                steps.add(step);
            }
        } else if (event.resourceOperationFailedEvent() != null) {
            Step step = step(event.resourceOperationFailedEvent().metadata(), true);
            steps.add(step);
            if (mode == Mode.PERFORMED) {
                done++;
                line(step, "FAILED ");
            }
        } else if (event.diagnosticEvent() != null) {
            DiagnosticEvent d = event.diagnosticEvent();
            String message = d.message() == null ? "" : withoutJavaFrames(d.message()).strip();
            if ("error".equals(d.severity()) && !message.isEmpty()) {
                errors.add(message);
                if (mode != Mode.SILENT) {
                    out.println("  error: " + message);
                    out.flush();
                }
            } else if ("warning".equals(d.severity()) && !message.isEmpty() && mode != Mode.SILENT) {
                out.println("  warning: " + message);
                out.flush();
            }
        } else if (event.summaryEvent() != null) {
            summary = ChangeSummary.wire(event.summaryEvent().resourceChanges());
            durationSeconds = event.summaryEvent().durationSeconds();
        }
    }

    /**
     * The engine reports a program that failed with the program's Java stack trace. Howler's program runs in
     * Howler's own JVM, so when the engine stops a run (Ctrl-C, a failed step) the trace is of the SDK's cancelled
     * gRPC call and says nothing to the operator; the exception's own line stays, and -v shows the whole trace.
     */
    static String withoutJavaFrames(String message) {
        return JAVA_FRAME.matcher(message).replaceAll("");
    }

    private static final Pattern JAVA_FRAME =
            Pattern.compile("(?m)^[ \\t]*(at [\\w$.<>/@-]+\\(.*\\)|\\.\\.\\. \\d+ more)[ \\t]*\\R?");

    private void line(Step step, String prefix) {
        long elapsed = (nanos.getAsLong() - start) / 1_000_000_000L;
        String count = expected > 0 ? done + "/" + expected : String.valueOf(done);
        out.printf("[%7s %02d:%02d] %s%-2s %-8s %s  %s%n", count, elapsed / 60, elapsed % 60, prefix, step.symbol(),
                step.op(), step.type(), step.name());
        out.flush();
    }

    private static boolean isStack(Step step) {
        return "pulumi:pulumi:Stack".equals(step.type());
    }

    private static Step step(StepEventMetadata m, boolean failed) {
        return new Step(ChangeSummary.opName(m.op()), m.urn(), m.type(), m.diffs(), failed);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    public boolean sawSummary() {
        return summary != null;
    }

    /** The engine's summary when it sent one, otherwise counts of the steps seen. */
    public ChangeSummary summary(long fallbackSeconds) {
        Map<String, Integer> counts = summary;
        if (counts == null) {
            counts = new LinkedHashMap<>();
            for (Step s : steps) {
                counts.merge(s.op(), 1, Integer::sum);
            }
        }
        return new ChangeSummary(counts, durationSeconds >= 0 ? durationSeconds : (int) fallbackSeconds, List.copyOf(steps));
    }

    public List<Step> steps() {
        synchronized (steps) {
            return List.copyOf(steps);
        }
    }

    public List<String> errors() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }

    public long elapsedSeconds() {
        return (nanos.getAsLong() - start) / 1_000_000_000L;
    }
}
