package app.sqlstudio.howler.turso.provider.api;

import java.util.Optional;

/** What a database is created with; everything else is set through its configuration afterwards. */
public record NewDatabase(String name, String group, Optional<String> sizeLimit, Optional<DatabaseSeed> seed) {
}
