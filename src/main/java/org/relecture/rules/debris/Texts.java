package org.relecture.rules.debris;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text facts the debris detectors share: normalisation, words, final punctuation. */
final class Texts {
    /** Flags of every pattern of the data lists: case does not matter in web boilerplate. */
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*");
    /** A sentence ends inside a line where a final mark is followed by a space. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?…])[\\s\\u00a0]+(?=\\S)");
    /** What a line of prose ends with; a title, a button or a teaser ends with none of it. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f\\u2009]+");
    private static final Pattern BULLETS = Pattern.compile("^(?:[-*•·▪►>]\\s+)+");
    private static final String FINAL_MARKS = ".!?;»\"”…:";

    private Texts() {
    }

    /**
     * The form patterns are written for: typographic apostrophes as {@code '}, every kind of space
     * as one space, no list bullet in front. Data files stay short and readable that way.
     */
    static String normalize(String s) {
        String t = SPACES.matcher(s.replace('’', '\'').replace('‘', '\'').replace('ʼ', '\'')).replaceAll(" ").strip();
        return BULLETS.matcher(t).replaceFirst("");
    }

    static int wordCount(String s) {
        Matcher m = WORD.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** True when the line ends as a sentence does (a suspension mark counts: see {@link #endsWithEllipsis}). */
    static boolean endsWithFinalMark(String s) {
        String t = s.strip();
        return !t.isEmpty() && FINAL_MARKS.indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** Cut-off teasers end with a suspension mark: {@code Le ministre a dit : « C'est un…}. */
    static boolean endsWithEllipsis(String s) {
        String t = s.strip();
        return t.endsWith("…") || t.endsWith("...");
    }

    /** Sentence-like pieces of one line, as {@code [start, end)} offsets into it. */
    static List<int[]> chunks(String line) {
        List<int[]> chunks = new ArrayList<>();
        Matcher m = SENTENCE_BREAK.matcher(line);
        int from = 0;
        while (m.find()) {
            chunks.add(new int[] {from, m.start()});
            from = m.end();
        }
        chunks.add(new int[] {from, line.length()});
        chunks.removeIf(c -> line.substring(c[0], c[1]).isBlank());
        return chunks;
    }
}
