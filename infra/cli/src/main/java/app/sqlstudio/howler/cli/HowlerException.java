package app.sqlstudio.howler.cli;

/**
 * The one way a command fails: an exit code from {@link ExitCode} and a message that names the cause and the fix.
 * {@link ErrorReporter} prints it; the stack trace only with {@code -v}.
 */
public class HowlerException extends RuntimeException {

    private final int exitCode;

    public HowlerException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public HowlerException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
