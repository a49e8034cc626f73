package org.relecture.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a document into pieces of whole paragraphs, so that one huge document can be checked on
 * several threads. A piece ends right after a blank line (two line breaks, {@code \n\n} or
 * {@code \r\n\r\n}) and the next starts on a character that is not white space: LanguageTool
 * ends a sentence at a blank line, so no sentence straddles two pieces and each sentence keeps
 * the text, and the trailing line breaks, it has in the whole document. A cut never falls inside
 * markup (a fenced code block may hold blank lines).
 */
public final class Paragraphs {
    private Paragraphs() {
    }

    /**
     * Consecutive spans covering the whole text, each ending at the first place to cut at or
     * after {@code size} characters from its start; one span when the text has no such place.
     */
    public static List<Span> pieces(Document document, int size) {
        String text = document.text();
        List<Span> pieces = new ArrayList<>();
        int start = 0;
        int at = start + size;
        while (at < text.length()) {
            if (cutsAt(text, at) && !insideMarkup(document, at)) {
                pieces.add(new Span(start, at));
                start = at;
                at = start + size;
            } else {
                at++;
            }
        }
        pieces.add(new Span(start, text.length()));
        return pieces;
    }

    private static boolean cutsAt(String text, int at) {
        if (at < 2 || at >= text.length() || text.charAt(at - 1) != '\n' || Character.isWhitespace(text.charAt(at))) {
            return false;
        }
        char before = text.charAt(at - 2);
        return before == '\n' || before == '\r' && at >= 4 && text.charAt(at - 3) == '\n';
    }

    private static boolean insideMarkup(Document document, int at) {
        return document.markup().stream().anyMatch(m -> m.start() < at && at < m.end());
    }

    /** The piece as a document of its own: its text, and the markup and sentences that lie in it, shifted. */
    public static Document piece(Document document, Span piece) {
        List<Markup> markup = new ArrayList<>();
        for (Markup m : document.markup()) {
            if (piece.start() <= m.start() && m.end() <= piece.end()) {
                markup.add(new Markup(m.start() - piece.start(), m.end() - piece.start(), m.readAs()));
            }
        }
        return new Document(document.path(), document.text().substring(piece.start(), piece.end()), () -> {
            List<Span> sentences = new ArrayList<>();
            for (Span s : document.sentences()) {
                if (piece.start() <= s.start() && s.end() <= piece.end()) {
                    sentences.add(new Span(s.start() - piece.start(), s.end() - piece.start()));
                }
            }
            return sentences;
        }, markup);
    }
}
