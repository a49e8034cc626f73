package org.relecture.rules.untranslated;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relecture.text.LineBounds;

/**
 * Whether the text itself presents a foreign fragment as foreign, the way French typography does:
 * in italics ({@code *...*}, {@code _..._}), or as a title or a name, in quotes after a cue word
 * ({@code le film « ... »}, {@code intitulé « ... »}), right after such a word without quotes, or in
 * quotes written as a title (most words capitalised). Those are not translation errors.
 */
final class Presentation {
    /** The word before a quotation: {@code intitulé : « ... »}, {@code le film, « ... »}. */
    private static final Pattern WORD_BEFORE_QUOTE = Pattern.compile("([\\p{L}\\p{M}]+)[\\s\\u00a0\\u202f,:]*$");
    /** The word right before an unquoted title: {@code le film Gone Girl}, never across a comma or colon. */
    private static final Pattern WORD_BEFORE_TITLE = Pattern.compile("([\\p{L}\\p{M}]+)[\\s\\u00a0\\u202f]+$");
    private static final int MAX_TITLE_WORDS = 5;
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’-]*");
    private static final Pattern LONG_WORD = Pattern.compile("[\\p{L}\\p{M}'’-]{4,}");

    private final Set<String> cues;

    Presentation(List<String> cueWords) {
        this.cues = Set.copyOf(cueWords.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
    }

    boolean presentedAsForeign(String text, int start, int end) {
        int lineStart = LineBounds.start(text, start);
        int lineEnd = LineBounds.end(text, end);
        String before = text.substring(lineStart, start);
        if (odd(before, '*') || odd(before, '_')) {
            return true;
        }
        int open = openQuote(before);
        if (open < 0) {
            return Character.isUpperCase(text.charAt(start)) && cueBefore(WORD_BEFORE_TITLE, before);
        }
        int close = closeQuote(text, end, lineEnd, before.charAt(open));
        String quoted = text.substring(lineStart + open + 1, close < 0 ? end : close);
        return cueBefore(WORD_BEFORE_QUOTE, before.substring(0, open)) || titleCase(quoted)
                || (close >= 0 && shortTitle(quoted));
    }

    /**
     * A short quotation that starts with a capital is a title in Italian and Spanish sentence case
     * ({@code « Nessun dorma »}, {@code « Bésame mucho »}) as often as a quoted remark.
     */
    private static boolean shortTitle(String quoted) {
        String q = quoted.strip();
        return !q.isEmpty() && Character.isUpperCase(q.charAt(0)) && q.split("\\s+").length <= MAX_TITLE_WORDS;
    }

    /** The position of the quote still open at the end of {@code before}, or -1. */
    private static int openQuote(String before) {
        int depth = 0;
        int straight = -1;
        int straightCount = 0;
        for (int i = before.length() - 1; i >= 0; i--) {
            char c = before.charAt(i);
            if (c == '»' || c == '”') {
                depth++;
            } else if (c == '«' || c == '“' || c == '„') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (c == '"') {
                straightCount++;
                straight = straight < 0 ? i : straight;
            }
        }
        return straightCount % 2 == 1 ? straight : -1;
    }

    private static int closeQuote(String text, int from, int to, char opening) {
        String closers = switch (opening) {
            case '«' -> "»";
            case '"' -> "\"";
            default -> "”“\"";
        };
        for (int i = from; i < to; i++) {
            if (closers.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private boolean cueBefore(Pattern wordBefore, String before) {
        Matcher m = wordBefore.matcher(before);
        return m.find() && cues.contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    /** Most words of four letters or more capitalised, as titles are in English and often elsewhere. */
    private static boolean titleCase(String quoted) {
        Matcher words = LONG_WORD.matcher(quoted);
        int all = 0;
        int capitalised = 0;
        while (words.find()) {
            all++;
            if (CAPITALISED.matcher(words.group()).matches()) {
                capitalised++;
            }
        }
        return all >= 2 && capitalised * 3 >= all * 2;
    }

    /** Whether an emphasis mark is still open: marks inside a word ({@code ma_variable}) are not emphasis. */
    private static boolean odd(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            boolean insideWord = i > 0 && i + 1 < s.length()
                    && Character.isLetterOrDigit(s.charAt(i - 1)) && Character.isLetterOrDigit(s.charAt(i + 1));
            if (s.charAt(i) == c && !insideWord
                    && (i + 1 >= s.length() || !Character.isWhitespace(s.charAt(i + 1)) || n % 2 == 1)) {
                n++;
            }
        }
        return n % 2 == 1;
    }
}
