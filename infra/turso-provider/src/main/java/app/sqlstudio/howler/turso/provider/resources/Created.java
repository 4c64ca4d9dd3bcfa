package app.sqlstudio.howler.turso.provider.resources;

import com.google.protobuf.Struct;

/** The id Pulumi keeps for a new object and its outputs. */
public record Created(String id, Struct outputs) {
}
