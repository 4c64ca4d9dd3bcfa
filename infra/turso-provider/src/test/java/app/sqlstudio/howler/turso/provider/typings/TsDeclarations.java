package app.sqlstudio.howler.turso.provider.typings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The TypeScript declarations of a typings file: interfaces, type aliases and the method signatures of declared
 * classes. Only the declaration syntax {@code tsc} emits into a {@code .d.ts} (and that interfaces in a {@code .ts}
 * source use) is understood; a top-level statement that is not a declaration (code of a {@code .ts} source) is
 * skipped whole. A construct the parser does not know inside a declaration is an error naming the file and position,
 * never a silent guess.
 */
public final class TsDeclarations {

    /** A class's method: its parameters in order (name to type). */
    public record Method(String name, Map<String, TsType> parameters, TsType returns) {
    }

    final Map<String, TsType> types = new LinkedHashMap<>();
    final Map<String, Map<String, Method>> classes = new LinkedHashMap<>();

    /**
     * Adds every declaration of {@code source} ({@code file} names it in errors). In a declaration file ({@code .d.ts})
     * classes are read too; in a source file their bodies are code and are skipped.
     */
    public TsDeclarations parse(String file, String source, boolean declarationFile) {
        new Parser(file, Lexer.tokens(file, source), this, declarationFile).declarations();
        return this;
    }

    public boolean declares(String name) {
        return types.containsKey(name);
    }

    public Map<String, Method> classMethods(String className) {
        return classes.getOrDefault(className, Map.of());
    }

    /** Parses a type expression written against these declarations (e.g. {@code { group: Group }}). */
    public static TsType type(String text) {
        var p = new Parser("<type>", Lexer.tokens("<type>", text), null, false);
        var t = p.type();
        p.expectEnd();
        return t;
    }

    // ---------------------------------------------------------------- lexer

    record Token(String text, boolean string, int offset) {
        boolean is(String s) {
            return !string && text.equals(s);
        }
    }

