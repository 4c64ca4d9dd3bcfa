package app.sqlstudio.howler.cli.render;

import app.sqlstudio.howler.stack.plan.Plan;
import app.sqlstudio.howler.stack.plan.PlannedResource;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * {@code --render-dir}: every Kubernetes object as its own YAML manifest ({@code <kind>-<namespace>-<name>.yaml}),
 * every Cloudflare and Turso resource as JSON, for review. Secret values stay {@code [secret]}, and values only known
 * after {@code up} (the records' address, the Turso URL) {@code [unknown]}: a manifest holds nothing made up.
 */
public final class ManifestWriter {

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .stringQuotingChecker(new QuoteWhatWouldReadAsAnotherType())
            .build());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ManifestWriter() {
    }

    public static List<Path> write(Plan plan, Path dir) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (PlannedResource r : plan.resources()) {
                if (r.isKubernetesObject()) {
                    Path file = dir.resolve(fileName(r.kind(), r.metadataNamespace(), r.metadataName()) + ".yaml");
                    YAML.writeValue(file.toFile(), manifest(r));
                    written.add(file);
                } else if (r.type().startsWith("cloudflare:") || r.type().startsWith("turso:")) {
                    String pkg = r.type().substring(0, r.type().indexOf(':'));
                    String kind = r.type().substring(r.type().lastIndexOf(':') + 1);
                    Path file = dir.resolve(pkg).resolve(fileName(kind, null, r.name()) + ".json");
                    Files.createDirectories(file.getParent());
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("type", r.type());
                    doc.put("name", r.name());
                    doc.put("urn", r.urn());
                    doc.put("protect", r.protect());
                    doc.put("inputs", r.inputs());
                    JSON.writeValue(file.toFile(), doc);
                    written.add(file);
                }
            }
        } catch (IOException e) {
            throw new app.sqlstudio.howler.cli.HowlerException(1, "Could not write manifests to " + dir + ": "
                    + e.getMessage() + ". Check the directory is writable, or pick another with --render-dir.", e);
        }
        return written;
    }

    /** apiVersion, kind, metadata first, then the rest, as people write manifests. */
    static Map<String, Object> manifest(PlannedResource r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("apiVersion", r.inputs().get("apiVersion"));
        m.put("kind", r.inputs().get("kind"));
        m.put("metadata", r.inputs().get("metadata"));
        r.inputs().forEach((k, v) -> {
            if (!m.containsKey(k)) {
                m.put(k, v);
            }
        });
        return m;
    }

    /**
     * MINIMIZE_QUOTES writes a string plain unless Jackson's own checks object, and those miss much of what a YAML 1.1
     * reader (kubectl, PyYAML, SnakeYAML) resolves to another type: {@code 2026-11-20} loads as a date, {@code 1:20}
     * as 80, {@code 0x1F} as 31. A string is quoted whenever SnakeYAML's YAML 1.1 resolver, the one Jackson writes
     * with, would not read it back as a string.
     */
    /** Quotes every string YAML would read as another type (numbers, booleans, null, dates): stack files use it too. */
    public static final class QuoteWhatWouldReadAsAnotherType extends StringQuotingChecker.Default {
        private static final Resolver RESOLVER = new Resolver();

        @Override
        public boolean needToQuoteName(String name) {
            return super.needToQuoteName(name) || readsAsAnotherType(name);
        }

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || readsAsAnotherType(value);
        }

        static boolean readsAsAnotherType(String s) {
            return !Tag.STR.equals(RESOLVER.resolve(NodeId.scalar, s, true));
        }
    }

    static String fileName(String kind, String namespace, String name) {
        String raw = kind.toLowerCase() + "-" + (namespace == null ? "" : namespace + "-") + name;
        return raw.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
