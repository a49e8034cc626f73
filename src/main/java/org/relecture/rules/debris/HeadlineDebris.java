package org.relecture.rules.debris;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.relecture.rules.RuleLoadException;
import org.relecture.rules.files.RuleLibrary;

/**
 * Debris around the headline of a scraped article: a stray label before it (the site's section,
 * a language code left by the scraper) and the site's name after it ({@code Titre | Rubrique}).
 */
final class HeadlineDebris {
    static final String EXEMPTIONS_FILE = "debris-heading-exemptions.txt";

    private static final int LABEL_MAX_WORDS = 3;
    private static final int LABEL_MAX_CHARS = 40;
    /** News headlines are long; a book's subtitle under its title is usually shorter. */
    private static final int HEADLINE_MIN_WORDS = 8;
    private static final int HEADLINE_MAX_WORDS = 35;
    /** The paragraph after the headline must be body text, which rules out a poem's verses. */
    private static final int BODY_MIN_WORDS = 12;
    private static final int SUFFIX_MAX_WORDS = 4;
    private static final int SUFFIX_MAX_PIPES = 3;
    /** A headline may end with a question, an exclamation or a quotation; not with a full stop. */
    private static final Pattern HEADLINE_END = Pattern.compile(".*[.,;:…]$");
    private static final Pattern DIALOGUE_OR_LIST = Pattern.compile("^[-—–*•«\"“(\\[].*");
    private static final Pattern PARTICLE = Pattern.compile("(de|du|des|d'.*|la|le|von|van|der|da|di|del|y|et)");
    private static final String LABEL_MESSAGE = "Mot isolé avant le titre (rubrique du site, code de langue) : à supprimer.";
    private static final String SUFFIX_MESSAGE = "Nom du site ou de la rubrique accolé au titre : à supprimer.";

    private final List<Pattern> exemptions;

    private HeadlineDebris(List<Pattern> exemptions) {
        this.exemptions = exemptions;
    }

    static HeadlineDebris load(RuleLibrary library) throws RuleLoadException {
        return new HeadlineDebris(library.dataPatterns(EXEMPTIONS_FILE, Texts.FLAGS));
    }

    /**
     * A first line of one to three words, then a long unpunctuated headline, then body text: the
     * first line is a label. A short title followed by the text itself is not (the second line
     * would be punctuated prose), nor a numbered or "Chapitre" heading.
     *
     * @param first index of the first line that is neither blank nor already debris
     */
    void findLabel(List<TextLine> lines, List<LineKind> kinds, int first, Consumer<Hit> out) {
        int second = nextContent(kinds, first + 1);
        int third = second < 0 ? -1 : nextContent(kinds, second + 1);
        if (third < 0) {
            return;
        }
        if (isLabel(lines.get(first).content()) && isHeadline(lines.get(second).content())
                && isBody(lines.get(third).content())) {
            TextLine line = lines.get(first);
            out.accept(new Hit(DebrisRules.LABEL_BEFORE_HEADLINE, line.contentStart(), line.contentEnd(), LABEL_MESSAGE, ""));
        }
    }

    /** One to three words, no final punctuation, no digits (a date), not a name, a heading or a genre. */
    private boolean isLabel(String label) {
        int words = Texts.wordCount(label);
        return words >= 1 && words <= LABEL_MAX_WORDS && label.length() <= LABEL_MAX_CHARS
                && !Texts.endsWithFinalMark(label) && !label.endsWith(",")
                && !DIALOGUE_OR_LIST.matcher(label).matches()
                && Character.isLetter(label.codePointAt(0)) && label.chars().noneMatch(Character::isDigit)
                && !isName(label)
                && exemptions.stream().noneMatch(p -> p.matcher(Texts.normalize(label)).matches());
    }

    private static boolean isHeadline(String headline) {
        int words = Texts.wordCount(headline);
        return words >= HEADLINE_MIN_WORDS && words <= HEADLINE_MAX_WORDS
                && !HEADLINE_END.matcher(headline).matches() && !DIALOGUE_OR_LIST.matcher(headline).matches();
    }

    private static boolean isBody(String body) {
        return Texts.wordCount(body) >= BODY_MIN_WORDS && Texts.endsWithFinalMark(body);
    }

    /**
     * {@code Titre de l'article | Rubrique | Site}: on a line without final punctuation, the
     * segments after the first pipe are the site's when each has one to four words and the
     * title before them has at least four.
     */
    void findSiteSuffix(TextLine line, Consumer<Hit> out) {
        String text = line.text();
        String content = line.content();
        if (content.startsWith("|") || Texts.endsWithFinalMark(content)
                || Texts.wordCount(content) > HEADLINE_MAX_WORDS + SUFFIX_MAX_WORDS) {
            return;
        }
        long pipes = content.chars().filter(c -> c == '|').count();
        if (pipes == 0 || pipes > SUFFIX_MAX_PIPES) {
            return;
        }
        int cut = text.length();
        int pipe;
        while ((pipe = text.lastIndexOf('|', cut - 1)) > 0) {
            int words = Texts.wordCount(text.substring(pipe + 1, cut));
            if (words < 1 || words > SUFFIX_MAX_WORDS || !Character.isWhitespace(text.charAt(pipe - 1))) {
                break;
            }
            cut = pipe;
        }
        if (cut == text.length() || Texts.wordCount(text.substring(0, cut)) < 4 || text.substring(0, cut).contains("|")) {
            return;
        }
        out.accept(new Hit(DebrisRules.SITE_SUFFIX, line.start() + cut, line.contentEnd(), SUFFIX_MESSAGE, ""));
    }

    /**
     * French capitalises only the first word of a title, so a line of two or three words that
     * all start with a capital ("Guy de Maupassant", "Jeanne Martin") is a name: an author's
     * above the title of a text is not debris.
     */
    private static boolean isName(String label) {
        String[] words = label.split("\\s+");
        if (words.length < 2) {
            return false;
        }
        for (String word : words) {
            if (!PARTICLE.matcher(word).matches() && !Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static int nextContent(List<LineKind> kinds, int from) {
        for (int i = from; i < kinds.size(); i++) {
            if (kinds.get(i) != LineKind.BLANK) {
                return i;
            }
        }
        return -1;
    }
}
