package app.sqlstudio.howler.cli;

import app.sqlstudio.howler.cli.commands.CompletionCommand;
import app.sqlstudio.howler.cli.commands.CostCommand;
import app.sqlstudio.howler.cli.commands.DbCommand;
import app.sqlstudio.howler.cli.commands.DbRestoreCommand;
import app.sqlstudio.howler.cli.commands.DestroyCommand;
import app.sqlstudio.howler.cli.commands.DoctorCommand;
import app.sqlstudio.howler.cli.commands.LoadCommand;
import app.sqlstudio.howler.cli.commands.SmokeCommand;
import app.sqlstudio.howler.cli.doctor.Doctor;
import app.sqlstudio.howler.cli.commands.DriftCommand;
import app.sqlstudio.howler.cli.commands.OutputsCommand;
import app.sqlstudio.howler.cli.commands.PlanCommand;
import app.sqlstudio.howler.cli.commands.PolicyCommand;
import app.sqlstudio.howler.cli.commands.PreviewCommand;
import app.sqlstudio.howler.cli.commands.RefreshCommand;
import app.sqlstudio.howler.cli.commands.StackCommand;
import app.sqlstudio.howler.cli.commands.StackGcCommand;
import app.sqlstudio.howler.cli.commands.StackInitCommand;
import app.sqlstudio.howler.cli.commands.StackLsCommand;
import app.sqlstudio.howler.cli.commands.StackRmCommand;
import app.sqlstudio.howler.cli.commands.UpCommand;
import app.sqlstudio.howler.cli.engine.SdkLogging;
import app.sqlstudio.howler.cli.engine.StackRunner;
import app.sqlstudio.howler.cli.support.Env;
import app.sqlstudio.howler.cli.support.GlobalOptions;
import app.sqlstudio.howler.cli.support.PolicyGate;
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

    /** The common options before the verb ({@code howler -v plan prod}); each verb also takes them after it. */
    @CommandLine.Mixin(name = GlobalOptions.MIXIN)
    GlobalOptions global;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), Clock.systemUTC(),
                Env.system()));
    }

    /** Runs a command line with the given writers and clock in this process's environment; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
        return run(args, out, err, clock, Env.system());
    }

    /** Runs a command line with the given writers, clock and environment; returns the exit code. Tests call this. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock, Env env) {
        return commandLine(out, err, clock, env).execute(args);
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Clock clock) {
        return commandLine(out, err, clock, Env.system());
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Clock clock, Env env) {
        StackPlanner planner = new StackPlanner(clock);
        PolicyGate gate = new PolicyGate(planner);
        StackRunner runner = new StackRunner(env);
        CommandLine cli = new CommandLine(new Howler());
        cli.addSubcommand(new UpCommand(gate, runner, env));
        cli.addSubcommand(new PreviewCommand(gate, runner));
        cli.addSubcommand(new DestroyCommand(runner, env));
        cli.addSubcommand(new RefreshCommand(runner));
        cli.addSubcommand(new DriftCommand(runner));
        cli.addSubcommand(new OutputsCommand(runner));
        cli.addSubcommand(new CommandLine(new StackCommand())
                .addSubcommand(new StackInitCommand(gate, runner, env, clock))
                .addSubcommand(new StackLsCommand(runner, clock))
                .addSubcommand(new StackRmCommand(runner, env))
                .addSubcommand(new StackGcCommand(runner, clock)));
        cli.addSubcommand(new PlanCommand(planner));
        cli.addSubcommand(new PolicyCommand(planner));
        cli.addSubcommand(new CostCommand(planner));
        cli.addSubcommand(new SmokeCommand());
        cli.addSubcommand(new LoadCommand());
        cli.addSubcommand(new CommandLine(new DbCommand()).addSubcommand(new DbRestoreCommand(gate, runner, env, clock)));
        cli.addSubcommand(new DoctorCommand(new Doctor(env, runner)));
        cli.addSubcommand(new CompletionCommand());
        ErrorReporter errors = new ErrorReporter();
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(errors);
        cli.setParameterExceptionHandler(errors);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // --color and -v are known only once the line is parsed: apply them to help, usage and error text, to the
        // engine, and to the Pulumi SDK's own logging.
        cli.setExecutionStrategy(parsed -> {
            GlobalOptions.Color color = GlobalOptions.color(parsed);
            cli.setColorScheme(CommandLine.Help.defaultColorScheme(color.ansi()));
            runner.color(color);
            SdkLogging.show(GlobalOptions.verbose(parsed));
            return new CommandLine.RunLast().execute(parsed);
        });
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
