package app.sqlstudio.howler.stack.config;

import com.pulumi.core.Output;

/**
 * A configuration value that must never be printed: {@link #toString()} hides it, and {@link #output()} hands it to
 * resources as a Pulumi secret so it is encrypted in state and masked in every diff.
 */
public final class SecretValue {

    private final String value;

    public SecretValue(String value) {
        this.value = value;
    }

    public Output<String> output() {
        return Output.ofSecret(value);
    }

    /** The plain value, for validation only. */
    String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "[secret]";
    }
}
