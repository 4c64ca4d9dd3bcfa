package app.sqlstudio.howler.cli;

import app.sqlstudio.howler.stack.config.StackConfigException;
import app.sqlstudio.howler.stack.plan.PlanRunner;
import app.sqlstudio.howler.stack.plan.StackFile;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The single place where exceptions become exit codes and messages. Known failures print their message; anything
 * else prints one line naming the error and how to see more; stack traces only with {@code -v}.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        int code;
        String message;
        if (ex instanceof HowlerException h) {
            code = h.exitCode();
            message = h.getMessage();
        } else if (ex instanceof StackConfigException c) {
            code = ExitCode.USAGE;
            message = c.getMessage();
        } else if (ex instanceof StackFile.StackFileException f) {
            code = ExitCode.USAGE;
            message = f.getMessage();
        } else if (ex instanceof PlanRunner.PlanFailedException p) {
            code = ExitCode.FAILURE;
            message = p.getMessage();
        } else {
            code = ExitCode.FAILURE;
            message = "Unexpected error: " + ex + ". Run again with -v for the stack trace, and report it if it persists.";
        }
        err.println(cmd.getColorScheme().errorText("error: ") + message);
        if (verbose(parseResult)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(cmd.getColorScheme().errorText("error: ") + ex.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
            err.println("Run `" + cmd.getCommandSpec().qualifiedName() + " --help` for usage.");
        }
        err.flush();
        return ExitCode.USAGE;
    }

    private static boolean verbose(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult current = parseResult;
        while (current != null) {
            if (current.hasMatchedOption("-v")) {
                return true;
            }
            current = current.subcommand();
        }
        return false;
    }
}
