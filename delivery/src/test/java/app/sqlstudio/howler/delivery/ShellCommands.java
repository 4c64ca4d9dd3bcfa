package app.sqlstudio.howler.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the simple commands a {@code run:} script invokes a given program with, as the argument vectors the shell
 * would pass it — far enough for bash scripts of the kind workflows hold: quotes, escapes, line continuations,
 * comments, {@code && || | ; ( ) { }}, redirections, assignments, {@code $(...)} (searched too). Every expansion
 * ({@code ${{ expr }}}, {@code $VAR}, {@code ${VAR}}, {@code $(cmd)}) becomes the sample value {@value #SAMPLE}.
 */
final class ShellCommands {

    static final String SAMPLE = "sample";

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{.*?}}", Pattern.DOTALL);
    private static final Pattern ASSIGNMENT = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*=.*", Pattern.DOTALL);
    private static final Set<String> KEYWORDS = Set.of("if", "then", "else", "elif", "do", "while", "until", "!",
            "time", "exec", "command", "{", "(");
    private static final Set<String> OPERATORS = Set.of("&&", "||", "|", ";", "&", "(", ")", "{", "}", "\n");

    private ShellCommands() { }

    /** Every invocation of {@code program} (a command word equal to it or ending in "/" + it), as its arguments. */
    static List<List<String>> invocations(String script, String program) {
        List<List<String>> found = new ArrayList<>();
        scan(EXPRESSION.matcher(script).replaceAll(SAMPLE), program, found);
        return found;
    }

    private static void scan(String script, String program, List<List<String>> found) {
        List<Token> tokens = tokenize(script, program, found);
        List<String> current = null;
        boolean commandPosition = true;
        for (Token t : tokens) {
            if (t.operator) {
                if (current != null) found.add(current);
                current = null;
                commandPosition = true;
                continue;
            }
            if (current != null) {
                current.add(t.text);
                continue;
            }
            if (!commandPosition) continue;
            if (!t.quoted && (KEYWORDS.contains(t.text) || ASSIGNMENT.matcher(t.text).matches())) continue;
            if (t.text.equals(program) || t.text.endsWith("/" + program)) {
                current = new ArrayList<>();
            } else {
                commandPosition = false;
            }
        }
        if (current != null) found.add(current);
    }

    private record Token(String text, boolean operator, boolean quoted) { }

    private static List<Token> tokenize(String s, String program, List<List<String>> found) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder word = null;
        boolean quoted = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '\n') { // line continuation
                i += 2;
                continue;
            }
            if (word == null && c == '#') { // comment to end of line
                while (i < s.length() && s.charAt(i) != '\n') i++;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r') {
                if (word != null) tokens.add(new Token(word.toString(), false, quoted));
                word = null;
                quoted = false;
                i++;
                continue;
            }
            String op = operatorAt(s, i);
            if (op != null && word == null || op != null && !op.equals("{") && !op.equals("}")) {
                if (word != null) tokens.add(new Token(word.toString(), false, quoted));
                word = null;
                quoted = false;
                if (op.startsWith(">") || op.startsWith("<") || op.matches("\\d>.*|&>.*")) {
                    i += op.length();
                    if (!op.endsWith("&1") && !op.endsWith("&2")) i = skipWord(s, i); // the redirection's target
                    continue;
                }
                tokens.add(new Token(op, true, false));
                i += op.length();
                continue;
            }
            if (word == null) word = new StringBuilder();
            if (c == '\'') {
                int end = s.indexOf('\'', i + 1);
                if (end < 0) end = s.length();
                word.append(s, i + 1, end);
                quoted = true;
                i = end + 1;
            } else if (c == '"') {
                i++;
                quoted = true;
                while (i < s.length() && s.charAt(i) != '"') {
                    char d = s.charAt(i);
                    if (d == '\\' && i + 1 < s.length()) {
                        word.append(s.charAt(i + 1));
                        i += 2;
                    } else if (d == '$') {
                        i = expansion(s, i, word, program, found);
                    } else {
                        word.append(d);
                        i++;
                    }
                }
                i++;
            } else if (c == '\\' && i + 1 < s.length()) {
                word.append(s.charAt(i + 1));
                i += 2;
            } else if (c == '$') {
                i = expansion(s, i, word, program, found);
            } else {
                word.append(c);
                i++;
            }
        }
        if (word != null) tokens.add(new Token(word.toString(), false, quoted));
        return tokens;
    }

    /** Appends the sample value for the expansion at {@code i}; returns the index after it. */
    private static int expansion(String s, int i, StringBuilder word, String program, List<List<String>> found) {
        if (i + 1 >= s.length()) {
            word.append('$');
            return i + 1;
        }
        char n = s.charAt(i + 1);
        if (n == '(') { // command substitution: search it too
            int depth = 0;
            int j = i + 1;
            for (; j < s.length(); j++) {
                if (s.charAt(j) == '(') depth++;
                if (s.charAt(j) == ')' && --depth == 0) break;
            }
            scan(s.substring(i + 2, Math.min(j, s.length())), program, found);
            word.append(SAMPLE);
            return j + 1;
        }
        if (n == '{') {
            int end = s.indexOf('}', i);
            word.append(SAMPLE);
            return end < 0 ? s.length() : end + 1;
        }
        if (Character.isLetterOrDigit(n) || n == '_' || n == '?' || n == '@' || n == '*' || n == '#') {
            int j = i + 1;
            if (Character.isLetter(n) || n == '_') {
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) j++;
            } else {
                j++;
            }
            word.append(SAMPLE);
            return j;
        }
        word.append('$');
        return i + 1;
    }

    private static int skipWord(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
        StringBuilder ignored = new StringBuilder();
        while (i < s.length() && " \t\n;&|)".indexOf(s.charAt(i)) < 0) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                int end = s.indexOf(c, i + 1);
                i = end < 0 ? s.length() : end + 1;
            } else if (c == '$') {
                i = expansion(s, i, ignored, "\0", new ArrayList<>());
            } else {
                i++;
            }
        }
        return i;
    }

    private static String operatorAt(String s, int i) {
        for (String op : List.of("2>&1", "1>&2", ">&2", "&>>", "&>", "2>>", "2>", ">>", ">", "<", "&&", "||")) {
            if (s.startsWith(op, i)) return op;
        }
        String c = String.valueOf(s.charAt(i));
        return OPERATORS.contains(c) ? c : null;
    }
}
