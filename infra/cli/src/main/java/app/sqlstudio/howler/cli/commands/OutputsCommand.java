package app.sqlstudio.howler.cli.commands;

import app.sqlstudio.howler.cli.ExitCode;
import app.sqlstudio.howler.cli.engine.StackRunner;
import app.sqlstudio.howler.cli.render.PlanJson;
import app.sqlstudio.howler.cli.support.GlobalOptions;
import app.sqlstudio.howler.cli.support.OutputOptions;
import app.sqlstudio.howler.cli.support.Outputs;
import app.sqlstudio.howler.cli.support.StackOption;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code howler outputs STACK}: the stack's outputs, secrets masked unless asked. */
@Command(name = "outputs", mixinStandardHelpOptions = true,
        description = "Print STACK's outputs (appUrl, apiUrl, ingressIp, clusterName, registryUrl, kubeconfig…). Secret "
                + "values print as [secret] unless --show-secrets.",
        footerHeading = "%nExamples:%n",
        footer = {"  howler outputs prod", "  howler outputs prod --json | jq -r .appUrl",
                "  howler outputs prod --json --show-secrets | jq -r .kubeconfig > kubeconfig"})
public final class OutputsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Mixin
    StackOption stackOption;

    @Mixin
    OutputOptions output;

    @Option(names = "--show-secrets", description = "Print secret outputs in clear text.")
    boolean showSecrets;

    private final StackRunner runner;

    public OutputsCommand(StackRunner runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        Map<String, Object> values = Outputs.values(runner.outputs(global.projectDir(), stackOption.stack()), showSecrets);
        if (output.json()) {
            out.println(PlanJson.write(values));
        } else if (values.isEmpty()) {
            out.println("Stack " + stackOption.stack() + " has no outputs yet: `howler up " + stackOption.stack() + "` creates them.");
        } else {
            int width = values.keySet().stream().mapToInt(String::length).max().orElse(0);
            values.forEach((k, v) -> out.printf("%-" + width + "s  %s%n", k, v));
        }
        out.flush();
        return ExitCode.OK;
    }
}
