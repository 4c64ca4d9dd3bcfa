package app.sqlstudio.howler.cli;

/** The exit codes every command returns, documented in docs/plan-json.md ("Exit codes"). */
public final class ExitCode {

    public static final int OK = 0;
    /** A failure, or a mandatory policy violation. */
    public static final int FAILURE = 1;
    /** Bad usage or bad configuration. */
    public static final int USAGE = 2;
    /** {@code howler drift} found differences. */
    public static final int DRIFT = 3;

    private ExitCode() {
    }
}
