package org.relecture.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.relecture.findings.Finding;
import org.relecture.text.Document;

/**
 * All detectors of one worker, run over one document. Findings come out in document order.
 * Not thread-safe; create one per worker with {@link #create(CheckOptions)} and reuse it.
 */
public final class Checker {
    private static final Comparator<Finding> DOCUMENT_ORDER = Comparator.comparingInt(Finding::start)
            .thenComparingInt(Finding::end)
            .thenComparing(Finding::rule);

    private final List<Detector> detectors;

    public Checker(List<Detector> detectors) {
        this.detectors = List.copyOf(detectors);
    }

    public static Checker create(CheckOptions options) {
        return new Checker(List.of(new LanguageToolDetector(options)));
    }

    public List<Finding> check(Document document) throws Exception {
        List<Finding> all = new ArrayList<>();
        for (Detector detector : detectors) {
            all.addAll(detector.check(document));
        }
        all.sort(DOCUMENT_ORDER);
        return List.copyOf(all);
    }
}
