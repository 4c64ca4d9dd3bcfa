package app.sqlstudio.howler.cli.commands;

import app.sqlstudio.howler.cli.ExitCode;
import app.sqlstudio.howler.cli.HowlerException;
import app.sqlstudio.howler.cli.engine.Progress;
import app.sqlstudio.howler.cli.engine.StackRunner;
import app.sqlstudio.howler.cli.support.Confirm;
import app.sqlstudio.howler.cli.support.Env;
import app.sqlstudio.howler.cli.support.GlobalOptions;
import app.sqlstudio.howler.cli.support.PolicyGate;
import app.sqlstudio.howler.cli.support.Protection;
import app.sqlstudio.howler.cli.support.StackOption;
import app.sqlstudio.howler.cli.turso.TursoPlatform;
import app.sqlstudio.howler.stack.plan.PlannedResource;
import app.sqlstudio.howler.stack.plan.StackFile;
import com.pulumi.automation.ConfigValue;
import com.pulumi.automation.OutputValue;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code howler db restore STACK --at TIME}: point-in-time recovery into a new database, checked, then switched. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Disaster recovery of STACK's Turso database: creates a NEW database seeded from the stack's database "
                + "as it was at --at (Turso point-in-time recovery; the current database is not touched), checks it (schema "
                + "version from schema_migrations and the row count of every table, beside the current database's), then "
                + "points the stack at it (howler:tursoDatabaseName, howler:tursoRestoredFrom in Pulumi.STACK.yaml). "
                + "`howler up STACK` then switches the app: the program imports the new database, moves the token and the app's "
                + "Secret to it, and keeps the old one declared and protected until `--finalize`, which lifts its protection "
                + "and lets Pulumi delete it (two updates of that one resource).",
                "Needs TURSO_API_TOKEN (an organization token: `turso auth api-tokens mint howler`). See infra/cli/README.md, "
                + "\"Runbooks\"."},
        footerHeading = "%nExamples:%n",
        footer = {"  howler db restore prod --at 2026-11-25T09:30:00Z --confirm prod",
                "  howler up prod --yes && howler smoke prod",
                "  howler db restore prod --finalize --confirm prod"})
public final class DbRestoreCommand implements Callable<Integer> {

