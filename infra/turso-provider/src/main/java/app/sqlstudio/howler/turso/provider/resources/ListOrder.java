package app.sqlstudio.howler.turso.provider.resources;

import java.util.ArrayList;
import java.util.List;

/** Orders what Turso reports like the user wrote it, so state and inputs read the same way. */
final class ListOrder {
    private ListOrder() {
    }

    static List<String> like(List<String> actual, List<String> preferred) {
        var out = new ArrayList<String>();
        preferred.stream().filter(actual::contains).distinct().forEach(out::add);
        actual.stream().filter(a -> !out.contains(a)).forEach(out::add);
        return List.copyOf(out);
    }
}
