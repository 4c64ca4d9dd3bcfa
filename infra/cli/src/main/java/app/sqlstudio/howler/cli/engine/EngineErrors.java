package app.sqlstudio.howler.cli.engine;

import app.sqlstudio.howler.cli.ExitCode;
import app.sqlstudio.howler.cli.HowlerException;
import com.pulumi.automation.AutomationException;
import com.pulumi.automation.ConcurrentUpdateException;
import com.pulumi.automation.StackAlreadyExistsException;
import com.pulumi.automation.StackNotFoundException;
import java.util.List;
import java.util.stream.Collectors;

/** Engine failures as one or two lines naming the cause and the fix. */
final class EngineErrors {

    private EngineErrors() {
    }

    static HowlerException translate(String operation, String stack, AutomationException e, List<String> engineErrors) {
        String text = String.valueOf(e.getMessage());
        if (e instanceof StackNotFoundException) {
            return new HowlerException(ExitCode.USAGE, "Stack " + stack + " does not exist in the current Pulumi backend: "
                    + "create it with `howler stack init " + stack + "`, or log in to the backend that holds it (`pulumi login <url>`).", e);
        }
        if (e instanceof StackAlreadyExistsException) {
            return new HowlerException(ExitCode.USAGE, "Stack " + stack + " already exists in the backend: pick another name, "
                    + "or remove the old one with `howler stack rm " + stack + "`.", e);
        }
        if (e instanceof ConcurrentUpdateException) {
            return new HowlerException(ExitCode.FAILURE, "Another update of stack " + stack + " is running: wait for it, or if it "
                    + "crashed, run `pulumi cancel --stack " + stack + "` and retry.", e);
        }
        String details = engineErrors.isEmpty() ? firstErrors(text) : String.join("; ", engineErrors);
        if (text.contains("PULUMI_CONFIG_PASSPHRASE") || text.contains("passphrase")) {
            return new HowlerException(ExitCode.USAGE, "The stack's secrets are encrypted with a passphrase Howler was not given: "
                    + "set PULUMI_CONFIG_PASSPHRASE (or PULUMI_CONFIG_PASSPHRASE_FILE) and retry.", e);
        }
        if (text.contains("pulumi login") || text.contains("PULUMI_ACCESS_TOKEN") || text.contains("not logged in")) {
            return new HowlerException(ExitCode.USAGE, "Not logged in to a Pulumi backend: run `pulumi login <backend-url>` "
                    + "(or set PULUMI_ACCESS_TOKEN / PULUMI_BACKEND_URL) and retry.", e);
        }
        // the engine says "... is protected" or "... as it is currently marked for protection"
        if (details.contains("protected") || details.contains("marked for protection")) {
            // a local stack's data claim has its own key, so lifting it does not unprotect anything else
            String key = details.contains("PersistentVolumeClaim") ? "howler:protectData" : "howler:protect";
            return new HowlerException(ExitCode.FAILURE, operation + " of stack " + stack + " stopped at a protected resource ("
                    + details + "): set " + key + ": false in Pulumi." + stack + ".yaml and run `howler up " + stack
                    + "` to lift the protection first, if you really mean to delete it.", e);
        }
        return new HowlerException(ExitCode.FAILURE, operation + " of stack " + stack + " failed: " + details
                + ". Fix the cause and retry; -v shows the engine's full output.", e);
    }

    /** The lines of pulumi's stderr that say what went wrong, without the Automation API's framing. */
    static String firstErrors(String message) {
        String errors = message.lines().map(String::strip)
                .filter(l -> l.startsWith("error:") || l.contains(" error: "))
                .map(l -> l.replaceFirst("^.*?error:\\s*", ""))
                .distinct().limit(3).collect(Collectors.joining("; "));
        if (!errors.isEmpty()) {
            return errors;
        }
        return message.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(2).collect(Collectors.joining(" "));
    }
}
