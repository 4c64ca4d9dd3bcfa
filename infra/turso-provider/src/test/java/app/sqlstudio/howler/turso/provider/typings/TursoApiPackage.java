package app.sqlstudio.howler.turso.provider.typings;

import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The official Turso Platform API client for TypeScript, {@code @tursodatabase/api}, at the version and integrity
 * pinned in the root pom (system properties {@code tursodatabase.api.version} and {@code tursodatabase.api.integrity}).
 * Fetched once with {@code npm pack} into {@code target/tursodatabase-api/} (npm keeps its own cache too), checked
 * against the pinned SHA-512, and read straight from the tarball: the published declarations
 * ({@code dist/index.d.ts}) and the TypeScript sources its source map carries ({@code dist/index.js.map}), which
 * declare the wire shapes the client maps from ({@code ApiDatabaseResponse}...) and hold its requests.
 *
 * <p>Without npm the check cannot run: under CI ({@code CI=true}) that is a failure naming the fix, elsewhere the
 * test is reported as skipped with the reason.
 */
public final class TursoApiPackage {
    public static final String NAME = "@tursodatabase/api";

    public final String version;
    /** {@code dist/index.d.ts}. */
    public final String declarations;
    /** The TypeScript sources of the client, by file name ({@code src/database.ts}...). */
    public final Map<String, String> sources;

    private TursoApiPackage(String version, String declarations, Map<String, String> sources) {
        this.version = version;
        this.declarations = declarations;
        this.sources = sources;
    }

    /** Every declaration of the package: the {@code .d.ts} and the interfaces of its sources. */
    public TsDeclarations parse() {
        var d = new TsDeclarations().parse("index.d.ts", declarations, true);
        sources.forEach((file, text) -> d.parse(file, text, false));
        return d;
    }

    /** The package for this build, fetched when {@code target/} does not have it yet. */
    public static TursoApiPackage load(Path moduleDir) {
        var version = property("tursodatabase.api.version");
        var integrity = property("tursodatabase.api.integrity");
        var dir = moduleDir.resolve("target/tursodatabase-api");
        var tarball = dir.resolve("tursodatabase-api-" + version + ".tgz");
        try {
            if (!Files.isRegularFile(tarball)) {
                Files.createDirectories(dir);
                npmPack(version, dir, tarball);
            }
            var bytes = Files.readAllBytes(tarball);
            var actual = "sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(bytes));
            if (!actual.equals(integrity)) {
                Files.delete(tarball);
                Assertions.fail(NAME + "@" + version + " from npm has integrity " + actual + ", but the root pom pins " + integrity
                        + ": the registry served different bytes for the same version. Check the package and update "
                        + "tursodatabase-api.integrity only if the change is understood.");
            }
            var files = untar(bytes);
            var dts = files.get("package/dist/index.d.ts");
            var map = files.get("package/dist/index.js.map");
            if (dts == null || map == null) {
                Assertions.fail(NAME + "@" + version + " has no dist/index.d.ts or dist/index.js.map; it contains " + files.keySet());
            }
            var sourceMap = JsonParser.parseString(map).getAsJsonObject();
            var names = sourceMap.getAsJsonArray("sources");
            var contents = sourceMap.getAsJsonArray("sourcesContent");
            var sources = new LinkedHashMap<String, String>();
            for (int i = 0; i < names.size(); i++) {
                sources.put(names.get(i).getAsString().replaceFirst("^(\\.\\./)+", ""), contents.get(i).getAsString());
            }
            return new TursoApiPackage(version, dts, sources);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot read " + tarball + ": " + e.getMessage(), e);
        }
    }

    private static String property(String name) {
        var v = System.getProperty(name);
        if (v == null || v.isBlank()) {
            Assertions.fail("system property " + name + " is not set: run the tests through Maven (the module's surefire "
                    + "configuration passes it from the root pom)");
        }
        return v;
    }

    private static void npmPack(String version, Path dir, Path tarball) throws IOException {
        var command = new String[] {"npm", "pack", NAME + "@" + version, "--pack-destination", dir.toString(), "--prefer-offline",
            "--silent"};
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            cannotRun("npm is not installed (" + e.getMessage() + "): the typings of " + NAME + "@" + version
                    + " come from the npm registry. Install Node.js with npm (Debian: apt-get install -y npm)");
            return;
        }
        try {
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                cannotRun("npm pack " + NAME + "@" + version + " did not finish within 180 s (registry unreachable?)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted while fetching " + NAME, e);
        }
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.exitValue() != 0 || !Files.isRegularFile(tarball)) {
            cannotRun("npm pack " + NAME + "@" + version + " failed (exit " + process.exitValue() + "): " + output);
        }
    }

    /** Under CI a check that cannot run is a failure; elsewhere it is skipped, saying why. */
    private static void cannotRun(String why) {
        var ci = System.getenv("CI");
        if (ci != null && !ci.equalsIgnoreCase("false") && !ci.equals("0")) {
            Assertions.fail("CI=true and the typings check cannot run: " + why);
        }
        Assumptions.abort("the typings check cannot run here: " + why);
    }

    /** The regular files of a gzipped tar, by path (ustar headers; the package is small). */
    static Map<String, String> untar(byte[] tgz) throws IOException {
        byte[] tar;
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(tgz))) {
            tar = in.readAllBytes();
        }
        var files = new LinkedHashMap<String, String>();
        int pos = 0;
        while (pos + 512 <= tar.length && tar[pos] != 0) {
            var name = field(tar, pos, 100);
            var prefix = field(tar, pos + 345, 155);
            long size = Long.parseLong(field(tar, pos + 124, 12).trim().isEmpty() ? "0" : field(tar, pos + 124, 12).trim(), 8);
            char type = (char) tar[pos + 156];
            pos += 512;
            if (type == '0' || type == 0) {
                var out = new ByteArrayOutputStream();
                out.write(tar, pos, (int) size);
                files.put(prefix.isEmpty() ? name : prefix + "/" + name, out.toString(StandardCharsets.UTF_8));
            }
            pos += (int) ((size + 511) / 512 * 512);
        }
        return files;
    }

    private static String field(byte[] b, int off, int len) {
        int end = off;
        while (end < off + len && b[end] != 0) {
            end++;
        }
        return new String(b, off, end - off, StandardCharsets.US_ASCII);
    }
}
