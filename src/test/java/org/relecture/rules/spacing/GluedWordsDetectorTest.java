package org.relecture.rules.spacing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relecture.findings.Finding;
import org.relecture.text.Document;

class GluedWordsDetectorTest {
    private static GluedWordsDetector detector;

    @BeforeAll
    static void load() throws Exception {
        detector = new GluedWordsDetector(SpacingFixtures.library());
    }

    private static List<String> spans(Document doc) {
        return detector.check(doc).stream().map(f -> doc.slice(f.start(), f.end())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Le gouvernement deEspagne a démenti.|deEspagne",
        "Les troupes ont quitté laSyrie en mars.|laSyrie",
        "L'armée a envahi brutalementPologne en 1939.|brutalementPologne",
        "Le porte-parole deOTAN a répondu.|deOTAN",
        "Le maire Berthollet est venu ; on attendait aussiBerthollet hier.|aussiBerthollet"
    })
    void findsGluedWords(String textAndSpan) {
        String[] parts = textAndSpan.split("\\|");
        assertEquals(List.of(parts[1]), spans(SpacingFixtures.document(parts[0])));
    }

    @Test
    void suggestsTheWordsApartOrTheElidedArticle() {
        Document doc = SpacingFixtures.document("La capitale deItalie et laSuède, l’aide deEspagne, puis leÉquateur.");
        List<Finding> findings = detector.check(doc);
        assertEquals(List.of(List.of("d’Italie", "de l’Italie"), List.of("la Suède"), List.of("d’Espagne", "de l’Espagne"),
                List.of("l’Équateur")), findings.stream().map(Finding::suggestions).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Il a acheté un iPhone sur eBay, regardé YouTube et mangé chez McDonald's.",
        "Le fichier PowerPoint, le MacBook, JavaScript, LinkedIn et WhatsApp sont cités.",
        "Neil deGrasse Tyson présente sur macOS un article de bioRxiv.",
        "Suivez #laCulture, écrivez à @leJournal ou allez sur https://exemple.fr/leMonde/parMois.",
        "La fonction getElementById et la propriété userAgent renvoient null.",
        "La pression est de 120 mmHg et la clé openSSH se trouve sur une partition exFAT.",
        "Les chercheurs ont utilisé des siARN pour bloquer le gène.",
        "La méthode objet.setValue et la variable mon_objetListe sont documentées."
    })
    void leavesBrandsNamesAndCodeAlone(String text) {
        assertEquals(List.of(), spans(SpacingFixtures.document(text)));
    }

    @Test
    void markdownCodeIsNotProse() {
        assertEquals(List.of(), spans(SpacingFixtures.markdown("Appelez `deFrance()` puis `laSyrie` dans le code.\n")));
    }
}
