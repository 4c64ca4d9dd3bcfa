package app.sqlstudio.howler.stack.policy;

/** Mandatory violations stop {@code howler up} and make {@code howler plan}/{@code policy} exit 1; advisory ones warn. */
public enum Severity {
    MANDATORY, ADVISORY;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
