package app.sqlstudio.howler.service.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses Go-style durations as the original accepted them: {@code 24h}, {@code 1h30m}, {@code 500ms}, {@code 7d}. */
public final class Durations {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)");

    private Durations() {
    }

    public static Duration parse(String text) {
        String s = text.strip();
        if (s.isEmpty()) throw new IllegalArgumentException("empty duration");
        Matcher m = PART.matcher(s);
        int pos = 0;
        double millis = 0;
        while (m.find()) {
            if (m.start() != pos) throw new IllegalArgumentException("invalid duration: " + text);
            double n = Double.parseDouble(m.group(1));
            millis += switch (m.group(2)) {
                case "ms" -> n;
                case "s" -> n * 1_000;
                case "m" -> n * 60_000;
                case "h" -> n * 3_600_000;
                default -> n * 86_400_000;
            };
            pos = m.end();
        }
        if (pos != s.length() || pos == 0) throw new IllegalArgumentException("invalid duration: " + text + " (use e.g. 24h, 15m, 7d)");
        return Duration.ofMillis((long) millis);
    }
}
