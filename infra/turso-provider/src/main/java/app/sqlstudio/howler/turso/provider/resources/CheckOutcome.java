package app.sqlstudio.howler.turso.provider.resources;

import com.google.protobuf.Struct;
import java.util.List;

/** The checked inputs (the user's values plus defaults) and every problem found in them. */
public record CheckOutcome(Struct inputs, List<CheckFailure> failures) {
}
