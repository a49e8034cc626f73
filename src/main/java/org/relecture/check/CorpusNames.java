package org.relecture.check;

import java.util.List;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.rules.languagetool.LanguageToolDetector;
import org.relecture.text.Document;
import org.relecture.text.Input;
import org.relecture.text.InputException;
import org.relecture.text.InputReader;

/**
 * The names a corpus shows that one document cannot: a capitalised word written so in two
 * documents of the run or more, and in lower case in none, is a name even in a document that
 * only writes it at the start of a sentence. Applied to each document's findings after they are
 * made, so the findings of one document, and any cache of them, do not depend on the run.
 */
public final class CorpusNames {
    /** A run of one document shows nothing more than the document. */
    public static final CorpusNames NONE = new CorpusNames(null);

    private static final int MIN_DOCUMENTS = 2;

    private final NameCensus census;

    private CorpusNames(NameCensus census) {
        this.census = census;
    }

    /**
     * Reads every file of the run once to count its capitalised words, on every core: a rerun
     * whose findings all come from the cache spends a tenth of its time here. Standard input
     * cannot be read twice and is left out; an input that cannot be read is too (the check
     * reports it).
     */
    public static CorpusNames of(List<Input> inputs, InputReader reader) {
        List<Input> files = inputs.stream().filter(i -> i instanceof Input.File).toList();
        if (files.size() < MIN_DOCUMENTS) {
            return NONE;
        }
        NameCensus census = files.parallelStream().collect(NameCensus::new, (c, input) -> {
            try {
                c.add(reader.read(input));
            } catch (InputException e) {
                // reported by the check itself, in input order
            }
        }, NameCensus::merge);
        return new CorpusNames(census);
    }

    /** The result without the LanguageTool spelling findings on the corpus's names. */
    public DocumentResult apply(DocumentResult result) {
        if (census == null || !result.ok()) {
            return result;
        }
        Document document = result.document();
        List<Finding> kept = result.findings().stream().filter(f -> !onCorpusName(document, f)).toList();
        return kept.size() == result.findings().size() ? result : DocumentResult.checked(document, kept);
    }

    private boolean onCorpusName(Document document, Finding finding) {
        if (finding.category() != Category.SPELLING || !finding.source().equals(LanguageToolDetector.SOURCE)) {
            return false;
        }
        String word = document.slice(finding.start(), finding.end());
        if (NameFilter.accentSlip(word, finding.suggestions())) {
            return false;
        }
        return isName(word) || isName(NameFilter.compound(document.text(), finding.start(), finding.end()));
    }

    private boolean isName(String word) {
        NameCensus.Count count = census.count(word);
        return count != null && count.documents() >= MIN_DOCUMENTS && !census.inLowerCase(word);
    }
}
