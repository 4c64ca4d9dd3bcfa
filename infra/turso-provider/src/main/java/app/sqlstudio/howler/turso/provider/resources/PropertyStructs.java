package app.sqlstudio.howler.turso.provider.resources;

import app.sqlstudio.howler.turso.provider.wire.Properties;
import app.sqlstudio.howler.turso.provider.wire.PropertyWire;
import com.google.protobuf.Value;
import java.util.Optional;

/** Reads a nested object even while some of its fields are unknown, which {@link Properties#object} refuses. */
final class PropertyStructs {
    private PropertyStructs() {
    }

    static boolean isObject(Value v) {
        return !PropertyWire.isUnknown(v) && PropertyWire.reveal(v).hasStructValue();
    }

    /** The nested object with its own wrappers kept (a secret inside stays secret). */
    static Optional<Properties> object(Properties parent, String key) {
        return parent.raw(key).filter(PropertyStructs::isObject).map(v -> {
            var unwrapped = v;
            while (PropertyWire.isSecret(unwrapped) && unwrapped.hasStructValue()) {
                unwrapped = unwrapped.getStructValue().getFieldsOrDefault("value", PropertyWire.nullValue());
            }
            return Properties.of(unwrapped.getStructValue());
        });
    }
}