    static final String DATABASE_NAME = "howler:tursoDatabaseName";
    static final String RESTORED_FROM = "howler:tursoRestoredFrom";
    static final String FINALIZE = "howler:tursoFinalizeRestore";
    static final String DATABASE_TYPE = "turso:index:Database";
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ZoneOffset.UTC);

    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Mixin
    StackOption stackOption;

    @Option(names = "--at", paramLabel = "TIME", description = "Point in time to restore, UTC, e.g. 2026-11-25T09:30:00Z.")
    String at;

    @Option(names = "--finalize", description = "Delete the database the last restore replaced, through Pulumi (after `howler up` "
            + "switched the app away from it): one update lifts its protection, a second deletes it.")
    boolean finalize;

    @Option(names = {"-y", "--yes"}, description = "Do not ask (unprotected stacks only).")
    boolean yes;

    @Option(names = "--confirm", paramLabel = "STACK", description = "Confirm acting on a protected stack by naming it.")
    String confirm;

    private final PolicyGate gate;
    private final StackRunner runner;
    private final Env env;
    private final Clock clock;

    public DbRestoreCommand(PolicyGate gate, StackRunner runner, Env env, Clock clock) {
        this.gate = gate;
        this.runner = runner;
        this.env = env;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        String stack = stackOption.stack();
        var dir = global.projectDir();
        Map<String, String> config = StackFile.load(dir, stack).values();
        String org = require(config, "turso:organization", stack);
        String current = require(config, "howler:tursoDatabaseName", stack);
        String group = config.getOrDefault("howler:tursoSharedGroup", config.get("howler:tursoGroup"));

        if (finalize) {
            return finalizeRestore(dir, stack, config, current);
        }
        String pending = config.get(RESTORED_FROM);
        if (pending != null && !pending.isBlank()) {
            throw new HowlerException(ExitCode.USAGE, "A restore of stack " + stack + " is pending: it runs on " + current
                    + " and still keeps " + pending + " (" + RESTORED_FROM + "). Finish it first: `howler up " + stack
                    + "`, then `howler db restore " + stack + " --finalize`; restore again after that.");
        }
        if (at == null) {
            throw new HowlerException(ExitCode.USAGE, "Missing --at TIME: the point in time to restore, e.g. --at 2026-11-25T09:30:00Z "
                    + "(or --finalize to delete the database a restore replaced).");
        }
        Instant when;
        try {
            when = Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw new HowlerException(ExitCode.USAGE, "--at '" + at + "' is not a UTC instant: write it like 2026-11-25T09:30:00Z.");
        }
        if (!when.isBefore(clock.instant())) {
            throw new HowlerException(ExitCode.USAGE, "--at " + at + " is not in the past (now " + clock.instant() + ").");
        }
        if (group == null) {
            throw new HowlerException(ExitCode.USAGE, "Pulumi." + stack + ".yaml names no Turso group (howler:tursoGroup or howler:tursoSharedGroup).");
        }
        String token = env.get("TURSO_API_TOKEN").orElseThrow(() -> new HowlerException(ExitCode.USAGE,
                "TURSO_API_TOKEN is not set: mint an organization token with `turso auth api-tokens mint howler` and export it."));
        TursoPlatform turso = new TursoPlatform(URI.create(env.get("HOWLER_TURSO_API_URL").orElse(TursoPlatform.DEFAULT_API)), token, org);
        String base = current.replaceAll("-r[0-9]{8}-[0-9]{4}$", "");
        String restored = (base + "-r" + SUFFIX.format(when));
        if (restored.length() > 64) {
            restored = base.substring(0, 64 - 15) + "-r" + SUFFIX.format(when);
        }
        String question = "Create database " + restored + " from " + current + " as of " + when + " and point stack " + stack + " at it?";
        boolean protectedStack = Protection.isProtected(dir, stack);
        if (protectedStack) {
            Confirm.typed(env, global, err, question, stack, confirm, "--confirm");
        } else if (!yes && confirm == null) {
            Confirm.yes(env, global, err, question, "--yes");
        }

        TursoPlatform.Database source = turso.database(current);
        out.println("Restoring " + current + " as of " + when + " into " + restored + " (group " + group + ")…");
        out.flush();
        TursoPlatform.Database created = turso.createFromPointInTime(restored, group, current, when);
        String host = created.hostname() != null ? created.hostname() : turso.database(restored).hostname();

        String newJwt = turso.readOnlyToken(restored);
        String oldJwt = turso.readOnlyToken(current);
        List<String> newTables = turso.tables(host, newJwt);
        List<String> oldTables = turso.tables(source.hostname(), oldJwt);
        Long newVersion = turso.schemaVersion(host, newJwt, newTables);
        Long oldVersion = turso.schemaVersion(source.hostname(), oldJwt, oldTables);
        Map<String, Long> newCounts = turso.tableCounts(host, newJwt, newTables);
        Map<String, Long> oldCounts = turso.tableCounts(source.hostname(), oldJwt, oldTables);

        out.printf("  %-28s %14s %14s%n", "", "restored", "current");
        out.printf("  %-28s %14s %14s%n", "schema version", newVersion, oldVersion);
        TreeSet<String> all = new TreeSet<>(newCounts.keySet());
        all.addAll(oldCounts.keySet());
        for (String t : all) {
            out.printf("  %-28s %14s %14s%n", t, newCounts.getOrDefault(t, null), oldCounts.getOrDefault(t, null));
        }
        String problem = null;
        if (newTables.isEmpty() || newVersion == null) {
            problem = "it has no schema_migrations (no schema at that time?)";
        } else if (oldVersion != null && newVersion > oldVersion) {
            problem = "its schema version " + newVersion + " is newer than the current " + oldVersion;
        } else if (oldVersion != null && newVersion.equals(oldVersion) && !newCounts.keySet().containsAll(oldCounts.keySet())) {
            problem = "tables of the current schema are missing";
        }
        if (problem != null) {
            throw new HowlerException(ExitCode.FAILURE, "The restored database " + restored + " failed its check: " + problem
                    + ". Stack " + stack + " was NOT switched; the database is kept for inspection (`turso db shell " + restored
                    + "`) — delete it with `turso db destroy " + restored + "` and try another --at.");
        }
        // The program declares the database of a protected stack with deleteProtection: true and adopts the restored one
        // by import, which only succeeds when the inputs match what Turso reports; and a database that will serve prod
        // should be protected from the start anyway. After the check, so a failed restore stays easy to destroy.
        if (Boolean.parseBoolean(config.get("howler:protect"))) {
            turso.protect(restored);
        }
        runner.setConfig(dir, stack, DATABASE_NAME, new ConfigValue(restored, false));
        runner.setConfig(dir, stack, RESTORED_FROM, new ConfigValue(current, false));
        out.println("Check passed. Pulumi." + stack + ".yaml now names " + restored + " (the previous database " + current + " is kept).");
        out.println("Next: commit Pulumi." + stack + ".yaml; `howler up " + stack + "` imports " + restored + " and switches the app "
                + "to it (new token, Secret, rollout), then `howler smoke " + stack + "`; when satisfied, `howler db restore " + stack
                + " --finalize` deletes " + current + ".");
        out.flush();
        return ExitCode.OK;
    }

    /**
     * Deletes the replaced database through Pulumi, since it is a resource of the stack (deleting it behind Pulumi's
     * back would leave it in the state, and Turso refuses anyway while its delete protection is on). It is protected
     * twice, by Pulumi's {@code protect} and by Turso's delete protection, and only an update can lift Turso's
     * ({@code pulumi state unprotect} would lift Pulumi's alone). So: one update with {@value #FINALIZE} set, in which
     * the program declares it unprotected on both counts; then both keys removed and a second update, in which the
     * program no longer declares it and the engine deletes it. Both updates target that one database (its URN from
     * the offline plan), so finalizing never deploys anything else pending in the stack file.
     */
    private int finalizeRestore(java.nio.file.Path dir, String stack, Map<String, String> config, String current) {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        String old = config.get(RESTORED_FROM);
        if (old == null || old.isBlank()) {
            throw new HowlerException(ExitCode.USAGE, "Nothing to finalize: Pulumi." + stack + ".yaml has no " + RESTORED_FROM
                    + " (no restore is pending).");
        }
        if (old.equals(current)) {
            throw new HowlerException(ExitCode.USAGE, "Stack " + stack + " still uses " + old + ": refusing to delete it.");
        }
        Object deployedUrl = Optional.ofNullable(runner.outputs(dir, stack).get("tursoDatabaseUrl"))
                .map(OutputValue::value).orElse(null);
        if (!(deployedUrl instanceof String url) || !url.contains("://" + current + "-")) {
            throw new HowlerException(ExitCode.USAGE, "Stack " + stack + " has not been switched to " + current + " yet (its "
                    + "tursoDatabaseUrl output is " + deployedUrl + "): run `howler up " + stack + "` and `howler smoke " + stack
                    + "` first; " + old + " is kept until then.");
        }
        String question = "Delete database " + old + " (replaced by " + current + ", which stack " + stack + " now runs on)?";
        if (Protection.isProtected(dir, stack)) {
            Confirm.typed(env, global, err, question, stack, confirm, "--confirm");
        } else if (!yes && confirm == null) {
            Confirm.yes(env, global, err, question, "--yes");
        }
        var engineOutput = global.verbose() ? err : null;

        PlannedResource declared = gate.check(dir, stack, Map.of(FINALIZE, "true"), err).plan()
                .where(r -> r.type().equals(DATABASE_TYPE) && old.equals(r.inputs().get("name"))).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("the program does not declare " + old + " while " + RESTORED_FROM + " is set"));
        List<String> target = List.of(declared.urn());
        // An unprotected stack declares its databases unprotected already: one update is enough.
        boolean wasProtected = Boolean.parseBoolean(config.get("howler:protect"));
        if (wasProtected) {
            out.println("Lifting the protection of " + old + " (Pulumi protect and Turso delete protection)…");
            out.flush();
            runner.setConfig(dir, stack, FINALIZE, new ConfigValue("true", false));
            runner.up(dir, stack, new Progress(out, Progress.Mode.PERFORMED, false, 1, System::nanoTime), target, false, engineOutput);
        }

        gate.check(dir, stack, Map.of(), Set.of(RESTORED_FROM, FINALIZE), err);
        runner.removeConfig(dir, stack, RESTORED_FROM);
        if (wasProtected || config.containsKey(FINALIZE)) {
            runner.removeConfig(dir, stack, FINALIZE);
        }
        out.println("Deleting " + old + "…");
        out.flush();
        try {
            runner.up(dir, stack, new Progress(out, Progress.Mode.PERFORMED, false, 1, System::nanoTime), target, false, engineOutput);
        } catch (HowlerException e) {
            throw new HowlerException(e.exitCode(), e.getMessage() + "\n" + old + " is no longer declared and no longer protected: "
                    + "the next `howler up " + stack + "` deletes it, or retry now with `howler up " + stack + " --target '"
                    + StackRunner.engineUrn(declared.urn()) + "'`.", e);
        }
        out.println("Deleted " + old + "; stack " + stack + " runs on " + current + ". Commit Pulumi." + stack + ".yaml.");
        out.flush();
        return ExitCode.OK;
    }

    private static String require(Map<String, String> config, String key, String stack) {
        String v = config.get(key);
        if (v == null || v.isBlank()) {
            throw new HowlerException(ExitCode.USAGE, "Pulumi." + stack + ".yaml has no " + key + ": set it (see infra/stack/README.md).");
        }
        return v;
    }
}
