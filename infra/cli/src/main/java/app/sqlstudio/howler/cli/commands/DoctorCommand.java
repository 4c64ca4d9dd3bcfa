package app.sqlstudio.howler.cli.commands;

import app.sqlstudio.howler.cli.ExitCode;
import app.sqlstudio.howler.cli.doctor.Doctor;
import app.sqlstudio.howler.cli.render.PlanJson;
import app.sqlstudio.howler.cli.support.GlobalOptions;
import app.sqlstudio.howler.cli.support.OutputOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code howler doctor}: is this machine ready to run up and preview? */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Check what the engine commands need: the pulumi CLI (found, and new enough for the Automation API), "
                + "Java, credentials for GCP, Cloudflare and Turso, and the Pulumi backend login. One line per check; a "
                + "failed check names the variable or command that fixes it. Exit 1 when any check fails.",
        footerHeading = "%nExamples:%n", footer = {"  howler doctor", "  howler doctor --stack pr-142 --json"})
public final class DoctorCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Mixin
    OutputOptions output;

    @Option(names = "--stack", paramLabel = "STACK", defaultValue = "prod", description = "Stack whose secrets count as credentials (default: ${DEFAULT-VALUE}).")
    String stack;

    private final Doctor doctor;

    public DoctorCommand(Doctor doctor) {
        this.doctor = doctor;
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        List<Doctor.Check> checks = doctor.run(global.projectDir(), stack);
        boolean ok = checks.stream().allMatch(Doctor.Check::ok);
        if (output.json()) {
            List<Map<String, Object>> rows = checks.stream().map(c -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("check", c.name());
                m.put("ok", c.ok());
                m.put("found", c.found());
                m.put("fix", c.fix());
                return m;
            }).toList();
            out.println(PlanJson.write(Map.of("ok", ok, "checks", rows)));
        } else {
            for (Doctor.Check c : checks) {
                out.printf("%s %-22s %s%s%n", c.ok() ? "ok  " : "FAIL", c.name(), c.found(), c.ok() ? "" : "\n       fix: " + c.fix());
            }
            out.println(ok ? "Ready: every check passed." : "Not ready: fix the checks marked FAIL and run `howler doctor` again.");
        }
        out.flush();
        return ok ? ExitCode.OK : ExitCode.FAILURE;
    }
}
