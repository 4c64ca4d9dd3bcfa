package app.sqlstudio.howler.cli.support;

import picocli.CommandLine.Option;

/** {@code --json}: exactly one JSON document on stdout, everything else on stderr. */
public final class OutputOptions {

    @Option(names = "--json", description = "Print one JSON document on stdout instead of text.")
    boolean json;

    public boolean json() {
        return json;
    }
}
