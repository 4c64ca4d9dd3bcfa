package app.sqlstudio.howler.turso.provider;

import java.util.Map;

/** Configure found required keys missing; carries key → description for the engine's "missing configuration" message. */
public final class MissingConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Map<String, String> missing;

    public MissingConfigException(Map<String, String> missing) {
        super("missing required configuration: " + String.join(", ", missing.keySet()));
        this.missing = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(missing));
    }

    /** Fully qualified key (e.g. {@code turso:apiToken}) → what it is and how to set it. */
    public Map<String, String> missing() {
        return missing;
    }
}
