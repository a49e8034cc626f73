package org.relecture.rules.typography;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relecture.text.Document;
import org.relecture.text.LineBounds;
import org.relecture.text.Markup;
import org.relecture.text.Span;

/**
 * The text of a document as the typography checks read it: which characters are prose (not
 * markup, not a URL, an e-mail address, a handle or inline code, where quotes and capitals follow
 * other conventions) and where its paragraphs are (one a line, as news text comes).
 */
final class Prose {
    /**
     * Addresses, handles and `code` keep their own characters: no French typography inside. Linear
     * in the text: an address starts only where a run of its characters starts, so a long word is
     * scanned once, not once from each of its letters; and no group is repeated, since
     * java.util.regex repeats a group by recursion (a stack overflow on a long dotted run).
     */
    private static final Pattern NOT_PROSE = Pattern.compile(
            "(?i)(?:https?://|ftp://|www\\.)[^\\s<>«»\"“”]+"
                    + "|(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]++@[\\p{L}\\p{N}-]+\\.[\\p{L}\\p{N}.-]*[\\p{L}\\p{N}-]"
                    + "|(?<![\\p{L}\\p{N}])[@#][\\p{L}\\p{N}_]+"
                    + "|`[^`\\r\\n]+`"
                    + "|(?<![\\p{L}\\p{N}.-])[\\p{L}\\p{N}-][\\p{L}\\p{N}.-]*?\\.(?:com|org|net|fr|io|html?|php)\\b\\S*");

    private final String text;
    private final BitSet excluded;
    private final List<Paragraph> paragraphs;

    /** A line of text; {@code afterBlank} when a blank line (or the start) separates it from the previous one. */
    record Paragraph(int start, int end, boolean afterBlank) {
    }

    private Prose(String text, BitSet excluded, List<Paragraph> paragraphs) {
        this.text = text;
        this.excluded = excluded;
        this.paragraphs = paragraphs;
    }

    static Prose of(Document document) {
        String text = document.text();
        BitSet excluded = new BitSet(text.length());
        for (Markup m : document.markup()) {
            excluded.set(m.start(), m.end());
        }
        Matcher m = NOT_PROSE.matcher(text);
        while (m.find()) {
            excluded.set(m.start(), m.end());
        }
        return new Prose(text, excluded, paragraphs(text));
    }

    private static List<Paragraph> paragraphs(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        boolean afterBlank = true;
        int start = 0;
        while (start <= text.length()) {
            int end = LineBounds.end(text, start);
            if (text.substring(start, end).isBlank()) {
                afterBlank = true;
            } else {
                paragraphs.add(new Paragraph(start, end, afterBlank));
                afterBlank = false;
            }
            if (end >= text.length()) {
                break;
            }
            start = end + (text.startsWith("\r\n", end) ? 2 : 1);
        }
        return paragraphs;
    }

    String text() {
        return text;
    }

    List<Paragraph> paragraphs() {
        return paragraphs;
    }

    boolean isProse(int offset) {
        return offset >= 0 && offset < text.length() && !excluded.get(offset);
    }

    boolean isProse(Span span) {
        int next = excluded.nextSetBit(span.start());
        return next < 0 || next >= span.end();
    }

    /** The character at the offset, or a line feed outside the text: both read as a boundary. */
    char charAt(int offset) {
        return offset >= 0 && offset < text.length() ? text.charAt(offset) : '\n';
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
