package org.relecture.reports;

import java.io.IOException;
import org.relecture.scoring.CorpusSummary;
import org.relecture.scoring.ScoredDocument;

/**
 * Writes a report as results arrive, so a corpus of any size is reported without being held in
 * memory. Called as {@code begin}, {@code document} once per input in input order, {@code end}.
 */
public interface Renderer {
    default void begin() throws IOException {
    }

    void document(ScoredDocument scored) throws IOException;

    void end(CorpusSummary summary) throws IOException;
}
