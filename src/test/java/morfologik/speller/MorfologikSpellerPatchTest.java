package morfologik.speller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import morfologik.stemming.Dictionary;
import org.junit.jupiter.api.Test;

/**
 * relecture's copy of morfologik's Speller (src/main/java/morfologik/speller) must answer exactly
 * as the library's own class does: both are run side by side on LanguageTool's French speller
 * dictionary, the library's loaded from its jar in a class loader of its own, over correct words,
 * words stripped of their accents, upper-cased, with letters dropped, doubled or swapped.
 */
class MorfologikSpellerPatchTest {
    static final String DICTIONARY = "/org/languagetool/resource/fr/french.dict";
    private static final List<String> WORDS = List.of(
            "élève", "école", "été", "événement", "français", "garçon", "cœur", "œuvre", "où", "déjà",
            "à", "là", "très", "après", "forêt", "château", "hôpital", "théâtre", "île", "maïs", "noël",
            "naïf", "aiguë", "économie", "gouvernement", "association", "développement", "intérêt",
            "prévision", "réglementation", "éphémère", "préférée", "réunion", "société", "pièce",
            "fenêtre", "bâtiment", "connaître", "paraître", "contrôle", "sûrement", "Québec", "Genève",
            "Montréal", "ministère", "européen", "télécommunications", "caractéristique", "évaluation",
            "responsabilité", "appartement", "accueillir", "recueil", "orgueil", "mœurs", "façade",
            "reçu", "aperçu", "deçà", "voilà", "jusqu'à", "aujourd'hui", "peut-être", "c'est-à-dire");

    @Test
    void answersAsTheLibrarysOwnSpeller() throws Exception {
        URL dictionary = getClass().getResource(DICTIONARY);
        assertNotNull(dictionary, DICTIONARY);
        try (URLClassLoader library = new URLClassLoader(morfologikJars(), ClassLoader.getPlatformClassLoader())) {
            Class<?> original = library.loadClass("morfologik.speller.Speller");
            assertNotEquals(Speller.class, original, "the library's class, loaded apart");
            Object originalDictionary = library.loadClass("morfologik.stemming.Dictionary")
                    .getMethod("read", URL.class).invoke(null, dictionary);
            Dictionary ours = Dictionary.read(dictionary);
            Set<String> words = variants();
            for (int distance = 1; distance <= 2; distance++) {
                for (String word : words) {
                    // A new speller for each word, as LanguageTool's MorfologikSpeller makes one.
                    Object theirs = original.getConstructor(originalDictionary.getClass(), int.class)
                            .newInstance(originalDictionary, distance);
                    assertEquals(answers(theirs, word), answers(new Speller(ours, distance), word),
                            word + ", distance " + distance);
                }
            }
        }
    }

    /** What LanguageTool's MorfologikSpeller asks a speller, as text. */
    static List<String> answers(Object speller, String word) throws Exception {
        List<String> out = new ArrayList<>();
        out.add("misspelled " + speller.getClass().getMethod("isMisspelled", String.class).invoke(speller, word));
        out.add("frequency " + speller.getClass().getMethod("getFrequency", CharSequence.class).invoke(speller, word));
        for (String name : List.of("findReplacementCandidates", "replaceRunOnWordCandidates")) {
            for (Object candidate : (List<?>) speller.getClass().getMethod(name, String.class).invoke(speller, word)) {
                Method text = candidate.getClass().getMethod("getWord");
                Method distance = candidate.getClass().getMethod("getDistance");
                out.add(name + " " + text.invoke(candidate) + " " + distance.invoke(candidate));
            }
        }
        return out;
    }

    static Set<String> variants() {
        Set<String> out = new LinkedHashSet<>();
        for (String word : WORDS) {
            String bare = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            out.add(word);
            out.add(bare);
            out.add(word.toUpperCase(Locale.FRENCH));
            out.add(Character.toUpperCase(bare.charAt(0)) + bare.substring(1));
            int i = word.length() / 2;
            out.add(word.substring(0, i) + word.substring(i + 1)); // a letter dropped
            out.add(word.substring(0, i) + word.charAt(i) + word.substring(i)); // doubled
            if (i + 1 < word.length()) { // two letters swapped
                out.add(word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2));
            }
        }
        return out;
    }

    static URL[] morfologikJars() throws Exception {
        List<URL> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = new File(entry).getName();
            if (name.startsWith("morfologik-speller-") || name.startsWith("morfologik-fsa-")
                    || name.startsWith("morfologik-stemming-")) {
                jars.add(new File(entry).toURI().toURL());
            }
        }
        // The copy is of 2.1.9: another version on the class path needs the copy redone.
        assertEquals(1, jars.stream().filter(u -> u.getPath().endsWith("/morfologik-speller-2.1.9.jar")).count(),
                "morfologik-speller 2.1.9, the version relecture's copy of its Speller comes from: " + jars);
        assertEquals(3, jars.stream().filter(u -> !u.getPath().contains("fsa-builders")).count(),
                "morfologik's speller, fsa and stemming jars on the class path: " + jars);
        return jars.toArray(URL[]::new);
    }
}
