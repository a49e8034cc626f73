package org.relecture.rules.typography;

import java.util.ArrayList;
import java.util.List;
import org.relecture.findings.Finding;
import org.relecture.rules.Detector;
import org.relecture.rules.RulesHome;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.text.Document;

/** Runs the typography detectors on a text of the test's own, with the project's data lists. */
final class TypographyTestSupport {
    private static List<Detector> detectors;

    private TypographyTestSupport() {
    }

    static List<Finding> findings(String text) {
        try {
            if (detectors == null) {
                detectors = TypographyDetector.create(RuleLibrary.load(List.of(RulesHome.locate().orElseThrow())));
            }
            Document document = new Document("test", text, List.of());
            List<Finding> findings = new ArrayList<>();
            for (Detector detector : detectors) {
                findings.addAll(detector.check(document));
            }
            return findings;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Finding> findings(String text, String rule) {
        return findings(text).stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /** The text of each finding of the rule. */
    static List<String> spans(String text, String rule) {
        return findings(text, rule).stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    static Quotes quotes(String text) {
        return QuotePairer.pair(Prose.of(new Document("test", text, List.of())));
    }
}
