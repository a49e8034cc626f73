package org.relecture.text;

import java.util.List;
import java.util.Objects;

/**
 * A text to check, as decoded (BOM removed, line endings kept), with what every stage needs to
 * know about it: its line index, its sentences, its markup (Markdown syntax, not to be checked as
 * prose) and its word count, which leaves markup out. Immutable.
 */
public final class Document {
    private final String path;
    private final String text;
    private final LineIndex lines;
    private final List<Span> sentences;
    private final List<Markup> markup;
    private final int words;

    public Document(String path, String text, List<Span> sentences) {
        this(path, text, sentences, List.of());
    }

    /** @param markup sorted, non-overlapping regions that are markup rather than prose */
    public Document(String path, String text, List<Span> sentences, List<Markup> markup) {
        this.path = Objects.requireNonNull(path, "path");
        this.text = Objects.requireNonNull(text, "text");
        this.lines = new LineIndex(text);
        this.sentences = List.copyOf(sentences);
        this.markup = List.copyOf(markup);
        this.words = countProseWords(text, this.markup);
    }

    private static int countProseWords(String text, List<Markup> markup) {
        int words = 0;
        int from = 0;
        for (Markup m : markup) {
            words += WordCounter.count(text.subSequence(from, m.start()));
            from = m.end();
        }
        return words + WordCounter.count(text.subSequence(from, text.length()));
    }

    /** The name reports use: the path as the user gave it, or {@code <stdin>}. */
    public String path() {
        return path;
    }

    public String text() {
        return text;
    }

    public LineIndex lines() {
        return lines;
    }

    public List<Span> sentences() {
        return sentences;
    }

    public List<Markup> markup() {
        return markup;
    }

    public int words() {
        return words;
    }

    /** True when the span overlaps markup, which rules leave alone. */
    public boolean touchesMarkup(int start, int end) {
        for (Markup m : markup) {
            if (m.start() < end && start < m.end()) {
                return true;
            }
        }
        return false;
    }

    public String slice(int start, int end) {
        return text.substring(start, end);
    }
}
