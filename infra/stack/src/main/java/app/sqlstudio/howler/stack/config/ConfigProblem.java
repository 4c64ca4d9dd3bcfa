package app.sqlstudio.howler.stack.config;

/**
 * One thing wrong with a stack's configuration: which key, what is wrong, and a value that would be right.
 * Rendered as {@code howler:nodeMaxCount: expected an integer ≥ nodeMinCount, e.g. 10 (Pulumi.prod.yaml)}.
 */
public record ConfigProblem(String key, String problem, String example) {

    public String render(String stackFile) {
        String hint = example == null || example.isBlank() ? "" : ", e.g. " + example;
        return key + ": " + problem + hint + " (" + stackFile + ")";
    }
}
