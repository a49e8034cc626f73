package org.relecture.server;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relecture.text.Document;
import org.relecture.text.Markup;
import org.relecture.text.Span;

/**
 * The {@code sentence} of a match as LanguageTool's serializer gives it: the text of the sentence
 * the match starts in, trimmed, without the request's markup (each markup part read as its
 * {@code interpretAs}), so the same whether the text came as {@code text} or as {@code data}.
 */
final class Sentences {
    /**
     * Longer sentences (text without punctuation) are left out of the answer, as LanguageTool
     * leaves out a sentence it has not got: repeated for every match in them, they would make the
     * answer's size grow with the square of the text's.
     */
    static final int MAX_CHARS = 2_000;

    private final Document document;
    private final List<Span> spans;
    private final List<Integer> starts;
    /** Matches come in clusters: each sentence is made plain once. */
    private final Map<Integer, Optional<String>> made = new HashMap<>();

    Sentences(Document document) {
        this.document = document;
        this.spans = document.sentences();
        this.starts = spans.stream().map(Span::start).toList();
    }

    /** The sentence holding this offset, or empty when none does (or it is too long to give). */
    Optional<String> plainTextAt(int offset) {
        int i = Collections.binarySearch(starts, offset);
        int index = i >= 0 ? i : -i - 2;
        if (index < 0 || offset >= spans.get(index).end()) {
            return Optional.of("");
        }
        return made.computeIfAbsent(index, n -> {
            String plain = plainText(spans.get(n).start(), spans.get(n).end()).trim();
            return plain.length() > MAX_CHARS ? Optional.empty() : Optional.of(plain);
        });
    }

    private String plainText(int start, int end) {
        String text = document.text();
        StringBuilder out = new StringBuilder(end - start);
        int from = start;
        for (Markup m : document.markup()) {
            if (m.end() <= from || m.start() >= end) {
                continue;
            }
            out.append(text, from, Math.max(from, m.start()));
            if (m.start() >= start) {
                out.append(m.readAs());
            }
            from = Math.min(end, m.end());
        }
        return out.append(text, from, end).toString();
    }
}
