package org.relecture.check;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import org.relecture.findings.Finding;
import org.relecture.text.Document;
import org.relecture.text.Span;

/**
 * What one thread of a corpus run does with each document it has read: a {@link Checker}, or
 * something in front of one (a cache that asks the checker only about texts it has not seen).
 */
public interface DocumentCheck {
    /** The document's findings, or an internal failure that keeps the exception of the rule that failed. */
    DocumentResult result(Document document);

    /** The first part of a check piece by piece ({@link CorpusRunner}): see {@link Checker#whole}. */
    Checker.Whole whole(Document document) throws Exception;

    /** LanguageTool's findings across the paragraphs of a document checked piece by piece: see {@link Checker#across}. */
    List<Finding> across(Document document, Future<Checker.Whole> whole) throws Exception;

    /** LanguageTool's findings on one piece of a document checked piece by piece: see {@link Checker#piece}. */
    List<Finding> piece(Document document, Span piece, Future<Checker.Whole> whole) throws Exception;

    /** The findings known for the document without checking it (a result cache's), if any. */
    default Optional<List<Finding>> known(Document document) {
        return Optional.empty();
    }

    /** Keeps the findings of a document checked piece by piece, as {@link #result} keeps its own. */
    default void remember(Document document, List<Finding> findings) {
    }
}
