package org.relecture.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relecture.check.DocumentResult;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;
import org.relecture.scoring.ScoredDocument;
import org.relecture.scoring.Scorer;
import org.relecture.text.Document;

class SarifRendererTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theFixtureReportIsValidSarif() throws Exception {
        JsonNode sarif = JSON.readTree(RendererFixtures.render(Format.SARIF));
        assertEquals(List.of(), SarifSchema.violations(sarif));
    }

    @Test
    void theSchemaCatchesABrokenReport() throws Exception {
        JsonNode sarif = JSON.readTree(RendererFixtures.render(Format.SARIF));
        ((ObjectNode) sarif.at("/runs/0/results/0")).put("level", "fatal");
        ((ObjectNode) sarif.at("/runs/0/results/1/locations/0/physicalLocation/region")).put("startLine", 0);
        assertEquals(2, SarifSchema.violations(sarif).size(), SarifSchema.violations(sarif).toString());
    }

    @Test
    void severitiesMapToSarifLevels() {
        assertEquals("error", SarifRenderer.level(Severity.CRITICAL));
        assertEquals("error", SarifRenderer.level(Severity.MAJOR));
        assertEquals("warning", SarifRenderer.level(Severity.MINOR));
        assertEquals("note", SarifRenderer.level(Severity.NEUTRAL));
    }

    @Test
    void fingerprintsSurviveTextAddedAboveAndTellRepeatedFindingsApart() throws Exception {
        String body = "La cooperation avance, la cooperation dure.\n";
        List<String> before = fingerprints(body);
        List<String> after = fingerprints("Un paragraphe ajouté.\n\n" + body);
        assertEquals(before, after);
        assertEquals(2, new HashSet<>(before).size());
    }

    private static List<String> fingerprints(String text) throws Exception {
        Document doc = new Document("a.txt", text, List.of());
        int first = text.indexOf("cooperation");
        int second = text.indexOf("cooperation", first + 1);
        List<Finding> findings = List.of(spelling(first), spelling(second));
        JsonNode sarif = JSON.readTree(RendererFixtures.render(Format.SARIF,
                List.of(ScoredDocument.of(DocumentResult.checked(doc, findings), Scorer.defaults()))));
        return sarif.at("/runs/0/results").findValuesAsText(SarifRenderer.FINGERPRINT);
    }

    private static Finding spelling(int start) {
        return new Finding("FR_SPELLING_RULE", Category.SPELLING, Severity.MINOR, start, start + 11, "Faute.",
                List.of("coopération"), "languagetool");
    }

    @Test
    void pathsBecomeUriReferences() {
        assertEquals("docs/a%20b%C3%A9.txt", ArtifactUri.of("docs/a bé.txt"));
        assertEquals("seeds/x.txt", ArtifactUri.of("./seeds/x.txt"));
        assertEquals("./c:d.txt", ArtifactUri.of("c:d.txt"));
        assertEquals("file:///tmp/x.txt", ArtifactUri.of("/tmp/x.txt"));
        assertNotEquals("<stdin>", ArtifactUri.of("<stdin>"));
        Set<String> forbidden = Set.of("<", ">", " ");
        forbidden.forEach(c -> assertFalse(ArtifactUri.of("<stdin> x").contains(c)));
        assertTrue(ArtifactUri.of("<stdin>").contains("stdin"));
    }
}
