package org.relecture.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.relecture.findings.Finding;
import org.relecture.rules.CheckOptions;
import org.relecture.rules.Detector;
import org.relecture.rules.RulesHome;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.server.FuzzTries;
import org.relecture.testing.TestDocuments;
import org.relecture.text.Document;

/**
 * Random documents (any Unicode: surrogate pairs and lone surrogates, combining marks, CR/LF
 * mixes, words thousands of letters long, no spaces, punctuation only, addresses, quotes, markup,
 * Markdown) through every detector of relecture's own, the whole checker without LanguageTool,
 * and, in fewer tries, with it: no exception, and every finding inside the text with both ends on
 * code point boundaries. {@code -Drelecture.fuzz.tries=N} runs each property N times.
 */
class DetectorFuzzTest {
    /** Pieces documents are made of, each a trap for some detector. */
    private static final List<String> PIECES = List.of(
            "Le ", "la ", "« ", " »", "\"", "“", "”", "'", "’", ". ", ".", ", ", "; ", " ;", ":", "!", "?", "…",
            "(", ")", "[", "]", "-", "—", " ", "\u00a0", "\u202f", "\t", "\n", "\r", "\r\n", "\n\n",
            "Paris", "Etats", "États-Unis", "Poutine", "Putin", "deUkraine", "l'Ukraine", "aujourd'hui",
            "il governo della repubblica", "the government has", "http://exemple.fr/a?b=c", "www.exemple.fr",
            "redaction@exemple.fr", "@compte", "#mot", "`code`", "<b>", "</b>", "&amp;", "# ", "* ", "> ", "```",
            "[lien](http://x.fr)", "e\u0301", "\u0301", "\uD83D\uDE00", "\uD835\uDC00", "\uD800", "\uDC00",
            "\u202e", "\u001b[31m", "\u0000", "1.2", "2024", "M.", "Ph.D.");

    private static final int LANGUAGETOOL_LENGTH = 3_000;

    private static RuleLibrary library;
    private static List<Detector> detectors;
    private static Checker withoutLanguageTool;
    private static Checker withLanguageTool;

    @BeforeContainer
    static void build() throws Exception {
        library = RuleLibrary.load(List.of(RulesHome.locate().orElseThrow()));
        detectors = new ArrayList<>(BuiltinDetectors.create(library));
        detectors.addAll(library.yamlRules());
        withoutLanguageTool = new Checker(detectors, CheckOptions.defaults());
        withLanguageTool = Checker.create(CheckOptions.defaults(), library);
    }

    @Property(tries = 50)
    @AddLifecycleHook(FuzzTries.class)
    void everyDetectorTakesAnyText(@ForAll("documents") Document document) throws Exception {
        for (Detector detector : detectors) {
            assertInside(document, detector.check(document), detector.getClass().getSimpleName());
        }
        assertInside(document, withoutLanguageTool.check(document), "the checker");
    }

    /** LanguageTool takes seconds on long texts: few tries, on the first {@value #LANGUAGETOOL_LENGTH} characters. */
    @Property(tries = 3)
    @AddLifecycleHook(FuzzTries.class)
    void theCheckerWithLanguageToolTakesAnyText(@ForAll("documents") Document whole) throws Exception {
        String text = whole.text();
        Document document = TestDocuments.read(whole.path(), text.length() <= LANGUAGETOOL_LENGTH ? text
                : text.substring(0, Character.isHighSurrogate(text.charAt(LANGUAGETOOL_LENGTH - 1))
                        ? LANGUAGETOOL_LENGTH - 1 : LANGUAGETOOL_LENGTH));
        assertInside(document, withLanguageTool.check(document), "the checker with LanguageTool");
    }

    private static void assertInside(Document document, List<Finding> findings, String who) {
        String text = document.text();
        for (Finding f : findings) {
            String where = who + ": " + f + " in a text of " + text.length();
            assertTrue(f.start() >= 0 && f.start() <= f.end() && f.end() <= text.length(), where);
            assertTrue(onBoundary(text, f.start()) && onBoundary(text, f.end()), "splits a surrogate pair: " + where);
        }
    }

    private static boolean onBoundary(String text, int offset) {
        return offset == 0 || offset == text.length()
                || !(Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset)));
    }

    @Provide
    Arbitrary<Document> documents() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(PIECES),
                Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.strings().withChars("aeiouéèàçst".toCharArray()).ofMinLength(1).ofMaxLength(10),
                // a word, or a run of one character, thousands long
                Arbitraries.of("a", "É", "-", ".", "'", "«", "a.", "a-", "\r\n", "`", "@", "ab'").flatMap(unit ->
                        Arbitraries.integers().between(200, 2_000).map(unit::repeat)));
        Arbitrary<String> text = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, piece.list().ofMaxSize(40).map(p -> String.join("", p))),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(300)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withChars(".,;:!?«»\"'’()-—…".toCharArray()).ofMaxLength(300)));
        return text.flatMap(t -> Arbitraries.of("t.txt", "t.md").map(path -> TestDocuments.read(path, t)));
    }
}
