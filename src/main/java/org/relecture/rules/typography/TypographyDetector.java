package org.relecture.rules.typography;

import java.util.ArrayList;
import java.util.List;
import org.relecture.findings.Finding;
import org.relecture.rules.Detector;
import org.relecture.rules.RuleInfo;
import org.relecture.rules.RuleLoadException;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.text.Document;

/**
 * French typography as a house policy: French quotation marks and their spacing, quotations that
 * open and close, accents on capitals, one kind of apostrophe. The document's prose and the
 * pairing of its quotation marks are worked out once and shared by the checks.
 */
public final class TypographyDetector implements Detector {
    private final List<TypographyCheck> checks;
    private final List<RuleInfo> rules = new ArrayList<>();

    public TypographyDetector(RuleLibrary library) throws RuleLoadException {
        this.checks = List.of(
                new ForeignQuotesCheck(),
                new GuillemetSpacingCheck(),
                new QuotePairingCheck(),
                new CapitalAccentCheck(library),
                new MixedApostrophesCheck());
        checks.forEach(check -> rules.addAll(check.rules()));
    }

    @Override
    public List<RuleInfo> rules() {
        return List.copyOf(rules);
    }

    @Override
    public List<Finding> check(Document document) {
        Prose prose = Prose.of(document);
        Quotes quotes = QuotePairer.pair(prose);
        List<Finding> findings = new ArrayList<>();
        for (TypographyCheck check : checks) {
            check.check(prose, quotes, findings);
        }
        return findings;
    }
}
