package org.relecture.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;

/**
 * The order a quality lead reads a corpus in: best calibrated score first, then best raw score (the
 * calibrated score of texts under the minimum length can tie), then by path.
 */
public final class Ranking {
    public static final Comparator<ScoredDocument> BEST_FIRST =
            Comparator.comparingDouble((ScoredDocument d) -> -d.score().calibratedScore())
                    .thenComparingDouble(d -> -d.score().score())
                    .thenComparing(ScoredDocument::label);

    /** One place in the ranking, with what to read first: the findings that cost most. */
    public record Place(int rank, ScoredDocument document, Map<Category, Integer> byCategory, List<Cost> worst) {
    }

    /** A finding and what it takes off the document's score, in penalty points. */
    public record Cost(Finding finding, double penalty) {
    }

    private Ranking() {
    }

    /** The checked documents, best first; inputs that could not be checked are left out. */
    public static List<ScoredDocument> bestFirst(List<ScoredDocument> documents) {
        return documents.stream().filter(ScoredDocument::ok).sorted(BEST_FIRST).toList();
    }

    /**
     * The checked documents best first, each with its findings per category and its {@code worst}
     * costliest findings (by penalty, then in document order).
     */
    public static List<Place> rank(List<ScoredDocument> documents, Scorer scorer, int worst) {
        List<Place> places = new ArrayList<>();
        for (ScoredDocument doc : bestFirst(documents)) {
            Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
            doc.findings().forEach(f -> byCategory.merge(f.category(), 1, Integer::sum));
            List<Cost> costliest = doc.findings().stream()
                    .map(f -> new Cost(f, scorer.penalty(f)))
                    .sorted(Comparator.comparingDouble((Cost c) -> -c.penalty()))
                    .limit(worst)
                    .toList();
            places.add(new Place(places.size() + 1, doc, byCategory, costliest));
        }
        return places;
    }
}
