package app.sqlstudio.howler.turso.provider.resources;

/** One invalid input: the property path and what is wrong with it, worded for the person who wrote the program. */
public record CheckFailure(String property, String reason) {
}
