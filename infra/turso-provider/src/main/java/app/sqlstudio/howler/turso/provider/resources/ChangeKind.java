package app.sqlstudio.howler.turso.provider.resources;

/** What a change to an input costs: an in-place update, or a new object. */
public enum ChangeKind { UPDATE, REPLACE }
