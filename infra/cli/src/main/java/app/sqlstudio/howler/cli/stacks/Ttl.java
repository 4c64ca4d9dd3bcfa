package app.sqlstudio.howler.cli.stacks;

import app.sqlstudio.howler.cli.ExitCode;
import app.sqlstudio.howler.cli.HowlerException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ephemeral stack's time to live: {@code 90m}, {@code 8h}, {@code 2d}, {@code 1d12h}; between 1 hour and 30 days. */
public final class Ttl {

    public static final Duration MIN = Duration.ofHours(1);
    public static final Duration MAX = Duration.ofDays(30);
    /** {@link #MIN} and {@link #MAX} as --help, the errors and the README state them (a test keeps them equal). */
    public static final String RANGE = "1h..30d";
    private static final Pattern WHOLE = Pattern.compile("^([0-9]+[mhdw])+$");
    private static final Pattern PART = Pattern.compile("([0-9]+)([mhdw])");

    private Ttl() {
    }

    public static Duration parse(String text) {
        Duration total = parseUnbounded(text);
        if (total.compareTo(MIN) < 0 || total.compareTo(MAX) > 0) {
            throw new HowlerException(ExitCode.USAGE, "--ttl " + text + " is outside " + RANGE + ": an ephemeral stack lives at least an "
                    + "hour (time to deploy and test) and at most 30 days (use a permanent stack beyond that).");
        }
        return total;
    }

    /** {@code 30m}, {@code 8h}, {@code 2d}, {@code 1w}, or sums like {@code 1d12h}, without the TTL bounds. */
    public static Duration parseUnbounded(String text) {
        String t = text == null ? "" : text.trim().toLowerCase();
        if (!WHOLE.matcher(t).matches()) {
            throw new HowlerException(ExitCode.USAGE, "--ttl '" + text + "' is not a duration: use minutes, hours, days or weeks "
                    + "such as 8h, 48h, 2d or 1d12h.");
        }
        Duration total = Duration.ZERO;
        Matcher m = PART.matcher(t);
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofDays(7 * n);
            });
        }
        return total;
    }

    /** "2d 4h", "5h 10m", "45m" — for reports. */
    public static String human(Duration d) {
        long minutes = Math.abs(d.toMinutes());
        long days = minutes / 1440;
        long hours = (minutes % 1440) / 60;
        long mins = minutes % 60;
        if (days > 0) {
            return days + "d" + (hours > 0 ? " " + hours + "h" : "");
        }
        if (hours > 0) {
            return hours + "h" + (mins > 0 ? " " + mins + "m" : "");
        }
        return mins + "m";
    }
}
