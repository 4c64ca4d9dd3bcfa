package app.sqlstudio.howler.cli.commands;

import app.sqlstudio.howler.cli.ExitCode;
import app.sqlstudio.howler.cli.HowlerException;
import app.sqlstudio.howler.cli.support.Unreachable;
import app.sqlstudio.howler.cli.load.LoadTest;
import app.sqlstudio.howler.cli.render.PlanJson;
import app.sqlstudio.howler.cli.stacks.Ttl;
import app.sqlstudio.howler.cli.support.GlobalOptions;
import app.sqlstudio.howler.cli.support.OutputOptions;
import app.sqlstudio.howler.cli.support.Protection;
import app.sqlstudio.howler.cli.support.Targets;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code howler load STACK|URL}: the seed's pre-production load test, bounded in requests and time. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"The seed's pre-production load test against the API of TARGET (a stack, whose API is https://api.DOMAIN, "
                + "or an explicit http(s) URL; there is no default target): ramps linearly to --rps over --ramp, holds it "
                + "until --duration, and reports requests, errors, p50/p95/p99 per endpoint (/health, /health/ready, "
                + "/api/auth/me as a throwaway user) against the seed's targets: API p95 < 200 ms, errors < 1 %%.",
                "Bounded: it stops at --duration (at most 2h) or --max-requests, whichever comes first; redirects are never "
                + "followed; 429s (the API's per-user rate limit) are counted apart from errors. A protected stack (prod) "
                + "also needs --confirm STACK. Exit 1 when a target is missed."},
        footerHeading = "%nExamples:%n",
        footer = {"  howler load pr-142 --rps 1000 --duration 30m --ramp 5m   # the seed's test", "  howler load https://api.pr-142.dev.sql-studio.app --rps 50 --duration 1m --ramp 10s"})
public final class LoadCommand implements Callable<Integer> {