    static final class Lexer {
        static List<Token> tokens(String file, String s) {
            var out = new ArrayList<Token>();
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (s.startsWith("//", i)) {
                    int end = s.indexOf('\n', i);
                    i = end < 0 ? s.length() : end;
                } else if (s.startsWith("/*", i)) {
                    int end = s.indexOf("*/", i + 2);
                    if (end < 0) {
                        throw new IllegalArgumentException(file + ": unterminated comment at offset " + i);
                    }
                    i = end + 2;
                } else if (c == '"' || c == '\'') {
                    int j = i + 1;
                    var sb = new StringBuilder();
                    while (j < s.length() && s.charAt(j) != c) {
                        if (s.charAt(j) == '\\') {
                            j++;
                        }
                        sb.append(s.charAt(j));
                        j++;
                    }
                    out.add(new Token(sb.toString(), true, i));
                    i = j + 1;
                } else if (c == '`') {
                    i = skipTemplate(s, i); // only in code, which is skipped: kept as one opaque token
                    out.add(new Token("`", false, i));
                } else if (Character.isJavaIdentifierStart(c)) {
                    int j = i;
                    while (j < s.length() && Character.isJavaIdentifierPart(s.charAt(j))) {
                        j++;
                    }
                    out.add(new Token(s.substring(i, j), false, i));
                    i = j;
                } else if (Character.isDigit(c)) {
                    int j = i;
                    while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '.')) {
                        j++;
                    }
                    out.add(new Token(s.substring(i, j), false, i));
                    i = j;
                } else if (s.startsWith("=>", i) || s.startsWith("...", i) || s.startsWith("?.", i) || s.startsWith("??", i)) {
                    int n = s.startsWith("...", i) ? 3 : 2;
                    out.add(new Token(s.substring(i, i + n), false, i));
                    i += n;
                } else {
                    out.add(new Token(String.valueOf(c), false, i));
                    i++;
                }
            }
            return out;
        }

        /** Index after the template literal starting at {@code start}, with nested {@code ${ ... }} skipped. */
        private static int skipTemplate(String s, int start) {
            int i = start + 1;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\\') {
                    i += 2;
                } else if (c == '`') {
                    return i + 1;
                } else if (s.startsWith("${", i)) {
                    int depth = 1;
                    i += 2;
                    while (i < s.length() && depth > 0) {
                        char d = s.charAt(i);
                        if (d == '`') {
                            i = skipTemplate(s, i);
                            continue;
                        }
                        if (d == '{') {
                            depth++;
                        } else if (d == '}') {
                            depth--;
                        }
                        i++;
                    }
                } else {
                    i++;
                }
            }
            return i;
        }
    }

    // ---------------------------------------------------------------- parser

    static final class Parser {
        private final String file;
        private final List<Token> t;
        private final TsDeclarations into;
        private final boolean declarationFile;
        private int p;

        Parser(String file, List<Token> tokens, TsDeclarations into, boolean declarationFile) {
            this.file = file;
            this.t = tokens;
            this.into = into;
            this.declarationFile = declarationFile;
        }

        void declarations() {
            while (p < t.size()) {
                if (peek("export") || peek("declare")) {
                    p++;
                    continue;
                }
                if (peek("interface")) {
                    p++;
                    interfaceDeclaration();
                } else if (peek("type") && p + 2 < t.size() && isName(t.get(p + 1)) && (t.get(p + 2).is("=") || t.get(p + 2).is("<"))) {
                    p++;
                    var name = name();
                    skipTypeParameters();
                    expect("=");
                    into.types.put(name, type());
                    accept(";");
                } else if (peek("class") && declarationFile) {
                    p++;
                    classDeclaration();
                } else {
                    skipStatement();
                }
            }
        }

        private void interfaceDeclaration() {
            var name = name();
            skipTypeParameters();
            var parents = new ArrayList<TsType>();
            if (accept("extends")) {
                do {
                    parents.add(primary());
                } while (accept(","));
            }
            var body = objectBody(null);
            if (parents.isEmpty()) {
                into.types.put(name, body);
            } else {
                parents.add(body);
                into.types.put(name, new TsType.Intersection(List.copyOf(parents)));
            }
        }

        private void classDeclaration() {
            var name = name();
            skipTypeParameters();
            while (!peek("{")) {
                p++; // extends / implements clauses
            }
            var methods = new LinkedHashMap<String, Method>();
            objectBody(methods);
            into.classes.put(name, methods);
        }

        /** One top-level statement of code: up to its ';' or its closing brace, with nested brackets skipped. */
        private void skipStatement() {
            int depth = 0;
            while (p < t.size()) {
                var tok = t.get(p++);
                if (tok.is("{") || tok.is("(") || tok.is("[")) {
                    depth++;
                } else if (tok.is("}") || tok.is(")") || tok.is("]")) {
                    depth--;
                    if (depth == 0 && tok.is("}")) {
                        accept(";");
                        return;
                    }
                } else if (depth == 0 && tok.is(";")) {
                    return;
                }
            }
        }

        /** {@code { members }}; with {@code methods} given (a class body), method signatures are kept there. */
        private TsType.Obj objectBody(Map<String, Method> methods) {
            expect("{");
            var fields = new LinkedHashMap<String, TsType.Field>();
            TsType index = null;
            while (!accept("}")) {
                if (peek("[")) {
                    p++;
                    var key = name();
                    if (accept("in")) { // mapped type { [K in X]: T }: only its value type matters here
                        type();
                        expect("]");
                        accept("?");
                        expect(":");
                        index = type();
                    } else {
                        expect(":");
                        type();
                        expect("]");
                        expect(":");
                        index = type();
                    }
                    separator();
                    continue;
                }
                while (isModifier()) {
                    p++;
                }
                var member = name();
                boolean optional = accept("?");
                if (peek("<") || peek("(")) {
                    skipTypeParameters();
                    var params = parameters();
                    TsType returns = accept(":") ? type() : TsType.Prim.ANY;
                    if (methods != null) {
                        methods.put(member, new Method(member, params, returns));
                    }
                } else if (accept(":")) {
                    fields.put(member, new TsType.Field(type(), optional));
                } else {
                    fields.put(member, new TsType.Field(TsType.Prim.ANY, optional)); // "private config;" in a class
                }
                separator();
            }
            return new TsType.Obj(fields, index);
        }

        private boolean isModifier() {
            for (var m : List.of("readonly", "private", "public", "protected", "static", "get", "set", "abstract")) {
                if (peek(m) && p + 1 < t.size() && !t.get(p + 1).is("(") && !t.get(p + 1).is(":") && !t.get(p + 1).is("?")
                        && !t.get(p + 1).is(";")) {
                    return true;
                }
            }
            return false;
        }

        private Map<String, TsType> parameters() {
            expect("(");
            var params = new LinkedHashMap<String, TsType>();
            while (!accept(")")) {
                accept("...");
                var n = name();
                accept("?");
                params.put(n, accept(":") ? type() : TsType.Prim.ANY);
                accept(",");
            }
            return params;
        }

        private void separator() {
            if (!accept(";")) {
                accept(",");
            }
        }

        TsType type() {
            accept("|");
            var parts = new ArrayList<TsType>();
            parts.add(intersection());
            while (accept("|")) {
                parts.add(intersection());
            }
            return parts.size() == 1 ? parts.get(0) : new TsType.Union(List.copyOf(parts));
        }

        private TsType intersection() {
            var parts = new ArrayList<TsType>();
            parts.add(postfix());
            while (accept("&")) {
                parts.add(postfix());
            }
            return parts.size() == 1 ? parts.get(0) : new TsType.Intersection(List.copyOf(parts));
        }

        private TsType postfix() {
            var base = primary();
            while (peek("[")) {
                p++;
                if (accept("]")) {
                    base = new TsType.Arr(base);
                } else {
                    var key = type();
                    expect("]");
                    base = new TsType.Indexed(base, key);
                }
            }
            return base;
        }

        private TsType primary() {
            if (accept("keyof")) {
                return new TsType.KeyOf(postfix());
            }
            if (accept("typeof")) {
                name();
                return TsType.Prim.ANY;
            }
            if (peek("(")) {
                int save = p;
                skipBalanced("(", ")");
                if (peek("=>")) { // a function type: not JSON
                    p++;
                    type();
                    return TsType.Prim.ANY;
                }
                p = save + 1;
                var inner = type();
                expect(")");
                return inner;
            }
            if (peek("{")) {
                return objectBody(null);
            }
            var tok = t.get(p);
            if (tok.string()) {
                p++;
                return new TsType.Lit(tok.text());
            }
            if (Character.isDigit(tok.text().charAt(0))) {
                p++;
                return TsType.Prim.NUMBER;
            }
            var n = new StringBuilder(name());
            while (peek(".")) {
                p++;
                n.append('.').append(name());
            }
            var args = new ArrayList<TsType>();
            if (accept("<")) {
                do {
                    args.add(type());
                } while (accept(","));
                expect(">");
            }
            return TsType.named(n.toString(), List.copyOf(args));
        }

        private void skipTypeParameters() {
            if (peek("<")) {
                skipBalanced("<", ">");
            }
        }

        private void skipBalanced(String open, String close) {
            int depth = 0;
            do {
                var tok = t.get(p++);
                if (tok.is(open)) {
                    depth++;
                } else if (tok.is(close)) {
                    depth--;
                }
            } while (depth > 0);
        }

        private static boolean isName(Token tok) {
            return !tok.string() && Character.isJavaIdentifierStart(tok.text().charAt(0));
        }

        private String name() {
            var tok = t.get(p);
            if (!isName(tok)) {
                throw error("a name");
            }
            p++;
            return tok.text();
        }

        private boolean peek(String s) {
            return p < t.size() && t.get(p).is(s);
        }

        private boolean accept(String s) {
            if (peek(s)) {
                p++;
                return true;
            }
            return false;
        }

        private void expect(String s) {
            if (!accept(s)) {
                throw error("'" + s + "'");
            }
        }

        void expectEnd() {
            if (p != t.size()) {
                throw error("the end of the type");
            }
        }

        private IllegalArgumentException error(String expected) {
            var at = p < t.size() ? "'" + t.get(p).text() + "' at offset " + t.get(p).offset() : "the end";
            return new IllegalArgumentException(file + ": expected " + expected + ", found " + at);
        }
    }
}
