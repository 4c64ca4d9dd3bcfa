package app.sqlstudio.howler.turso.provider.api;

import java.util.Optional;

/** Create a database as a copy of {@code sourceDatabase}, as it was at {@code timestamp} when given (PITR). */
public record DatabaseSeed(String sourceDatabase, Optional<String> timestamp) {
}
