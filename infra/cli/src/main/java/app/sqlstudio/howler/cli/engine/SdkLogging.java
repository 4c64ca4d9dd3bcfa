package app.sqlstudio.howler.cli.engine;

import java.util.logging.Logger;

/**
 * Where the Pulumi Java SDK's own log records go. The SDK logs through java.util.logging under {@code com.pulumi}
 * and resets its loggers' levels on every inline run, and it ignores the logger a workspace is given; so when the
 * engine stops a run (a conflict, Ctrl-C) the in-process program prints a Java stack trace beside the one-line error
 * Howler reports. Only {@code -v} promises stack traces: without it, the records stop at {@code com.pulumi} instead
 * of reaching the console handler. The engine reports the same failure through its events, which Howler turns into
 * its error.
 */
public final class SdkLogging {

    /** java.util.logging keeps loggers weakly: a collected one would come back with the default, console-bound set-up. */
    private static final Logger SDK = Logger.getLogger("com.pulumi");

    private SdkLogging() {
    }

    /** Shows the SDK's records on the console ({@code -v}) or keeps them off it. */
    public static void show(boolean verbose) {
        SDK.setUseParentHandlers(verbose);
    }

    /** Whether the SDK's records reach the console. */
    public static boolean shown() {
        return SDK.getUseParentHandlers();
    }
}
