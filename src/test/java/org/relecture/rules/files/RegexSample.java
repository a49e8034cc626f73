package org.relecture.rules.files;

/**
 * A text that a swap's regular expression matches, made from the expression itself: the first
 * branch of every alternation, the first character of every class, optional parts left out, a
 * repeated part once. A negative lookaround is left out (the sample's context must not trip it);
 * a positive lookahead at the end becomes {@link #after}, the text that must follow the match.
 * Covers the constructs the rule files use; {@link SubstitutionExamplesTest} fails, naming the
 * swap, when a sample does not come out matched, so a swap it cannot sample needs an example.
 */
record RegexSample(String match, String after) {
    static RegexSample of(String regex) {
        Parser parser = new Parser(regex);
        String match = parser.sequence();
        return new RegexSample(match, parser.lookahead.toString());
    }

    private static final class Parser {
        private final String regex;
        private int at;
        private final StringBuilder lookahead = new StringBuilder();

        Parser(String regex) {
            this.regex = regex;
        }

        /** A branch up to {@code |} or {@code )}; the other branches of an alternation are skipped. */
        String sequence() {
            StringBuilder out = new StringBuilder();
            while (at < regex.length() && regex.charAt(at) != ')') {
                if (regex.charAt(at) == '|') {
                    skipBranches();
                    break;
                }
                String atom = quantified(atom());
                if (!atom.isEmpty()) {
                    // A lookahead is what must follow the match only when nothing comes after it.
                    lookahead.setLength(0);
                }
                out.append(atom);
            }
            return out.toString();
        }

        private void skipBranches() {
            int depth = 0;
            while (at < regex.length()) {
                char c = regex.charAt(at);
                if (c == '\\') {
                    at += 2;
                    continue;
                }
                if (c == '[') {
                    skipClass();
                    continue;
                }
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    if (depth == 0) {
                        return;
                    }
                    depth--;
                }
                at++;
            }
        }

        private String quantified(String atom) {
            if (at >= regex.length()) {
                return atom;
            }
            char q = regex.charAt(at);
            String result = atom;
            if (q == '?' || q == '*') {
                at++;
                result = "";
            } else if (q == '+') {
                at++;
            } else if (q == '{') {
                int close = regex.indexOf('}', at);
                int times = Integer.parseInt(regex.substring(at + 1, close).split(",")[0]);
                at = close + 1;
                result = atom.repeat(times);
            }
            if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
                at++; // lazy or possessive
            }
            return result;
        }

        private String atom() {
            char c = regex.charAt(at);
            if (c == '\\') {
                return escape();
            }
            if (c == '[') {
                int start = at;
                skipClass();
                return firstOfClass(regex.substring(start + 1, at - 1));
            }
            if (c == '(') {
                return group();
            }
            if (c == '^' || c == '$') {
                at++;
                return "";
            }
            at++;
            return c == '.' ? "a" : String.valueOf(c);
        }

        private String group() {
            at++;
            String kind = "";
            if (regex.startsWith("?", at)) {
                kind = regex.startsWith("?<=", at) || regex.startsWith("?<!", at) ? regex.substring(at, at + 3)
                        : regex.substring(at, at + 2);
                at += kind.length();
            }
            int innerStart = at;
            String inner = new Parser(regex.substring(at)).sequence();
            skipBranches();
            String raw = regex.substring(innerStart, at);
            at++; // ')'
            if (kind.equals("?=")) {
                lookahead.setLength(0);
                lookahead.append(inner);
                return "";
            }
            if (kind.equals("?!")) {
                // (?!A(?!B)): "not A unless B follows", as a first name is reported only before its surname.
                int nested = lastGroup(raw);
                if (nested > 0 && raw.startsWith("(?!", nested)) {
                    lookahead.setLength(0);
                    lookahead.append(RegexSample.of(raw.substring(0, nested)).match())
                            .append(RegexSample.of(raw.substring(nested + 3, raw.length() - 1)).match());
                }
                return "";
            }
            return kind.isEmpty() || kind.equals("?:") ? inner : "";
        }

        private String escape() {
            char c = regex.charAt(at + 1);
            at += 2;
            switch (c) {
                case 's':
                    return " ";
                case 'b':
                case 'B':
                    return "";
                case 'd':
                    return "1";
                case 'w':
                    return "a";
                case 'u': {
                    String hex = regex.substring(at, at + 4);
                    at += 4;
                    return String.valueOf((char) Integer.parseInt(hex, 16));
                }
                case 'p':
                case 'P': {
                    int close = regex.indexOf('}', at);
                    String property = regex.substring(at + 1, close);
                    at = close + 1;
                    return property.equals("Lu") ? "A" : "a";
                }
                default:
                    return String.valueOf(c);
            }
        }

        /** Where the top-level group that ends {@code raw} opens, or -1. */
        private static int lastGroup(String raw) {
            if (!raw.endsWith(")")) {
                return -1;
            }
            int depth = 0;
            int open = -1;
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '[') {
                    while (raw.charAt(i) != ']') {
                        i += raw.charAt(i) == '\\' ? 2 : 1;
                    }
                } else if (c == '(') {
                    if (depth++ == 0) {
                        open = i;
                    }
                } else if (c == ')') {
                    depth--;
                }
            }
            return open;
        }

        private void skipClass() {
            at++;
            if (at < regex.length() && regex.charAt(at) == '^') {
                at++;
            }
            while (regex.charAt(at) != ']') {
                at += regex.charAt(at) == '\\' ? 2 : 1;
            }
            at++;
        }

        private static String firstOfClass(String body) {
            if (body.startsWith("^")) {
                return "#";
            }
            Parser inner = new Parser(body);
            return inner.atom().substring(0, 1);
        }
    }
}
