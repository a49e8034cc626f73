package org.relecture.scoring;

import java.util.Comparator;
import java.util.List;

/** The order a quality lead reads a corpus in: best score first; equal scores by path. */
public final class Ranking {
    public static final Comparator<ScoredDocument> BEST_FIRST =
            Comparator.comparingDouble((ScoredDocument d) -> -d.score().score()).thenComparing(ScoredDocument::label);

    private Ranking() {
    }

    /** The checked documents, best first; inputs that could not be checked are left out. */
    public static List<ScoredDocument> bestFirst(List<ScoredDocument> documents) {
        return documents.stream().filter(ScoredDocument::ok).sorted(BEST_FIRST).toList();
    }
}
