package app.sqlstudio.howler.stack.policy;

/** One policy broken by one resource, with a message that says what is wrong and how to fix it. */
public record Violation(String policy, Severity severity, String urn, String message) { }
