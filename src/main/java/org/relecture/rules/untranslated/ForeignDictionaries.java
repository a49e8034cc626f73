package org.relecture.rules.untranslated;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.EnumMap;
import java.util.Map;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The Italian, English and Spanish word lists of LanguageTool's language modules, read as the
 * morfologik automata they are (a few MB in all) rather than through full LanguageTool language
 * objects. The automata are read once per JVM, on first use, and shared; each instance has its own
 * lookups, which are not thread-safe.
 */
final class ForeignDictionaries {
    private final Map<Language, DictionaryLookup> lookups = new EnumMap<>(Language.class);

    ForeignDictionaries() {
        Shared.DICTIONARIES.forEach((language, dictionary) -> lookups.put(language, new DictionaryLookup(dictionary)));
    }

    /** True when the word, as given, is a common word (not only a proper noun) of the language. */
    boolean isWord(Language language, String word) {
        for (WordData data : lookups.get(language).lookup(word)) {
            CharSequence tag = data.getTag();
            if (tag == null || !language.isProperNounTag(tag.toString())) {
                return true;
            }
        }
        return false;
    }

    /** Reads the automata now if they are not yet (a start-up thread does, before the first check needs them). */
    static void preload() {
        // Without one, the first check says so itself (a holder that failed once only fails again, without the why).
        for (Language language : Language.values()) {
            if (ForeignDictionaries.class.getResource(language.dictionary()) == null) {
                return;
            }
        }
        java.util.Objects.requireNonNull(Shared.DICTIONARIES);
    }

    /** Holder: the automata are read when the first detector needs them, not when the class loads. */
    private static final class Shared {
        static final Map<Language, Dictionary> DICTIONARIES = load();

        private static Map<Language, Dictionary> load() {
            Map<Language, Dictionary> all = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                URL url = ForeignDictionaries.class.getResource(language.dictionary());
                if (url == null) {
                    throw new IllegalStateException("the " + language.frenchName() + " dictionary "
                            + language.dictionary() + " is not on the classpath");
                }
                try {
                    all.put(language, Dictionary.read(url));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + language.dictionary(), e);
                }
            }
            return all;
        }
    }
}
