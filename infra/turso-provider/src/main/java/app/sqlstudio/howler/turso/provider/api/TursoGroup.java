package app.sqlstudio.howler.turso.provider.api;

import java.util.List;

/** A group as Turso reports it: {@code locations} lists every location, the primary included. */
public record TursoGroup(String name, String uuid, String primary, List<String> locations) {
    /** The locations other than the primary, in Turso's order. */
    public List<String> replicas() {
        return locations.stream().filter(l -> !l.equals(primary)).distinct().toList();
    }
}
