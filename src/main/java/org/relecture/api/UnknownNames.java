package org.relecture.api;

import java.util.List;
import org.relecture.check.DocumentResult;

/**
 * What {@link Relecture#unknownNames} found: the capitalised words of a corpus that the French
 * dictionary does not know, most frequent first, and the inputs that could not be read.
 *
 * @param documents the documents read
 * @param unread    a failed result for each input that could not be read, in input order
 */
public record UnknownNames(List<Name> names, int documents, List<DocumentResult> unread) {
    /** A word, how often the corpus writes it and in how many documents. */
    public record Name(String word, int occurrences, int documents) {
    }

    public UnknownNames {
        names = List.copyOf(names);
        unread = List.copyOf(unread);
    }
}
