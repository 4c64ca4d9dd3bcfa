package app.sqlstudio.howler.cli.commands;

import picocli.CommandLine.Command;

/** {@code howler stack}: the lifecycle of stacks (init, ls, rm, gc). */
@Command(name = "stack", mixinStandardHelpOptions = true,
        description = "Create, list, remove and garbage-collect stacks. Ephemeral stacks (dev-NAME, pr-NUMBER) get a generated "
                + "config with an expiry that `howler stack gc` enforces.",
        footerHeading = "%nExamples:%n",
        footer = {"  howler stack init dev-alice --ephemeral --ttl 8h", "  howler stack init pr-142 --ephemeral --ttl 48h",
                "  howler stack ls", "  howler stack rm dev-alice", "  howler stack gc"})
public final class StackCommand {
}
