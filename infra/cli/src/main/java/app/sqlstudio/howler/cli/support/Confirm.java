package app.sqlstudio.howler.cli.support;

import app.sqlstudio.howler.cli.ExitCode;
import app.sqlstudio.howler.cli.HowlerException;
import java.io.PrintWriter;

/** Asking the operator before something changes; refusing, with the flag to pass, when nobody can be asked. */
public final class Confirm {

    private Confirm() {
    }

    /** Asks to type {@code yes}; when not interactive, fails naming {@code flag}. */
    public static void yes(Env env, GlobalOptions global, PrintWriter err, String question, String flag) {
        if (!global.interactive(env)) {
            throw new HowlerException(ExitCode.USAGE, question.replaceAll("\\?$", "")
                    + ": not confirmed, and this run cannot ask (CI set or --non-interactive). Pass "
                    + flag + " to confirm.");
        }
        err.print(question + " Type 'yes' to continue: ");
        err.flush();
        String answer = env.readLine();
        if (answer == null || !answer.trim().equalsIgnoreCase("yes")) {
            throw new HowlerException(ExitCode.FAILURE, "Cancelled" + (answer == null ? " (no answer: end of input)" : "")
                    + ": nothing was changed. (Pass " + flag + " to skip the question.)");
        }
    }

    /** Asks to type {@code expected} (a protected stack's name) unless {@code given} already names it. */
    public static void typed(Env env, GlobalOptions global, PrintWriter err, String question, String expected,
                             String given, String flag) {
        if (given != null) {
            if (!given.equals(expected)) {
                throw new HowlerException(ExitCode.USAGE, flag + " " + given + " does not name stack " + expected
                        + ": pass " + flag + " " + expected + ".");
            }
            return;
        }
        if (!global.interactive(env)) {
            throw new HowlerException(ExitCode.USAGE, question.replaceAll("\\?$", "") + ": stack " + expected
                    + " is protected and this run cannot ask (CI set or --non-interactive). Pass "
                    + flag + " " + expected + " to confirm.");
        }
        err.print(question + " Stack " + expected + " is protected: type its name to continue: ");
        err.flush();
        String answer = env.readLine();
        if (answer == null) {
            throw new HowlerException(ExitCode.FAILURE, "Cancelled (no answer: end of input): nothing was changed. (Or pass "
                    + flag + " " + expected + ".)");
        }
        if (!answer.trim().equals(expected)) {
            throw new HowlerException(ExitCode.FAILURE, "Cancelled: you typed '" + answer.trim() + "', not '" + expected
                    + "'; nothing was changed. (Or pass " + flag + " " + expected + ".)");
        }
    }
}
