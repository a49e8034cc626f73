package org.relecture.rules.debris;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a document: {@code [start, end)} without its line break. Web debris comes in lines
 * (a scraper turns every box of the page into a line or a paragraph), so its detectors reason in
 * lines rather than in sentences.
 *
 * @param index the line number, from 0
 */
record TextLine(int index, int start, int end, String text) {

    /** The lines of a text; LF, CR and CRLF all end a line, as in {@code LineIndex}. */
    static List<TextLine> of(String text) {
        List<TextLine> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new TextLine(lines.size(), start, i, text.substring(start, i)));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(new TextLine(lines.size(), start, text.length(), text.substring(start)));
        return lines;
    }

    boolean isBlank() {
        return text.isBlank();
    }

    /** Offset of the first character that is not white space (the end for a blank line). */
    int contentStart() {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return start + i;
    }

    /** Offset just after the last character that is not white space. */
    int contentEnd() {
        int i = text.length();
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return Math.max(start + i, contentStart());
    }

    /** Leading white space: scraped teaser lists are often indented, body paragraphs seldom. */
    boolean isIndented() {
        return !text.isEmpty() && Character.isWhitespace(text.charAt(0)) && !isBlank();
    }

    String content() {
        return text.strip();
    }
}
