package org.relecture.rules.debris;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.relecture.findings.Finding;
import org.relecture.rules.RuleLoadException;
import org.relecture.rules.RulesHome;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.text.Document;
import org.relecture.text.MarkdownMarkup;

/** One detector over the project's rules folder, and short ways to run it on a text. */
final class DebrisTestSupport {
    static final RuleLibrary LIBRARY = load();
    private static final DebrisDetector DETECTOR = detector();

    private DebrisTestSupport() {
    }

    private static RuleLibrary load() {
        try {
            return RuleLibrary.load(List.of(RulesHome.locate().orElseThrow()));
        } catch (RuleLoadException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DebrisDetector detector() {
        try {
            return new DebrisDetector(LIBRARY);
        } catch (RuleLoadException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Finding> check(String text) {
        return DETECTOR.check(new Document("article.txt", text, List.of()));
    }

    static List<Finding> checkMarkdown(String text) {
        return DETECTOR.check(new Document("article.md", text, List.of(), MarkdownMarkup.of(text)));
    }

    /** The flagged texts, as "RULE:text", in document order. */
    static List<String> flagged(String text) {
        return describe(text, check(text));
    }

    static List<String> describe(String text, List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + ":" + text.substring(f.start(), f.end())).toList();
    }

    static String resource(String name) {
        try (InputStream in = DebrisTestSupport.class.getResourceAsStream("/debris/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }
}
