package app.sqlstudio.howler.stack.policy;

import java.util.List;

/** A rule evaluated on the offline plan. */
public interface Policy {

    String name();

    Severity severity();

    /** One-line description, shown by {@code howler policy --list}. */
    String description();

    List<Violation> evaluate(PolicyContext context);

    default Violation violation(String urn, String message) {
        return new Violation(name(), severity(), urn, message, false);
    }

    /** {@code what} reads a value known only after {@code up}: the policy is neither passed nor failed on it. */
    default Violation knownAfterUp(String urn, String what) {
        return new Violation(name(), severity(), urn, "cannot be checked until up: " + what + " is known only after "
                + "`howler up`", true);
    }
}
