package org.relecture.rules.typography;

import org.relecture.text.Document;

/**
 * The prose of the document being checked and the pairing of its quotation marks, worked out on
 * the first typography detector's request and kept for the others (a checker runs its detectors
 * one after the other on one document). One per checker, so not thread-safe.
 */
final class ProseReading {
    private Document document;
    private Prose prose;
    private Quotes quotes;

    Prose prose(Document of) {
        read(of);
        return prose;
    }

    Quotes quotes(Document of) {
        read(of);
        return quotes;
    }

    private void read(Document of) {
        if (of != document) {
            prose = Prose.of(of);
            quotes = QuotePairer.pair(prose);
            document = of;
        }
    }
}
