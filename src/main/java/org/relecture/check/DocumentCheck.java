package org.relecture.check;

import org.relecture.text.Document;

/**
 * What one thread of a corpus run does with each document it has read: a {@link Checker}, or
 * something in front of one (a cache that asks the checker only about texts it has not seen).
 */
@FunctionalInterface
public interface DocumentCheck {
    /** The document's findings, or an internal failure that keeps the exception of the rule that failed. */
    DocumentResult result(Document document);
}
