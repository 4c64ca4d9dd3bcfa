package app.sqlstudio.howler.cli.commands;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code howler completion}: a bash/zsh completion script for every command and option. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Print a bash (and zsh, via bashcompinit) completion script for howler.",
        footerHeading = "%nExamples:%n",
        footer = {"  source <(howler completion)",
                "  howler completion > /etc/bash_completion.d/howler",
                "  # zsh: autoload -U +X bashcompinit && bashcompinit; source <(howler completion)"})
public final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var root = spec.commandLine().getParent();
        String script = AutoComplete.bash(root.getCommandName(), root);
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
