package org.relecture.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.text.Document;

/**
 * Reconciles what the detectors found before it is reported, so one problem gives one finding:
 * <ul>
 *   <li>anything overlapping web debris goes: the block will be deleted, not corrected;</li>
 *   <li>a LanguageTool finding goes when one of relecture's own findings covers it or lies within
 *       it with a category of the same family (form: grammar, spelling, punctuation, spacing,
 *       typography), because relecture's rules are written for that very case and suggest the fix
 *       for it. Findings that only touch (a missing space after {@code Sud.} and a wrong article in
 *       {@code Le États-Unis}) are two problems and both stay;</li>
 *   <li>a LanguageTool spelling finding on a word the document shows to be a name
 *       ({@link NameEvidence}) goes.</li>
 * </ul>
 */
final class FindingResolver {
    private static final Set<Category> FORM = EnumSet.of(Category.GRAMMAR, Category.SPELLING,
            Category.PUNCTUATION, Category.SPACING, Category.TYPOGRAPHY);

    private FindingResolver() {
    }

    static List<Finding> resolve(Document document, List<Finding> findings) {
        List<Finding> debris = findings.stream().filter(f -> f.category() == Category.DEBRIS).toList();
        List<Finding> own = findings.stream().filter(f -> !fromLanguageTool(f)).toList();
        NameEvidence names = null;
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (finding.category() != Category.DEBRIS && overlapsAny(finding, debris)) {
                continue;
            }
            if (fromLanguageTool(finding)) {
                if (own.stream().anyMatch(o -> nested(o, finding) && sameFamily(o.category(), finding.category()))) {
                    continue;
                }
                if (finding.category() == Category.SPELLING) {
                    names = names != null ? names : NameEvidence.of(document);
                    if (names.isName(document.slice(finding.start(), finding.end()))) {
                        continue;
                    }
                }
            }
            kept.add(finding);
        }
        return kept;
    }

    private static boolean fromLanguageTool(Finding finding) {
        return finding.source().equals(LanguageToolDetector.SOURCE);
    }

    private static boolean sameFamily(Category a, Category b) {
        return a == b || (FORM.contains(a) && FORM.contains(b));
    }

    private static boolean overlapsAny(Finding finding, List<Finding> others) {
        return others.stream().anyMatch(o -> overlaps(o, finding));
    }

    private static boolean nested(Finding a, Finding b) {
        return (a.start() <= b.start() && b.end() <= a.end()) || (b.start() <= a.start() && a.end() <= b.end());
    }

    private static boolean overlaps(Finding a, Finding b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
