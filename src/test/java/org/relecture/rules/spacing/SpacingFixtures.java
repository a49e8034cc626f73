package org.relecture.rules.spacing;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.relecture.rules.RuleLoadException;
import org.relecture.rules.RulesHome;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.text.Document;
import org.relecture.text.InputReader;
import org.relecture.text.SentenceSplitter;

/** The project's own rules folder (so the data lists are tested too) and documents built from strings. */
final class SpacingFixtures {
    private static final InputReader READER = new InputReader(new SentenceSplitter(), new ByteArrayInputStream(new byte[0]));
    private static RuleLibrary library;

    private SpacingFixtures() {
    }

    static synchronized RuleLibrary library() throws RuleLoadException {
        if (library == null) {
            library = RuleLibrary.load(List.of(RulesHome.locate().orElseThrow()));
        }
        return library;
    }

    static Document document(String text) {
        return READER.document("test.txt", text);
    }

    static Document markdown(String text) {
        return READER.document("test.md", text);
    }
}
