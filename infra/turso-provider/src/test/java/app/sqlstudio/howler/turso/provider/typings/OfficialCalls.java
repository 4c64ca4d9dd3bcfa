package app.sqlstudio.howler.turso.provider.typings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The HTTP calls in the official client's TypeScript sources: every {@code TursoClient.request<Reply>(url, config,
 * { method, body: JSON.stringify(...) })}, read by bracket matching (strings and template literals skipped).
 */
final class OfficialCalls {
    /** One call: URL template as written, HTTP method (GET when none), reply type argument, body expression or null. */
    record Call(String file, String url, String method, String replyType, String body) {
        @Override
        public String toString() {
            return method + " `" + url + "`";
        }
    }

    private static final Pattern METHOD = Pattern.compile("method:\\s*\"(\\w+)\"");

    private OfficialCalls() {
    }

    static List<Call> scan(Map<String, String> sources) {
        var calls = new ArrayList<Call>();
        sources.forEach((file, s) -> {
            int at = 0;
            while ((at = s.indexOf("TursoClient.request<", at)) >= 0) {
                int typeStart = at + "TursoClient.request".length();
                int typeEnd = close(s, typeStart, '<', '>');
                var reply = s.substring(typeStart + 1, typeEnd - 1).strip();
                int argsStart = skipSpace(s, typeEnd);
                if (s.charAt(argsStart) != '(') {
                    at = typeEnd;
                    continue;
                }
                int argsEnd = close(s, argsStart, '(', ')');
                var args = s.substring(argsStart + 1, argsEnd - 1);
                var first = args.strip();
                String url = first.startsWith("`") ? first.substring(1, first.indexOf('`', 1)) : first.split(",")[0].strip();
                var m = METHOD.matcher(args);
                var method = m.find() ? m.group(1) : "GET";
                String body = null;
                int json = args.indexOf("JSON.stringify(");
                if (json >= 0) {
                    int open = json + "JSON.stringify".length();
                    body = args.substring(open + 1, close(args, open, '(', ')') - 1).strip();
                }
                calls.add(new Call(file, url, method, reply, body));
                at = argsEnd;
            }
        });
        return calls;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Index after the bracket closing the one at {@code start}; strings and template literals are skipped whole. */
    private static int close(String s, int start, char open, char close) {
        int depth = 0;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = endOfString(s, i);
                continue;
            }
            if (c == '=' && i + 1 < s.length() && s.charAt(i + 1) == '>') {
                i++; // an arrow is not a closing angle bracket
                continue;
            }
            if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("unbalanced " + open + " at offset " + start);
    }

    private static int endOfString(String s, int start) {
        char q = s.charAt(start);
        for (int i = start + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (q == '`' && c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                i = close(s, i + 1, '{', '}') - 1;
            } else if (c == q) {
                return i;
            }
        }
        return s.length() - 1;
    }
}
