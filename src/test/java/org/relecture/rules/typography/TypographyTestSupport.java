package org.relecture.rules.typography;

import java.util.List;
import org.relecture.findings.Finding;
import org.relecture.rules.RulesHome;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.text.Document;

/** Runs the typography detector on a text of the test's own, with the project's data lists. */
final class TypographyTestSupport {
    private static TypographyDetector detector;

    private TypographyTestSupport() {
    }

    static List<Finding> findings(String text) {
        try {
            if (detector == null) {
                detector = new TypographyDetector(RuleLibrary.load(List.of(RulesHome.locate().orElseThrow())));
            }
            return detector.check(new Document("test", text, List.of()));
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
