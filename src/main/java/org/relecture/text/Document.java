package org.relecture.text;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A text to check, as decoded (BOM removed, line endings kept), with what every stage needs to
 * know about it: its line index, its sentences, its markup (Markdown syntax, not to be checked as
 * prose) and its word count, which leaves markup out. Immutable; its sentences may be found when
 * first asked for (a document whose findings are known is reported without them).
 */
public final class Document {
    private final String path;
    private final String text;
    private final LineIndex lines;
    private final Supplier<List<Span>> findSentences;
    /** The sentences once found; written once, under the lock, read by any thread. */
    private volatile List<Span> sentences;
    private final List<Markup> markup;
    private final int words;

    public Document(String path, String text, List<Span> sentences) {
        this(path, text, sentences, List.of());
    }

    /** @param markup sorted, non-overlapping regions that are markup rather than prose */
    public Document(String path, String text, List<Span> sentences, List<Markup> markup) {
        this(null, path, text, markup);
        this.sentences = List.copyOf(sentences);
    }

    /**
     * A document whose sentences are found when first asked for.
     *
     * @param findSentences the sentences of {@code text}, called at most once
     */
    public Document(String path, String text, Supplier<List<Span>> findSentences, List<Markup> markup) {
        this(Objects.requireNonNull(findSentences, "findSentences"), path, text, markup);
    }

    private Document(Supplier<List<Span>> findSentences, String path, String text, List<Markup> markup) {
        this.path = Objects.requireNonNull(path, "path");
        this.text = Objects.requireNonNull(text, "text");
        this.lines = new LineIndex(text);
        this.findSentences = findSentences;
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
        List<Span> found = sentences;
        if (found == null) {
            synchronized (this) {
                found = sentences;
                if (found == null) {
                    found = List.copyOf(findSentences.get());
                    sentences = found;
                }
            }
        }
        return found;
    }

    public List<Markup> markup() {
        return markup;
    }

    public int words() {
        return words;
    }

    /**
     * True when the span overlaps markup, which rules leave alone. A binary search, since rules
     * ask for every word and a Markdown document can hold thousands of markup regions: the
     * regions are sorted and apart, so their ends are sorted too.
     */
    public boolean touchesMarkup(int start, int end) {
        int low = 0;
        int high = markup.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (markup.get(middle).end() <= start) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low < markup.size() && markup.get(low).start() < end;
    }

    public String slice(int start, int end) {
        return text.substring(start, end);
    }
}
