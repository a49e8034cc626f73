package org.relecture.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.relecture.findings.Finding;
import org.relecture.fix.Edit;
import org.relecture.fix.FixOutcome;
import org.relecture.rules.Level;

/**
 * {@code relecture fix} with relecture's own rules (LanguageTool left out, for speed) on random
 * articles: clean French sentences, some damaged the ways translation damages them (glued
 * sentences and words, straight or English quotation marks, guillemets without their spaces,
 * capitals without accents, names in their English form, a share button or a comment form left
 * in), with LF or CRLF line ends. Properties: a text with no safe finding is not changed; a second
 * fix finds nothing; the findings left are a fresh check's; a fix that settled in one pass changed
 * nothing outside the spans of the safe findings of the original text.
 */
class FixProperties {
    private static final List<String> SENTENCES = List.of(
            "Le conseil municipal a voté le budget de l'année prochaine.",
            "Les États membres ont présenté leur position à Bruxelles.",
            "Selon le ministre, « la saison sera longue » pour les agriculteurs.",
            "Poutine a reçu le président français au Kremlin.",
            "L'École normale accueille des étudiants de France et d'Italie.",
            "Elle a répondu : « Nous verrons bien ce que l'hiver réserve. »",
            "Les prix ont augmenté de 3,5 % en un an, soit 12,30 euros de plus.",
            "Le site exemple.fr publie les horaires à 12h30 chaque jour.",
            "Il a lu le rapport de M. Martin avant la séance.",
            "Eric et Emmanuel ont parcouru l'Europe en train.");
    private static final List<String> DEBRIS = List.of("Partager sur Facebook",
            "Laissez un commentaire\nVotre adresse de messagerie ne sera pas publiée.");

    private static Relecture relecture;
    private static Fixer fixer;

    @BeforeContainer
    static void build() throws Exception {
        relecture = Relecture.builder().level(Level.PICKY)
                .enableOnly(Set.of("MISSING_SPACE_AFTER_PUNCTUATION", "GLUED_WORDS", "QUOTES_NOT_FRENCH",
                        "QUOTES_NOT_FRENCH_EACH", "GUILLEMET_SPACING", "CAPITAL_WITHOUT_ACCENT", "QUOTE_MISMATCH",
                        "QUOTE_NOT_CLOSED", "QUOTE_NOT_OPENED", "EXONYMES", "CALQUES_ANGLAIS", "NAME_VARIANTS",
                        "DEBRIS_BOILERPLATE_BLOCK", "DEBRIS_BOILERPLATE", "DEBRIS_URL", "DEBRIS_MARKUP"))
                .workers(1).build();
        fixer = relecture.fixer(List.of());
    }

    @AfterContainer
    static void release() {
        relecture = null;
        fixer = null;
    }

    /** One sentence, clean or damaged once. */
    private static Arbitrary<String> sentence() {
        return Arbitraries.of(SENTENCES).flatMap(s -> Arbitraries.integers().between(0, 7).map(damage -> switch (damage) {
            case 1 -> s.replaceFirst("\\. ?$", ".").replaceFirst("« ", "\"").replaceFirst(" »", "\"");
            case 2 -> s.replace("« ", "«").replace(" »", "»");
            case 3 -> s.replace("États", "Etats").replace("École", "Ecole");
            case 4 -> s.replace("Poutine", "Putin");
            case 5 -> s.replace("de France", "deFrance").replace("de l'année", "del'année");
            case 6 -> s.replace("« ", "“").replace(" »", "”");
            default -> s;
        }));
    }

    @Provide
    Arbitrary<String> articles() {
        Arbitrary<String> glue = Arbitraries.of(" ", " ", "", "\n", "\n\n");
        Arbitrary<String> part = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, sentence()),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(DEBRIS).map(d -> "\n\n" + d + "\n\n")));
        return net.jqwik.api.Combinators.combine(part.list().ofMinSize(1).ofMaxSize(8), glue.list().ofSize(8),
                Arbitraries.of("\n", "\r\n")).as((parts, glues, newline) -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < parts.size(); i++) {
                        text.append(parts.get(i)).append(i + 1 < parts.size() ? glues.get(i) : "\n");
                    }
                    return text.toString().replace("\n", newline);
                });
    }

    private static FixOutcome fix(String text) {
        FixOutcome outcome = fixer.fix(relecture.document("article.txt", text));
        assertTrue(outcome.ok(), () -> String.valueOf(outcome.before().result().failure()));
        return outcome;
    }

    @Property(tries = 60)
    void aTextWithNoSafeFindingIsNotChanged(@ForAll("articles") String text) {
        FixOutcome outcome = fix(text);
        boolean safe = outcome.before().findings().stream().anyMatch(fixer::fixable);
        Statistics.label("has a safe finding").collect(safe);
        Statistics.label("has a safe finding").coverage(c -> {
            c.check(true).percentage(p -> p > 20);
            c.check(false).percentage(p -> p > 10);
        });
        if (!safe) {
            assertEquals(text, outcome.fixedText());
            assertEquals("", outcome.diff());
            assertEquals(List.of(), outcome.applied());
        }
    }

    @Property(tries = 60)
    void aSecondFixFindsNothingAndTheFindingsLeftAreAFreshChecks(@ForAll("articles") String text) {
        FixOutcome outcome = fix(text);
        assertTrue(outcome.settled(), "fixes left after " + outcome.passes() + " passes");
        FixOutcome again = fix(outcome.fixedText());
        assertEquals(List.of(), again.applied());
        assertEquals(outcome.fixedText(), again.fixedText());
        assertEquals(relecture.check(relecture.document("article.txt", outcome.fixedText())).findings(),
                outcome.after().findings());
    }

    @Property(tries = 60)
    void nothingOutsideTheSafeFindingsSpansChanges(@ForAll("articles") String text) {
        FixOutcome outcome = fix(text);
        Statistics.label("passes").collect(outcome.passes());
        if (outcome.passes() > 1) {
            return; // later passes work on the text the one before left: their spans are not the original's
        }
        List<Finding> safe = outcome.before().findings().stream().filter(fixer::fixable).toList();
        StringBuilder expected = new StringBuilder();
        int at = 0;
        for (Edit edit : outcome.applied()) {
            assertTrue(safe.stream().anyMatch(f -> f.start() == edit.start() && f.end() == edit.end()),
                    "an edit outside every safe finding: " + edit);
            expected.append(text, at, edit.start()).append(edit.replacement());
            at = edit.end();
        }
        expected.append(text.substring(at));
        assertEquals(expected.toString(), outcome.fixedText());
    }
}