    private static final Pattern URL = Pattern.compile("^https?://.*");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "STACK|URL", description = "What to load: a stack name or an explicit API base URL.")
    String target;

    @Option(names = "--rps", defaultValue = "1000", description = "Target requests per second (1..5000, default: ${DEFAULT-VALUE}).")
    int rps;

    @Option(names = "--duration", defaultValue = "30m", description = "Total time including the ramp (default: ${DEFAULT-VALUE}, at most 2h).")
    String duration;

    @Option(names = "--ramp", defaultValue = "5m", description = "Time to reach --rps (default: ${DEFAULT-VALUE}).")
    String ramp;

    @Option(names = "--max-requests", paramLabel = "N", description = "Stop after N requests (default: what rate and duration need, at most 10 000 000).")
    Long maxRequests;

    @Option(names = "--connections", defaultValue = "512", description = "Most requests in flight (default: ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--confirm", paramLabel = "STACK", description = "Required to load a protected stack: its name.")
    String confirm;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        URI api;
        String label;
        if (URL.matcher(target).matches()) {
            api = Targets.url(target, "TARGET");
            label = api.toString();
        } else {
            if (Protection.isProtected(global.projectDir(), target) && !target.equals(confirm)) {
                throw new HowlerException(ExitCode.USAGE, "Stack " + target + " is protected: loading it at " + rps + " req/s affects "
                        + "real users. Pass --confirm " + target + " if that is what you mean.");
            }
            api = Targets.apiOf(global.projectDir(), target);
            label = target + " (" + api + ")";
        }
        Duration total = duration(duration, "--duration");
        Duration up = ramp.equals("0") || ramp.equals("0s") ? Duration.ZERO : duration(ramp, "--ramp");
        if (total.compareTo(Duration.ofHours(2)) > 0) {
            throw new HowlerException(ExitCode.USAGE, "--duration " + duration + " is over the 2h bound: run several tests instead.");
        }
        if (up.compareTo(total) > 0) {
            throw new HowlerException(ExitCode.USAGE, "--ramp " + ramp + " is longer than --duration " + duration + ": shorten the ramp.");
        }
        if (rps < 1 || rps > 5000) {
            throw new HowlerException(ExitCode.USAGE, "--rps " + rps + " is outside 1..5000.");
        }
        long needed = (long) Math.ceil(LoadTest.due(total.toMillis() / 1000.0, rps, up.toMillis() / 1000.0));
        long cap = Math.min(maxRequests == null ? needed : maxRequests, 10_000_000L);
        var text = output.json() ? err : out;
        text.println("Load test of " + label + ": ramp to " + rps + " req/s over " + Ttl.human(up) + ", hold until "
                + Ttl.human(total) + ", at most " + cap + " requests.");
        List<LoadTest.Endpoint> endpoints;
        try {
            endpoints = endpoints(api);
        } catch (java.io.IOException e) {
            throw new HowlerException(ExitCode.FAILURE, "Load test of " + label + " not started: "
                    + Unreachable.describe(api, e) + ". Check the URL (or the stack's howler:domain) and that the service is up.", e);
        }
        LoadTest.Report report = new LoadTest(endpoints, rps, total, up, cap, connections, System::nanoTime).run(text);
        if (output.json()) {
            out.println(PlanJson.write(Map.of("target", api.toString(), "report", report,
                    "targets", Map.of("p95Ms", LoadTest.TARGET_P95_MS, "errorRate", LoadTest.TARGET_ERROR_RATE))));
        } else {
            out.printf("%-16s %9s %8s %7s %9s %9s %9s  %s%n", "ENDPOINT", "REQUESTS", "ERRORS", "429", "P50 MS", "P95 MS", "P99 MS", "P95 < 200 MS");
            for (LoadTest.EndpointReport e : report.endpoints()) {
                out.printf("%-16s %9d %7.2f%% %7d %9.1f %9.1f %9.1f  %s%n", e.endpoint(), e.requests(), e.errorRate() * 100,
                        e.rateLimited(), e.p50Ms(), e.p95Ms(), e.p99Ms(), e.meetsP95() ? "yes" : "NO");
            }
            out.printf("%d requests in %.1fs (%.0f req/s achieved), %d dropped at the client's in-flight cap; errors %.2f%%, p95 %.1f ms.%n",
                    report.requests(), report.seconds(), report.achievedRps(), report.dropped(), report.errorRate() * 100, report.p95Ms());
            out.println(report.meetsTargets() ? "Meets the seed's targets (p95 < 200 ms, errors < 1%)."
                    : "MISSES the seed's targets (p95 < 200 ms, errors < 1%).");
        }
        out.flush();
        return report.meetsTargets() ? ExitCode.OK : ExitCode.FAILURE;
    }

    private static Duration duration(String text, String option) {
        try {
            if (text.matches("^[0-9]+s$")) {
                return Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
            }
            return Ttl.parseUnbounded(text);
        } catch (HowlerException e) {
            throw new HowlerException(ExitCode.USAGE, option + " '" + text + "' is not a duration: use 30s, 5m, 1h.");
        }
    }

    /** The endpoints, with a throwaway user for the authenticated one (skipped if signup is refused). */
    private List<LoadTest.Endpoint> endpoints(URI api) throws Exception {
        List<LoadTest.Endpoint> list = new ArrayList<>();
        list.add(new LoadTest.Endpoint("/health", HttpRequest.newBuilder(api.resolve("/health")).timeout(Duration.ofSeconds(10)).build()));
        list.add(new LoadTest.Endpoint("/health/ready", HttpRequest.newBuilder(api.resolve("/health/ready")).timeout(Duration.ofSeconds(10)).build()));
        String user = "load_" + Long.toHexString(System.nanoTime());
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> signup = client.send(HttpRequest.newBuilder(api.resolve("/api/auth/signup"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(15))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("username", user,
                        "email", user + "@load.sql-studio.app", "password", "Load-" + user + "-pw"))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (signup.statusCode() == 201) {
            String token = JSON.readTree(signup.body()).path("token").asText();
            list.add(new LoadTest.Endpoint("/api/auth/me", HttpRequest.newBuilder(api.resolve("/api/auth/me"))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).build()));
        } else {
            spec.commandLine().getErr().println("note: signup of the load user was refused (" + signup.statusCode()
                    + "); /api/auth/me is left out.");
        }
        return list;
    }
}
