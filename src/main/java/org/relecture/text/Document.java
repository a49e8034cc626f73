package org.relecture.text;

import java.util.List;
import java.util.Objects;

/**
 * A text to check, as decoded (BOM removed, line endings kept), with what every stage needs to
 * know about it: its line index, its sentences and its word count. Immutable.
 */
public final class Document {
    private final String path;
    private final String text;
    private final LineIndex lines;
    private final List<Span> sentences;
    private final int words;

    public Document(String path, String text, List<Span> sentences) {
        this.path = Objects.requireNonNull(path, "path");
        this.text = Objects.requireNonNull(text, "text");
        this.lines = new LineIndex(text);
        this.sentences = List.copyOf(sentences);
        this.words = WordCounter.count(text);
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

    public int words() {
        return words;
    }

    public String slice(int start, int end) {
        return text.substring(start, end);
    }
}
