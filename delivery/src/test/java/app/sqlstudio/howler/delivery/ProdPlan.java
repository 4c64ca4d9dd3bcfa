package app.sqlstudio.howler.delivery;

import app.sqlstudio.howler.cli.Howler;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** `howler plan prod --format json` of this repository, run in-process once per test JVM. */
final class ProdPlan {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    private static String json;

    private ProdPlan() { }

    static synchronized String json() {
        if (json == null) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = Howler.run(new String[] {"plan", "prod", "--format", "json", "--cwd", Repo.root().toString()},
                    new PrintWriter(out, true), new PrintWriter(err, true), CLOCK);
            if (exit != 0) throw new AssertionError("howler plan prod exited " + exit + ":\n" + err);
            json = out.toString();
        }
        return json;
    }

    static JsonNode tree() {
        try {
            return Repo.JSON.readTree(json());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
