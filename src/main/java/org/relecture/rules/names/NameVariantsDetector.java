package org.relecture.rules.names;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;
import org.relecture.rules.Detector;
import org.relecture.rules.FrenchLexicon;
import org.relecture.rules.RuleExample;
import org.relecture.rules.RuleInfo;
import org.relecture.text.Document;

/**
 * {@code NAME_VARIANTS}: one name written two ways in one document ({@code Lee Kuan Yew} and
 * {@code Lee Kuan-yew}, {@code Érythrée} and {@code Erythrée}), as happens when a text is put
 * together from several translations. Writings count as one name when they differ only by accents,
 * hyphens or spaces; the rarer writings are reported, the commonest is suggested (on a tie, the
 * first one used). Single words that are also French words in lower case are left out
 * ({@code Dès}/{@code Des}), and so is a writing that only lacks the accent on the capital of a
 * common word ({@code Etats-Unis}): that is CAPITAL_WITHOUT_ACCENT's finding. Another name that shares words ({@code Lee}, {@code Lee Kuan Yew}) is not a
 * variant, nor is another spelling ({@code Mohamed}, {@code Mohammed}).
 */
public final class NameVariantsDetector implements Detector {
    public static final String ID = "NAME_VARIANTS";

    private static final RuleInfo INFO = RuleInfo.builtin(ID, Category.CONSISTENCY, Severity.MINOR,
            "Un même nom écrit de deux façons dans le document (accents, traits d'union, espaces).",
            RuleExample.wrong("Le chef d'Al-Qaïda est mort. Al-Qaïda a confirmé la nouvelle, puis "
                    + "<marker>Al-Qaida</marker> a nommé un successeur.", "Al-Qaïda"),
            RuleExample.wrong("Jean-Marc Dupuis a signé. <marker>Jean Marc Dupuis</marker> et son associé, "
                    + "selon Jean-Marc Dupuis lui-même, partent demain.", "Jean-Marc Dupuis"),
            RuleExample.wrong("Le ministre a quitté l'<marker>Erythrée</marker> ; l'Érythrée l'avait "
                    + "reçu deux fois, et l'Érythrée le recevra encore.", "Érythrée"),
            RuleExample.correct("L'Érythrée et le Soudan ont signé ; l'Érythrée l'a annoncé."),
            RuleExample.correct("Lee a reçu son hôte. Lee Kuan Yew l'a raccompagné ; Lee Hsien Loong était son fils."),
            RuleExample.correct("Le ministre est arrivé. Selon le ministre, LE PROJET EST ABANDONNÉ."));

    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{M}]+");

    private final FrenchLexicon lexicon = FrenchLexicon.get();
    private final CapitalisedRuns candidates = new CapitalisedRuns(lexicon);

    @Override
    public List<RuleInfo> rules() {
        return List.of(INFO);
    }

    @Override
    public List<Finding> check(Document document) {
        Map<String, Map<String, List<NameRun>>> names = new LinkedHashMap<>();
        for (NameRun run : candidates.find(document)) {
            names.computeIfAbsent(NameForms.key(run.text()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(NameForms.spelling(run.text()), k -> new ArrayList<>())
                    .add(run);
        }
        List<Finding> findings = new ArrayList<>();
        for (Map<String, List<NameRun>> writings : names.values()) {
            if (writings.size() > 1 && !commonWords(writings)) {
                report(writings, findings);
            }
        }
        return findings;
    }

    /**
     * True when the writings are single words and one of them is a French word in lower case
     * ({@code Dès}/{@code Des}, {@code Grâce}/{@code Grace}, {@code État}/{@code Etat}): they are
     * words, not names, and accents on words are the spelling and typography rules' business.
     */
    private boolean commonWords(Map<String, List<NameRun>> writings) {
        for (List<NameRun> runs : writings.values()) {
            String text = runs.get(0).text();
            if (text.indexOf(' ') >= 0 || text.indexOf('\u00a0') >= 0 || text.indexOf('\u202f') >= 0) {
                return false;
            }
            if (candidates.isCommonWord(text)) {
                return true;
            }
        }
        return false;
    }

    /** Reports every occurrence of the writings other than the commonest (the first on a tie). */
    private void report(Map<String, List<NameRun>> writings, List<Finding> findings) {
        List<NameRun> preferred = null;
        for (List<NameRun> runs : writings.values()) {
            if (preferred == null || runs.size() > preferred.size()) {
                preferred = runs;
            }
        }
        String model = preferred.get(0).text();
        for (List<NameRun> runs : writings.values()) {
            if (runs == preferred) {
                continue;
            }
            if (missingCapitalAccents(runs.get(0).text(), model)) {
                continue;
            }
            for (NameRun run : runs) {
                String message = "Ce nom est écrit « " + model + " » ailleurs dans le document ("
                        + times(preferred.size()) + ") : gardez une seule graphie.";
                findings.add(new Finding(ID, INFO.category(), INFO.severity(), run.start(), run.end(), message,
                        List.of(model), RuleInfo.BUILTIN));
            }
        }
    }

    /**
     * True when the writing differs from the preferred one only by the accent missing on the
     * capital of common words ({@code Etats-Unis} for {@code États-Unis}): French keeps accents on
     * capitals, and CAPITAL_WITHOUT_ACCENT reports exactly that, with the same fix; one problem
     * gives one finding.
     */
    private boolean missingCapitalAccents(String written, String preferred) {
        String[] writtenWords = WORD_SEPARATORS.split(written);
        String[] preferredWords = WORD_SEPARATORS.split(preferred);
        if (writtenWords.length != preferredWords.length) {
            return false;
        }
        boolean differs = false;
        for (int i = 0; i < writtenWords.length; i++) {
            String w = writtenWords[i];
            String p = preferredWords[i];
            if (w.equals(p)) {
                continue;
            }
            boolean accentOnCapitalOnly = w.length() == p.length() && !w.isEmpty()
                    && w.substring(1).equals(p.substring(1)) && Character.isUpperCase(p.charAt(0))
                    && NameForms.stripAccents(p.substring(0, 1)).equals(w.substring(0, 1));
            if (!accentOnCapitalOnly || !lexicon.tags(w).isEmpty() || !lexicon.tags(w.toLowerCase(Locale.FRENCH)).isEmpty()
                    || lexicon.tags(p.toLowerCase(Locale.FRENCH)).isEmpty()) {
                return false;
            }
            differs = true;
        }
        return differs;
    }

    private static String times(int count) {
        return count == 1 ? "une fois" : count + " fois";
    }
}
