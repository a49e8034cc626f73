package org.relecture.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;
import org.relecture.rules.RuleInfo;
import org.relecture.rules.languagetool.LanguageToolDetector;
import org.relecture.testing.TestDocuments;
import org.relecture.testing.TestFiles;
import org.relecture.text.Document;
import org.relecture.text.Input;
import org.relecture.text.InputCollector;
import org.relecture.text.InputReader;
import org.relecture.text.SentenceSplitter;

class CorpusNamesTest {
    private static final InputReader READER = new InputReader(new SentenceSplitter(), System.in);

    @TempDir
    Path dir;

    private List<Input> corpus(String... texts) throws Exception {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            paths.add(TestFiles.write(dir, "doc" + i + ".txt", texts[i]).toString());
        }
        return InputCollector.collect(paths);
    }

    private static Finding spelling(Document doc, String word, String source, String... suggestions) {
        int start = doc.text().indexOf(word);
        return new Finding("FR_SPELLING_RULE", Category.SPELLING, Severity.MINOR, start, start + word.length(), "m",
                List.of(suggestions), source);
    }

    private static List<String> kept(CorpusNames names, Document doc, Finding... findings) {
        return names.apply(DocumentResult.checked(doc, List.of(findings))).findings().stream()
                .map(f -> doc.slice(f.start(), f.end())).toList();
    }

    @Test
    void aCapitalisedWordOfTwoDocumentsIsANameInEach() throws Exception {
        CorpusNames names = CorpusNames.of(corpus("Mardon a signé.", "Le texte dit que Mardon viendra.", "Rien."), READER);
        Document doc = TestDocuments.read("d.txt", "Mardon a signé. Gouvernment fatigué.");
        assertEquals(List.of("Gouvernment"), kept(names, doc,
                spelling(doc, "Mardon", LanguageToolDetector.SOURCE, "Marron"),
                spelling(doc, "Gouvernment", LanguageToolDetector.SOURCE, "Gouvernement")));
    }

    @Test
    void aWordTheCorpusAlsoWritesInLowerCaseOrInOneDocumentOnlyIsNot() throws Exception {
        Document doc = TestDocuments.read("d.txt", "Mardon a signé.");
        Finding finding = spelling(doc, "Mardon", LanguageToolDetector.SOURCE, "Marron");
        assertEquals(List.of("Mardon"), kept(CorpusNames.of(corpus("Mardon a signé.", "Mardon part.", "un mardon"), READER),
                doc, finding));
        assertEquals(List.of("Mardon"), kept(CorpusNames.of(corpus("Mardon a signé. Mardon part.", "Rien."), READER),
                doc, finding));
    }

    @Test
    void onlyLanguageToolSpellingGoesAndAnAccentSlipStays() throws Exception {
        CorpusNames names = CorpusNames.of(corpus("Mardon et Amerique.", "Mardon et Amerique."), READER);
        Document doc = TestDocuments.read("d.txt", "Mardon et Amerique.");
        assertEquals(List.of("Mardon", "Amerique"), kept(names, doc,
                spelling(doc, "Mardon", RuleInfo.BUILTIN, "Marron"),
                spelling(doc, "Amerique", LanguageToolDetector.SOURCE, "Amérique")));
    }

    @Test
    void aSingleDocumentShowsNothingMore() throws Exception {
        assertSame(CorpusNames.NONE, CorpusNames.of(corpus("Mardon a signé. Mardon part."), READER));
    }
}
