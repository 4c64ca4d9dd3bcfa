package app.sqlstudio.howler.turso.provider.resources;

import com.google.protobuf.Struct;

/** The live outputs of an object that still exists, and the inputs that would produce it (for import). */
public record ReadOutcome(String id, Struct outputs, Struct inputs) {
}
