package org.relecture.rules.untranslated;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * OpenNLP's language detector (character n-grams, 103 languages) run on a candidate window only:
 * reliable on a clause, weak on a word or two, so it confirms or vetoes what the dictionaries found
 * rather than finding fragments itself. The model is read once per JVM, when a window first needs
 * it; each instance has its own detector, which is not thread-safe.
 */
final class LanguageWindows {
    private static final String MODEL = "/langdetect-183.bin";
    private static final String FRENCH = "fra";

    private LanguageDetectorME detector;

    /**
     * The probabilities of French and of each candidate language for the window, renormalised over
     * those four: what the window's language is, given that it is one of them.
     */
    Scores score(CharSequence window) {
        if (detector == null) {
            detector = new LanguageDetectorME(Shared.MODEL);
        }
        double french = 0;
        Map<Language, Double> foreign = new EnumMap<>(Language.class);
        for (opennlp.tools.langdetect.Language guess : detector.predictLanguages(window)) {
            if (guess.getLang().equals(FRENCH)) {
                french = guess.getConfidence();
            }
            for (Language language : Language.values()) {
                if (guess.getLang().equals(language.openNlpCode())) {
                    foreign.put(language, guess.getConfidence());
                }
            }
        }
        double total = french + foreign.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total <= 0) {
            return new Scores(0.25, Map.of());
        }
        Map<Language, Double> normalised = new EnumMap<>(Language.class);
        foreign.forEach((language, p) -> normalised.put(language, p / total));
        return new Scores(french / total, normalised);
    }

    /** Probabilities over French and the candidate languages, summing to one. */
    record Scores(double french, Map<Language, Double> foreign) {
        Scores {
            foreign = Map.copyOf(foreign);
        }

        double of(Language language) {
            return foreign.getOrDefault(language, 0.0);
        }
    }

    /** Reads the model now if it is not yet (a start-up thread does, before the first check needs it). */
    static void preload() {
        // Without the model, the first check says so itself (a holder that failed once only fails again, without the why).
        if (LanguageWindows.class.getResource(MODEL) != null) {
            java.util.Objects.requireNonNull(Shared.MODEL);
        }
    }

    /** Holder: the model (10 MB) is read on first use, not when the detector is built. */
    private static final class Shared {
        static final LanguageDetectorModel MODEL = load();

        private static LanguageDetectorModel load() {
            try (InputStream in = LanguageWindows.class.getResourceAsStream(LanguageWindows.MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("OpenNLP language detection model " + LanguageWindows.MODEL
                            + " is not on the classpath (artifact opennlp-models-langdetect)");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read OpenNLP language detection model", e);
            }
        }
    }
}
