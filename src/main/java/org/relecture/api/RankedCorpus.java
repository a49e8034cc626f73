package org.relecture.api;

import java.util.List;
import org.relecture.scoring.CorpusSummary;
import org.relecture.scoring.Ranking;
import org.relecture.scoring.ScoredDocument;

/**
 * A corpus in the order a quality lead reads it.
 *
 * @param documents every input in input order, those that could not be checked included
 * @param places    the checked documents best first, each with its costliest findings
 */
public record RankedCorpus(List<ScoredDocument> documents, List<Ranking.Place> places, CorpusSummary summary) {
    public RankedCorpus {
        documents = List.copyOf(documents);
        places = List.copyOf(places);
    }

    /** The checked documents, best first. */
    public List<ScoredDocument> bestFirst() {
        return Ranking.bestFirst(documents);
    }
}
