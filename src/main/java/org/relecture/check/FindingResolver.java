package org.relecture.check;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.rules.NameEvidence;
import org.relecture.rules.NameLists;
import org.relecture.rules.technical.TechnicalSpans;
import org.relecture.rules.technical.TechnicalText;
import org.relecture.rules.languagetool.LanguageToolDetector;
import org.relecture.text.Document;

/**
 * Reconciles what the detectors found before it is reported, so one problem gives one finding:
 * <ul>
 *   <li>anything overlapping web debris goes: the block will be deleted, not corrected;</li>
 *   <li>a LanguageTool finding goes when one of relecture's own findings covers it or lies within
 *       it and either has a category of the same family (grammar and spelling; punctuation,
 *       spacing and typography) or proposes the same fix ({@code Etats} to {@code États} inside
 *       {@code Etats-Unis} to {@code États-Unis}): relecture's rules are written for that very case.
 *       Inside a finding whose suggestion keeps part of its span (a quotation whose marks are
 *       replaced), only a finding on what the suggestion changes is the same problem: a missing
 *       space in the middle of the quotation is another;
 *       Findings that only touch (a missing space after {@code fin.} and a wrong article in
 *       {@code Le Pays-Bas}) are two problems and both stay, as are a misspelt word and the
 *       missing spaces of the quotation around it;</li>
 *   <li>a LanguageTool spelling or grammar finding inside a passage reported as untranslated goes:
 *       the words are not misspelt French, they are another language, and translating them is the
 *       fix;</li>
 *   <li>a LanguageTool finding inside technical text ({@link TechnicalText}: a command, an
 *       option, a file name, an identifier) goes, and so does one about spelling, punctuation,
 *       spacing or typography that touches it ({@code TIRET} on the dash of {@code -p}):
 *       LanguageTool's rules are for French prose;</li>
 *   <li>a LanguageTool spelling finding on a name ({@link NameFilter}: shown by the document,
 *       or a capitalised word no French word is close to) goes;</li>
 *   <li>a spelling or consistency finding on a name of the project's allowlist goes, and a
 *       spelling finding on one word of such a name: the project says that writing is right.</li>
 * </ul>
 */
final class FindingResolver {
    private static final List<Set<Category>> FAMILIES = List.of(
            EnumSet.of(Category.GRAMMAR, Category.SPELLING),
            EnumSet.of(Category.PUNCTUATION, Category.SPACING, Category.TYPOGRAPHY));

    /** What a name allowlist answers: a writing reported as misspelt or as a variant of another. */
    private static final Set<Category> NAME_CATEGORIES = EnumSet.of(Category.SPELLING, Category.CONSISTENCY);

    /** No allowlist and no name lists. */
    static final FindingResolver PLAIN = new FindingResolver(Set.of(), NameLists.NONE, TechnicalText.NONE);

    /** Categories of LanguageTool's findings that are about the code when they touch it: {@code TIRET} on {@code -p}. */
    private static final Set<Category> MARKS = EnumSet.of(Category.PUNCTUATION, Category.SPACING, Category.TYPOGRAPHY);

    private final Set<String> allowed;
    /** Each word of the allowlist's names: {@code Dupuis} of {@code Jean-Marc Dupuis} is spelt right. */
    private final Set<String> allowedWords = new HashSet<>();
    private final NameLists lists;
    private final TechnicalText technical;

    /**
     * @param allowed   names the project writes this way, whatever the document or the dictionary say
     * @param lists     the cue and particle lists of {@link NameEvidence}
     * @param technical what finds commands, options, file names and identifiers
     */
    FindingResolver(Set<String> allowed, NameLists lists, TechnicalText technical) {
        this.allowed = Set.copyOf(allowed);
        this.lists = lists;
        this.technical = technical;
        for (String name : allowed) {
            allowedWords.addAll(List.of(name.strip().split("\\s+")));
        }
    }

    List<Finding> resolve(Document document, List<Finding> findings) {
        Evidence evidence = evidence(document, findings.stream().filter(f -> !fromLanguageTool(f)).toList());
        return findings.stream().filter(f -> keeps(evidence, f)).toList();
    }

    /**
     * What deciding on a finding takes besides the finding: the document and relecture's own
     * findings on it. A LanguageTool finding's fate depends on nothing else, so the findings of
     * one document checked piece by piece are decided on as those of the whole are.
     *
     * @param own relecture's findings (none of LanguageTool's), web debris among them
     */
    Evidence evidence(Document document, List<Finding> own) {
        return new Evidence(document, own, own.stream().filter(f -> f.category() == Category.DEBRIS).toList());
    }

