package org.relecture.rules.typography;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.relecture.findings.Finding;
import org.relecture.rules.Detector;
import org.relecture.rules.RuleInfo;
import org.relecture.rules.RuleLoadException;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.text.Document;

/**
 * A detector of French typography as a house policy: French quotation marks and their spacing,
 * quotations that open and close, accents on capitals, one kind of apostrophe. The typography
 * detectors of one checker share a {@link ProseReading}, so the document's prose and the pairing
 * of its quotation marks are worked out once.
 */
public abstract sealed class TypographyDetector implements Detector
        permits ForeignQuotesDetector, GuillemetSpacingDetector, QuotePairingDetector, CapitalAccentDetector,
        MixedApostrophesDetector {
    private final ProseReading reading;
    private final List<RuleInfo> rules;

    TypographyDetector(ProseReading reading, RuleInfo... rules) {
        this.reading = reading;
        this.rules = List.of(rules);
    }

    /** The typography detectors of one checker, sharing one reading of each document. */
    public static List<Detector> create(RuleLibrary library) throws RuleLoadException {
        ProseReading reading = new ProseReading();
        return List.of(
                new ForeignQuotesDetector(reading),
                new GuillemetSpacingDetector(reading),
                new QuotePairingDetector(reading),
                new CapitalAccentDetector(reading, library),
                new MixedApostrophesDetector(reading));
    }

    @Override
    public final List<RuleInfo> rules() {
        return rules;
    }

    @Override
    public final List<Finding> check(Document document) {
        List<Finding> findings = new ArrayList<>();
        find(reading.prose(document), reading.quotes(document), findings);
        return findings;
    }

    /** Adds its findings on the document to {@code out}. */
    abstract void find(Prose prose, Quotes quotes, List<Finding> out);

    static Finding finding(RuleInfo rule, int start, int end, String message, List<String> suggestions) {
        return finding(rule, start, end, message, suggestions, Map.of());
    }

    static Finding finding(RuleInfo rule, int start, int end, String message, List<String> suggestions,
                           Map<String, String> attributes) {
        return new Finding(rule.id(), rule.category(), rule.severity(), start, end, message, suggestions,
                RuleInfo.BUILTIN, attributes);
    }
}
