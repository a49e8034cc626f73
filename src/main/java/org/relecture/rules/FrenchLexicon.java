package org.relecture.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.languagetool.tagging.Tagger;

/**
 * Asks LanguageTool's French dictionary (the part-of-speech lexicon, every inflected form) about
 * single words. The tagger is shared by the whole JVM and safe to use from several threads, as
 * LanguageTool's own server does.
 */
public final class FrenchLexicon {
    private static final FrenchLexicon INSTANCE = new FrenchLexicon();
    /** Built on first use: LanguageTool's language classes read their resources when created. */
    private static final class French {
        static final Language INSTANCE = new LazyFrench();
    }

    private FrenchLexicon() {
    }

    /**
     * LanguageTool's French, one per JVM, whose suggestions are computed only when read
     * ({@link LazyFrench}). Every part of relecture uses this one, so each of LanguageTool's
     * per-language caches (tagger, dictionaries, rules) is built once.
     */
    public static Language french() {
        return French.INSTANCE;
    }

    /**
     * Parses the French pattern rules of {@link #french()} if not done yet: a JLanguageTool of it
     * then starts without parsing them.
     */
    public static void loadPatternRules() throws IOException {
        ((LazyFrench) french()).loadPatternRules();
    }

    /**
     * The spelling rule of {@link #french()}, built now if it is not yet, its word lists tokenized
     * with the memo's answers where it has them ({@link TokenMemo}).
     */
    public static SpellingCheckRule spellingRule(TokenMemo memo) {
        french(); // LanguageTool's registry of languages first, as any other way in
        return LazyFrench.spellingRule(memo);
    }

    public static FrenchLexicon get() {
        return INSTANCE;
    }

    /** True when the word, as written or in lower case, is a French word form. */
    public boolean isWord(String word) {
        return !tags(word).isEmpty() || !tags(word.toLowerCase(Locale.FRENCH)).isEmpty();
    }

    /** The part-of-speech tags of the word as written, e.g. {@code N f s}, {@code V ppa m s}. */
    public List<String> tags(String word) {
        if (word.isEmpty()) {
            return List.of();
        }
        try {
            Tagger tagger = french().getTagger();
            AnalyzedTokenReadings readings = tagger.tag(List.of(word)).get(0);
            return readings.getReadings().stream()
                    .map(AnalyzedToken::getPOSTag)
                    .filter(tag -> tag != null && !tag.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool's French dictionary could not be read", e);
        }
    }
}
