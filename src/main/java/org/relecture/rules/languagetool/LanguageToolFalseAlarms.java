package org.relecture.rules.languagetool;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.languagetool.rules.RuleMatch;
import org.relecture.rules.RuleExample;
import org.relecture.rules.RuleLoadException;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.text.LineBounds;
import org.relecture.text.Span;

/**
 * Matches of LanguageTool's French rules that are wrong on news text, in two cases shown by the
 * examples below, dropped before they become findings:
 * <ul>
 *   <li>{@code ELISION} before a name whose h is aspirated ({@code le Hamas}, {@code de Huawei}):
 *       LanguageTool asks for {@code l'Hamas} before the names it does not know; the names are
 *       listed in {@value #ASPIRATED_H};</li>
 *   <li>{@code UPPERCASE_SENTENCE_START} on a line that is a label, not a sentence: a short line
 *       without final punctuation ({@code mis à jour le 3 mars}, {@code photo : AFP}).</li>
 * </ul>
 */
public final class LanguageToolFalseAlarms {
    static final String ASPIRATED_H = "elision-h-aspire.txt";
    /** A line of at most this many words, without final punctuation, is a label. */
    private static final int LABEL_WORDS = 10;
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}[\\p{L}\\p{M}]*)\\s*$");

    /** Wrong examples are true errors LanguageTool still reports; correct ones, its false alarms. */
    static final List<RuleExample> EXAMPLES = List.of(
            RuleExample.correct("Le Hamas et le Hezbollah ont réagi, comme les dirigeants de Huawei et la Hongrie."),
            RuleExample.correct("mis à jour le 3 mars 2025 à 18h04\nLe conseil municipal a voté le budget."),
            RuleExample.wrong("La pointe <marker>de île</marker> est encore loin.", "de l'île"),
            RuleExample.wrong("Le conseil a voté.\n<marker>il</marker> faudra attendre le printemps pour les travaux.", "Il"));

    private final Set<String> aspirated;

    private LanguageToolFalseAlarms(Set<String> aspirated) {
        this.aspirated = aspirated;
    }

    public static LanguageToolFalseAlarms of(RuleLibrary library) throws RuleLoadException {
        return new LanguageToolFalseAlarms(Set.copyOf(library.dataList(ASPIRATED_H)));
    }

    /** True when the match is one of the false alarms above. */
    public boolean isFalseAlarm(RuleMatch match, String text) {
        Span span = LanguageToolDetector.placed(match, text.length());
        return switch (match.getRule().getId()) {
            case "ELISION" -> beforeAspiratedH(text.substring(span.start(), span.end()));
            case "UPPERCASE_SENTENCE_START" -> onLabelLine(text, span.start());
            default -> false;
        };
    }

    private boolean beforeAspiratedH(String matched) {
        Matcher m = LAST_WORD.matcher(matched);
        return m.find() && aspirated.contains(m.group(1));
    }

    /** The match opens a short line that ends without a sentence's final punctuation. */
    static boolean onLabelLine(String text, int at) {
        int start = LineBounds.start(text, at);
        if (!text.substring(start, at).isBlank()) {
            return false;
        }
        String line = text.substring(start, LineBounds.end(text, at)).strip();
        if (line.isEmpty()) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return ".!?…:;»\"”)".indexOf(last) < 0 && line.split("\\s+").length <= LABEL_WORDS;
    }
}
