package app.sqlstudio.howler.cli.support;

import com.pulumi.automation.OutputValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Stack outputs as printed: secret values masked unless asked for. */
public final class Outputs {

    public static final String MASK = "[secret]";

    private Outputs() {
    }

    public static Map<String, Object> values(Map<String, OutputValue> outputs, boolean showSecrets) {
        Map<String, Object> out = new LinkedHashMap<>();
        new TreeMap<>(outputs).forEach((k, v) -> out.put(k, v.isSecret() && !showSecrets ? MASK : v.value()));
        return out;
    }

    /** The URLs an operator opens after a deploy: every output whose value is an http(s) URL. */
    public static Map<String, String> urls(Map<String, OutputValue> outputs) {
        Map<String, String> out = new LinkedHashMap<>();
        new TreeMap<>(outputs).forEach((k, v) -> {
            if (!v.isSecret() && v.value() instanceof String s && s.matches("https?://.*")) {
                out.put(k, s);
            }
        });
        return out;
    }
}
