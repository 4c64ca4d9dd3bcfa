package app.sqlstudio.howler.stack.policy;

/**
 * One policy broken by one resource, with a message that says what is wrong and how to fix it; or, when
 * {@code knownAfterUp}, one policy that cannot be checked on the plan because the value it reads is only known after
 * {@code howler up} (an address, an id or anything computed from one). Such a finding is neither a pass nor a
 * violation: it is reported on its own and never counted as either.
 */
public record Violation(String policy, Severity severity, String urn, String message, boolean knownAfterUp) {

    public Violation(String policy, Severity severity, String urn, String message) {
        this(policy, severity, urn, message, false);
    }

    /** A real violation: the plan shows the policy broken. */
    public boolean broken() {
        return !knownAfterUp;
    }
}
