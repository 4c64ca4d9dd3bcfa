package app.sqlstudio.howler.cli;

import app.sqlstudio.howler.cli.commands.PlanCommand;
import app.sqlstudio.howler.cli.commands.PolicyCommand;
import app.sqlstudio.howler.cli.support.StackPlanner;
import java.io.PrintWriter;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code howler} command line: one entry point for ops, CI and developers. */
@Command(name = "howler",
        mixinStandardHelpOptions = true,
        versionProvider = Howler.Version.class,
        description = "Infrastructure as code for sql-studio.app: GKE, ingress, certificates, Cloudflare, Turso and the app.",
        subcommands = {CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0 success   1 failure or mandatory policy violation   2 usage or configuration error   3 drift found"})
public final class Howler {

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), Clock.systemUTC()));
    }

    /** Runs a command line with the given writers and clock; returns the exit code. Tests call this. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
        return commandLine(out, err, clock).execute(args);
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Clock clock) {
        StackPlanner planner = new StackPlanner(clock);
        CommandLine cli = new CommandLine(new Howler());
        cli.addSubcommand(new PlanCommand(planner));
        cli.addSubcommand(new PolicyCommand(planner));
        ErrorReporter errors = new ErrorReporter();
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(errors);
        cli.setParameterExceptionHandler(errors);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Howler.class.getPackage().getImplementationVersion();
            return new String[] {"howler " + (v == null ? "development build" : v)};
        }
    }
}
