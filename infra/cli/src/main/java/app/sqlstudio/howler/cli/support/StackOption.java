package app.sqlstudio.howler.cli.support;

import picocli.CommandLine.Parameters;

/** The STACK argument of the commands that act on one stack. */
public final class StackOption {

    @Parameters(index = "0", paramLabel = "STACK", description = "Stack name (prod, dev-NAME, pr-NUMBER): its settings are in Pulumi.STACK.yaml.")
    String stack;

    public String stack() {
        return stack;
    }
}
