package org.relecture.rules.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;
import org.relecture.rules.Detector;
import org.relecture.rules.FrenchLexicon;
import org.relecture.rules.RuleExample;
import org.relecture.rules.RuleInfo;
import org.relecture.rules.RuleLoadException;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.text.Document;

/**
 * {@code OFFICIAL_NAME_TRUNCATED}: an official name whose last word was cut short, as machine
 * translation does when its output is truncated ({@code Union europ}, {@code Banque Mon}). The
 * names come from {@code rules/data/names-official.txt}. When the cut word is itself a French word
 * ({@code mon}, {@code eu}), the sentence may simply go on ({@code à la banque mon frère attend}),
 * so it counts only when written with the capitals of a name ({@code Banque Mon}).
 */
public final class OfficialNameTruncatedDetector implements Detector {
    public static final String ID = "OFFICIAL_NAME_TRUNCATED";
    static final String LIST = "names-official.txt";

    private static final RuleInfo INFO = RuleInfo.builtin(ID, Category.GRAMMAR, Severity.MINOR,
            "Nom officiel dont le dernier mot est tronqué (« Union europ » pour « Union européenne »).",
            RuleExample.wrong("Le prêt accordé par la <marker>Banque Mon</marker> arrive demain.", "Banque mondiale"),
            RuleExample.wrong("Les pays de l'<marker>Union europ</marker> se réunissent à Bruxelles.", "Union européenne"),
            RuleExample.correct("Le prêt accordé par la Banque mondiale arrive demain."),
            RuleExample.correct("À la banque mon frère attend son tour."));

    private final List<OfficialName> names;
    private final FrenchLexicon lexicon = FrenchLexicon.get();

    public OfficialNameTruncatedDetector(RuleLibrary library) throws RuleLoadException {
        this(library.dataList(LIST));
    }

    OfficialNameTruncatedDetector(List<String> officialNames) {
        this.names = officialNames.stream().map(OfficialName::parse).flatMap(Optional::stream).toList();
    }

    @Override
    public List<RuleInfo> rules() {
        return List.of(INFO);
    }

    @Override
    public List<Finding> check(Document document) {
        List<Finding> findings = new ArrayList<>();
        for (OfficialName name : names) {
            Matcher m = name.pattern().matcher(document.text());
            while (m.find()) {
                String word = m.group(1);
                if (name.cutShort(word) && (capitalisedLikeAName(m.group(), word) || !isFrenchWord(word))) {
                    String suggestion = name.completed(m.group(), m.start(1) - m.start());
                    String message = "Nom officiel tronqué : « " + name.name() + " ».";
                    findings.add(new Finding(ID, INFO.category(), INFO.severity(), m.start(), m.end(), message,
                            List.of(suggestion), RuleInfo.BUILTIN));
                }
            }
        }
        return longestOnly(findings);
    }

    private boolean isFrenchWord(String word) {
        return !lexicon.tags(word.toLowerCase(Locale.FRENCH)).isEmpty();
    }

    private static boolean capitalisedLikeAName(String matched, String word) {
        return Character.isUpperCase(matched.charAt(0)) && Character.isUpperCase(word.charAt(0));
    }

    /** {@code Organisation des Nations un} also contains {@code Nations un}: one finding, the longer. */
    private static List<Finding> longestOnly(List<Finding> findings) {
        findings.sort(Comparator.comparingInt(Finding::start).thenComparing(Comparator.comparingInt(Finding::end).reversed()));
        List<Finding> kept = new ArrayList<>();
        for (Finding f : findings) {
            boolean inside = kept.stream().anyMatch(k -> k.start() <= f.start() && f.end() <= k.end());
            if (!inside) {
                kept.add(f);
            }
        }
        return kept;
    }
}
