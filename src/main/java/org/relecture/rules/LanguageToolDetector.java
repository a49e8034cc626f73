package org.relecture.rules;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.text.Document;
import org.relecture.text.Markup;

/** LanguageTool's French checker as a detector. One instance per worker: JLanguageTool is not thread-safe. */
public final class LanguageToolDetector implements Detector {
    public static final String SOURCE = "languagetool";
    /** Spelling rules propose dozens of words; beyond a few they only lengthen reports. */
    private static final int MAX_SUGGESTIONS = 5;

    private final JLanguageTool languageTool;
    private final JLanguageTool.Level level;

    public LanguageToolDetector(CheckOptions options) {
        LanguageToolPreload.start();
        LanguageToolPreload.loadAnalysis(french());
        this.languageTool = new JLanguageTool(french());
        this.level = options.level() == Level.PICKY ? JLanguageTool.Level.PICKY : JLanguageTool.Level.DEFAULT;
    }

    public static Language french() {
        return Languages.getLanguageForShortCode("fr");
    }

    @Override
    public List<Finding> check(Document document) throws IOException {
        AnnotatedText text = annotated(document);
        List<RuleMatch> matches = languageTool.check(text, true, JLanguageTool.ParagraphHandling.NORMAL,
                null, JLanguageTool.Mode.ALL, level);
        List<Finding> findings = new ArrayList<>(matches.size());
        for (RuleMatch match : matches) {
            findings.add(toFinding(match));
        }
        return findings;
    }

    /** Markup is given to LanguageTool as markup, so it is skipped and offsets stay the file's. */
    static AnnotatedText annotated(Document document) {
        AnnotatedTextBuilder builder = new AnnotatedTextBuilder();
        String text = document.text();
        int from = 0;
        for (Markup m : document.markup()) {
            builder.addText(text.substring(from, m.start()));
            builder.addMarkup(text.substring(m.start(), m.end()), m.readAs());
            from = m.end();
        }
        return builder.addText(text.substring(from)).build();
    }

    static Finding toFinding(RuleMatch match) {
        Rule rule = match.getRule();
        Category category = LanguageToolMapping.category(rule);
        List<String> suggestions = match.getSuggestedReplacements();
        return new Finding(rule.getId(), category, LanguageToolMapping.severity(category),
                match.getFromPos(), match.getToPos(), plainMessage(match.getMessage()),
                suggestions.subList(0, Math.min(MAX_SUGGESTIONS, suggestions.size())), SOURCE);
    }

    /** LanguageTool marks suggestions inside messages with tags; readers want French quotes. */
    static String plainMessage(String message) {
        return message.replace("<suggestion>", "« ").replace("</suggestion>", " »")
                .replaceAll("\\s+", " ").trim();
    }
}
