package org.relecture.rules.spacing;

import java.util.List;
import java.util.Locale;

/**
 * What the spacing rules need to know about the whitespace-delimited token around a spot: where it
 * starts and ends, and whether it is a web address, an e-mail address, a hashtag, a handle, a path
 * or code rather than prose. In those, {@code a.B} and {@code aB} are written on purpose. Public
 * for the other detectors that must leave addresses and code alone.
 */
public final class Tokens {
    /** Characters that prose never glues to a word but paths, queries, markup and code do. */
    private static final String CODE_CHARS = "/\\_=<>{}|~^&$`@#+";

    private Tokens() {
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * No prose word is this long: a run of more non-space characters (an address with its query, a
     * hash, text whose spaces were all lost) is left alone. Looking no further than this around a
     * spot keeps the rules that ask about the token of every mark linear in the text.
     */
    public static final int LONGEST = 200;

    /** The start of the token holding offset {@code i}, looking back at most {@link #LONGEST} characters. */
    public static int start(String text, int i) {
        int s = i;
        while (s > 0 && i - s <= LONGEST && !isSpace(text.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    /** The end (exclusive) of the token holding offset {@code i}, looking on at most {@link #LONGEST} characters. */
    public static int end(String text, int i) {
        int e = i;
        while (e < text.length() && e - i <= LONGEST && !isSpace(text.charAt(e))) {
            e++;
        }
        return e;
    }

    /**
     * True when the token {@code text[start, end)} (from {@link #start} and {@link #end}) is an
     * address, a handle, a hashtag, a path or code, or longer than any prose word.
     */
    public static boolean isWebOrCode(String text, int start, int end) {
        boolean cut = (start > 0 && !isSpace(text.charAt(start - 1))) || (end < text.length() && !isSpace(text.charAt(end)));
        return cut || isWebOrCode(text.substring(start, end));
    }

    /** True when the token is an address, a handle, a hashtag, a path or code. */
    private static boolean isWebOrCode(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        if (lower.contains("://") || lower.startsWith("www.") || lower.contains(".www.")) {
            return true;
        }
        for (int i = 0; i < token.length(); i++) {
            if (CODE_CHARS.indexOf(token.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a full stop inside the token other than the one at {@code except} joins two letters
     * or digits: {@code java.util.List}, {@code Ph.D.}, {@code 1.2.Le}. Dotted paths, initials and
     * section numbers are not two sentences.
     */
    static boolean hasOtherInnerDot(String token, int except) {
        for (int i = 1; i < token.length() - 1; i++) {
            if (i != except && token.charAt(i) == '.'
                    && Character.isLetterOrDigit(token.charAt(i - 1))
                    && Character.isLetterOrDigit(token.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** True when the token has a colon followed by something: {@code Re:Voir}, {@code 12:30}, {@code mailto:}. */
    static boolean hasInnerColon(String token) {
        int colon = token.indexOf(':');
        return colon >= 0 && colon < token.length() - 1;
    }

}
