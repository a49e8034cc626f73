package org.relecture.rules.spacing;

import java.util.List;
import org.relecture.rules.RuleLoadException;
import org.relecture.rules.RulesHome;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.testing.TestDocuments;
import org.relecture.text.Document;

/** The project's own rules folder (so the data lists are tested too) and documents built from strings. */
final class SpacingFixtures {
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
        return TestDocuments.read("test.txt", text);
    }

    static Document markdown(String text) {
        return TestDocuments.read("test.md", text);
    }
}