    /** True when {@code finding} is reported; see the class comment. */
    boolean keeps(Evidence evidence, Finding finding) {
        Document document = evidence.document;
        if (finding.category() != Category.DEBRIS && overlapsAny(finding, evidence.debris)) {
            return false;
        }
        if (isAllowed(document, finding)) {
            return false;
        }
        if (!fromLanguageTool(finding)) {
            return true;
        }
        TechnicalSpans code = evidence.code();
        if (code.covers(finding.start(), finding.end()) || (MARKS.contains(finding.category())
                || finding.category() == Category.SPELLING) && code.overlaps(finding.start(), finding.end())) {
            return false;
        }
        if (evidence.own.stream().anyMatch(o -> nested(o, finding) && (sameFamily(o.category(), finding.category())
                && touchesTheChange(document.text(), o, finding) || sameFix(document.text(), o, finding)))) {
            return false;
        }
        if (isWordLevel(finding) && evidence.own.stream().anyMatch(o -> o.category() == Category.UNTRANSLATED
                && o.start() <= finding.start() && finding.end() <= o.end())) {
            return false;
        }
        return finding.category() != Category.SPELLING || !NameFilter.onName(document, finding, evidence.names());
    }

    /**
     * The evidence about one document, its name and code evidence found when first needed (once;
     * thread-safe, so that the pieces of a document are decided on by several threads).
     */
    final class Evidence {
        private final Document document;
        private final List<Finding> own;
        private final List<Finding> debris;
        private NameEvidence names;
        private TechnicalSpans code;

        private Evidence(Document document, List<Finding> own, List<Finding> debris) {
            this.document = document;
            this.own = List.copyOf(own);
            this.debris = debris;
        }

        synchronized NameEvidence names() {
            if (names == null) {
                names = NameEvidence.of(document, lists);
            }
            return names;
        }

        synchronized TechnicalSpans code() {
            if (code == null) {
                code = technical.find(document);
            }
            return code;
        }
    }

    private boolean isAllowed(Document document, Finding finding) {
        if (!NAME_CATEGORIES.contains(finding.category())) {
            return false;
        }
        String text = document.slice(finding.start(), finding.end());
        return allowed.contains(text) || finding.category() == Category.SPELLING && allowedWords.contains(text);
    }

    private static boolean isWordLevel(Finding finding) {
        return finding.category() == Category.SPELLING || finding.category() == Category.GRAMMAR;
    }

    private static boolean fromLanguageTool(Finding finding) {
        return finding.source().equals(LanguageToolDetector.SOURCE);
    }

    private static boolean sameFamily(Category a, Category b) {
        return a == b || FAMILIES.stream().anyMatch(f -> f.contains(a) && f.contains(b));
    }

    /** True when the first suggestions of both findings turn the text into the same text. */
    private static boolean sameFix(String text, Finding a, Finding b) {
        if (a.suggestions().isEmpty() || b.suggestions().isEmpty()) {
            return false;
        }
        int from = Math.min(a.start(), b.start());
        int to = Math.max(a.end(), b.end());
        return applied(text, a, from, to).equals(applied(text, b, from, to));
    }

    /**
     * True when {@code inside} overlaps what the first suggestion of {@code outer} changes (or
     * {@code outer} has none, or {@code inside} covers it): characters replaced or deleted, or a
     * place where it inserts.
     */
    private static boolean touchesTheChange(String text, Finding outer, Finding inside) {
        if (outer.suggestions().isEmpty() || (inside.start() <= outer.start() && outer.end() <= inside.end())) {
            return true;
        }
        List<Character> before = chars(text.substring(outer.start(), outer.end()));
        List<Character> after = chars(outer.suggestions().get(0));
        for (AbstractDelta<Character> delta : DiffUtils.diff(before, after).getDeltas()) {
            int from = outer.start() + delta.getSource().getPosition();
            int to = from + delta.getSource().size();
            if (from == to ? inside.start() <= from && from <= inside.end() : inside.start() < to && from < inside.end()) {
                return true;
            }
        }
        return false;
    }

    private static List<Character> chars(String s) {
        return s.chars().mapToObj(c -> (char) c).toList();
    }

    private static String applied(String text, Finding f, int from, int to) {
        return text.substring(from, f.start()) + f.suggestions().get(0) + text.substring(f.end(), to);
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
