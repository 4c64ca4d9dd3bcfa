package app.sqlstudio.howler.cli.commands;

import app.sqlstudio.howler.cli.ExitCode;
import app.sqlstudio.howler.cli.render.PlanJson;
import app.sqlstudio.howler.cli.smoke.SmokeChecks;
import app.sqlstudio.howler.cli.support.GlobalOptions;
import app.sqlstudio.howler.cli.support.OutputOptions;
import app.sqlstudio.howler.cli.support.StackOption;
import app.sqlstudio.howler.cli.support.Targets;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code howler smoke STACK}: post-deploy checks against the live API. */
@Command(name = "smoke", mixinStandardHelpOptions = true,
        description = "Check a deployed stack from the outside: /health and /health/ready answer 200, TLS 1.2 or 1.3 is "
                + "negotiated, HSTS (≥ 180 days) and the security headers are sent, a throwaway user can sign up, log in, "
                + "read /api/auth/me and log out (the token is refused afterwards), and a CORS preflight from a foreign origin "
                + "is refused. The API is https://api.DOMAIN of the stack (howler:domain) unless --url. Exit 1 on any failure.",
        footerHeading = "%nExamples:%n",
        footer = {"  howler smoke prod", "  howler smoke pr-142 --json", "  howler smoke prod --url http://localhost:8500   # tls and hsts skipped"})
public final class SmokeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Mixin
    StackOption stackOption;

    @Mixin
    OutputOptions output;

    @Option(names = "--url", paramLabel = "URL", description = "Check this API base URL instead of the stack's.")
    String url;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10", description = "Timeout of each connection and request, in seconds (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        URI api = url != null ? Targets.url(url, "--url") : Targets.apiOf(global.projectDir(), stackOption.stack());
        List<SmokeChecks.Result> results = new SmokeChecks(api, Duration.ofSeconds(timeout)).run();
        long failed = results.stream().filter(SmokeChecks.Result::failed).count();
        if (output.json()) {
            out.println(PlanJson.write(Map.of("stack", stackOption.stack(), "url", api.toString(), "failed", failed, "checks", results)));
        } else {
            out.println("Smoke checks of " + stackOption.stack() + " at " + api + ":");
            results.forEach(r -> out.printf("  %-4s %-17s %s%n", r.outcome().toUpperCase(), r.check(), r.detail()));
            out.println(failed == 0 ? "All checks passed." : failed + " check(s) failed.");
        }
        out.flush();
        return failed == 0 ? ExitCode.OK : ExitCode.FAILURE;
    }
}
